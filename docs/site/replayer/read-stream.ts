import { createParser } from 'eventsource-parser';

export type StreamFormat = 'sse' | 'json-lines' | 'response' | 'event' | 'empty';

export interface ReadStream {
  readonly format: StreamFormat;
  /** Each event as core's `parseEvent` takes it: JSON text, or a value already parsed. */
  readonly events: readonly unknown[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseWhole(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function sseEvents(text: string): string[] {
  const events: string[] = [];
  const parser = createParser({
    onEvent(message) {
      if (message.data !== '[DONE]') events.push(message.data);
    },
  });
  parser.feed(text);
  parser.feed('\n\n');
  return events;
}

/**
 * Splits what a developer pasted or dropped into stream events, without judging them: a line that is
 * not JSON stays text, so core's `parseEvent` reports it as a diagnostic like any broken event.
 * A whole Response object becomes the `response.completed` event a stream would end with.
 */
export function readStream(input: string): ReadStream {
  const text = input.replace(/^\uFEFF/, '').trim();
  if (text === '') return { format: 'empty', events: [] };
  const whole = parseWhole(text);
  if (isRecord(whole) && whole['object'] === 'response') return { format: 'response', events: [{ type: 'response.completed', response: whole }] };
  if (isRecord(whole) && typeof whole['type'] === 'string') return { format: 'event', events: [whole] };
  if (/^(event|data):/m.test(text)) return { format: 'sse', events: sseEvents(text) };
  return {
    format: 'json-lines',
    events: text.split(/\r?\n/).filter((line) => line.trim() !== ''),
  };
}

/** The event as indented JSON when it is JSON, else as it came. */
export function describeEvent(event: unknown): string {
  if (typeof event !== 'string') return JSON.stringify(event, null, 2);
  const value = parseWhole(event);
  return value === undefined ? event : JSON.stringify(value, null, 2);
}
