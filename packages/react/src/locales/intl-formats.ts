/** Sizes, numbers, percentages, clock times and elapsed times in one language, all through `Intl`. */
export interface LocaleFormats {
  /** A count, e.g. "1.234" in German. */
  number(value: number): string;
  /** A whole percentage (0–100), e.g. "42 %". */
  percent(value: number): string;
  /** A file size in the language's unit names, e.g. "1,5 MB" or "1,5 Mo". */
  bytes(bytes: number): string;
  /** Elapsed time, e.g. "12 Sek." or "1 min 05 s". */
  elapsed(milliseconds: number): string;
  /** A duration as read aloud, with unit names written out, e.g. "1 Minute, 5 Sekunden". */
  spokenDuration(milliseconds: number): string;
  /** A wall-clock time, e.g. "14:03:07". */
  time(timestamp: number): string;
  /** The plural category of a count ("one", "other"…) to pick a word form. */
  plural(count: number): Intl.LDMLPluralRule;
}

const byteUnits = ['kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** Formatters are built once per locale module: building an `Intl` formatter per render is slow. */
export function createLocaleFormats(locale: string): LocaleFormats {
  const numberFormat = new Intl.NumberFormat(locale);
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const unit = (name: string, options: Intl.NumberFormatOptions = {}) => new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short', ...options });
  const byteFormat = unit('byte');
  const largeUnitFormats = byteUnits.map((name) => ({ whole: unit(name, { maximumFractionDigits: 0 }), tenths: unit(name, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) }));
  const secondsFormat = unit('second');
  const paddedSecondsFormat = unit('second', { minimumIntegerDigits: 2 });
  const minutesFormat = unit('minute');
  const longSeconds = unit('second', { unitDisplay: 'long' });
  const longMinutes = unit('minute', { unitDisplay: 'long' });
  const timeFormat = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  const pluralRules = new Intl.PluralRules(locale);

  return {
    number: (value) => numberFormat.format(value),
    percent: (value) => percentFormat.format(value / 100),
    // Same steps as the English default (1024 per unit, one decimal below 10) so every language shows the same figure.
    bytes(bytes) {
      if (bytes < 1024) return byteFormat.format(bytes);
      let value = bytes / 1024;
      let index = 0;
      while (value >= 1024 && index < byteUnits.length - 1) {
        value /= 1024;
        index += 1;
      }
      const formats = largeUnitFormats[index];
      if (!formats) return byteFormat.format(bytes);
      return value >= 10 ? formats.whole.format(value) : formats.tenths.format(value);
    },
    elapsed(milliseconds) {
      const totalSeconds = Math.max(0, Math.floor(milliseconds / 1000));
      const minutes = Math.floor(totalSeconds / 60);
      const seconds = totalSeconds % 60;
      return minutes === 0 ? secondsFormat.format(seconds) : `${minutesFormat.format(minutes)} ${paddedSecondsFormat.format(seconds)}`;
    },
    spokenDuration(milliseconds) {
      const totalSeconds = Math.max(0, Math.round(milliseconds / 1000));
      const minutes = Math.floor(totalSeconds / 60);
      const seconds = totalSeconds % 60;
      if (minutes === 0) return longSeconds.format(seconds);
      return seconds === 0 ? longMinutes.format(minutes) : `${longMinutes.format(minutes)} ${longSeconds.format(seconds)}`;
    },
    time: (timestamp) => timeFormat.format(timestamp),
    plural: (count) => pluralRules.select(count),
  };
}
