/**
 * Splits code into independently highlightable segments of whole lines. A segment starts at a
 * line with no indentation that follows a blank line, outside any triple-quoted string: Python's
 * tokens never span such a boundary, so each segment can be tokenized on its own and an appended
 * delta only changes the last one.
 */
export function splitIntoSegments(code: string): string[] {
  const lines = code.split('\n');
  const segments: string[] = [];
  let current: string[] = [];
  let openTripleQuotes = 0;
  let previousBlank = false;
  for (const line of lines) {
    const startsAtColumnZero = line.length > 0 && !/^\s/.test(line);
    if (current.length > 0 && previousBlank && startsAtColumnZero && openTripleQuotes % 2 === 0) {
      segments.push(current.join('\n'));
      current = [];
    }
    current.push(line);
    openTripleQuotes += countTripleQuotes(line);
    previousBlank = line.trim().length === 0;
  }
  segments.push(current.join('\n'));
  return segments;
}

function countTripleQuotes(line: string): number {
  let count = 0;
  for (let index = line.indexOf('"""'); index >= 0; index = line.indexOf('"""', index + 3)) count += 1;
  for (let index = line.indexOf("'''"); index >= 0; index = line.indexOf("'''", index + 3)) count += 1;
  return count;
}
