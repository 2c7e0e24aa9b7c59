// Runs the CSV pipeline off the main thread: one `start` message in, parse events out.
import { z } from 'zod';
import { csvInputSchema } from './csv-source.js';
import { parseCsvStream, type CsvParseEvent } from './parse-csv-stream.js';

export const csvWorkerStartSchema = z.object({ type: z.literal('start'), input: csvInputSchema });

// The package compiles against the DOM library, whose `postMessage` is the window's (it wants a target origin).
const workerScope = globalThis as unknown as { postMessage: (event: CsvParseEvent) => void; onmessage: ((event: MessageEvent<unknown>) => void) | null };

workerScope.onmessage = (message) => {
  const start = csvWorkerStartSchema.safeParse(message.data);
  if (!start.success) {
    workerScope.postMessage({ type: 'error', message: `invalid start message: ${start.error.message}` });
    return;
  }
  void parseCsvStream(start.data.input, (event) => workerScope.postMessage(event));
};
