// Runs mammoth off the main thread: one .docx (an ArrayBuffer) in, one reply out.
import { mammothHtml } from './mammoth-html.js';

export type DocxWorkerReply = { ok: true; html: string } | { ok: false };

// The package compiles against the DOM library, whose `postMessage` is the window's (it wants a target origin).
const workerScope = globalThis as unknown as { postMessage: (reply: DocxWorkerReply) => void; onmessage: ((event: MessageEvent<unknown>) => void) | null };

workerScope.onmessage = (message) => {
  if (!(message.data instanceof ArrayBuffer)) {
    workerScope.postMessage({ ok: false });
    return;
  }
  mammothHtml(message.data).then(
    (html) => workerScope.postMessage({ ok: true, html }),
    () => workerScope.postMessage({ ok: false }),
  );
};
