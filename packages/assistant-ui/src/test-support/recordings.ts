/**
 * Serves the real upstream recordings in `../shared/fixtures/upstream` (see its SOURCES.md) as the raw
 * SSE body the Responses API sent, so tests can replay them through the AI SDK's own provider.
 */
import path from 'node:path';
import { fixturesPath } from '../../../../tooling/fixtures/index.js';
import { readRecording } from '../../../../tooling/fixtures/recordings.js';

export const fixturesDirectory = fixturesPath('upstream');

/** The first streamed response of a recording as SSE text (`event:`/`data:` frames). */
export function recordedSse(name: string): string {
  const first = readRecording(path.join(fixturesDirectory, name)).sseBodies[0];
  if (first === undefined) throw new Error(`${name} has no streamed response`);
  return first;
}

/** A `fetch` that answers every request with the recording's stream, and keeps the request bodies it saw. */
export function replayFetch(name: string): { fetch: typeof globalThis.fetch; requests: unknown[] } {
  const body = recordedSse(name);
  const requests: unknown[] = [];
  const fetch: typeof globalThis.fetch = (_input, init) => {
    requests.push(typeof init?.body === 'string' ? JSON.parse(init.body) : null);
    const encoded = new TextEncoder().encode(body);
    // Delivered in small chunks, as a network would: the SDK must reassemble split frames.
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let offset = 0; offset < encoded.length; offset += 4096) controller.enqueue(encoded.subarray(offset, offset + 4096));
        controller.close();
      },
    });
    return Promise.resolve(new Response(stream, { status: 200, headers: { 'content-type': 'text/event-stream' } }));
  };
  return { fetch, requests };
}
