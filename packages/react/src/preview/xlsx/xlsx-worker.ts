// Reads a workbook off the main thread: one `read` message in, one result out.
import { z } from 'zod';
import { readWorkbook, type WorkbookResult } from './read-workbook.js';

const readMessageSchema = z.object({ type: z.literal('read'), data: z.instanceof(ArrayBuffer) });

// The package compiles against the DOM library, whose `postMessage` is the window's (it wants a target origin).
const workerScope = globalThis as unknown as { postMessage: (result: WorkbookResult) => void; onmessage: ((event: MessageEvent<unknown>) => void) | null };

workerScope.onmessage = (message) => {
  const read = readMessageSchema.safeParse(message.data);
  if (!read.success) {
    workerScope.postMessage({ ok: false, failure: 'unreadable', detail: `invalid read message: ${read.error.message}` });
    return;
  }
  void readWorkbook(read.data.data).then((result) => workerScope.postMessage(result));
};
