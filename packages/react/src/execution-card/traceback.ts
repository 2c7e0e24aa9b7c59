/** The Python traceback at the end of mixed logs (from the last "Traceback (most recent call last):"), or null. */
export function extractTraceback(logs: string): string | null {
  const start = logs.lastIndexOf('Traceback (most recent call last):');
  return start < 0 ? null : logs.slice(start).trimEnd();
}
