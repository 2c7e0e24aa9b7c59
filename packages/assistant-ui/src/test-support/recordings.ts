/**
 * Serves the real upstream recordings in `../shared/fixtures/upstream` (see its SOURCES.md) as the raw
 * SSE body the Responses API sent, so tests can replay them through the AI SDK's own provider.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { fixturesPath } from '../../../../tooling/fixtures/index.js';

export const fixturesDirectory = fixturesPath('upstream');

const cassetteSchema = z.object({
  interactions: z.array(z.object({ response: z.object({ body: z.object({ string: z.string().optional() }).optional() }) })),
});

/** The first streamed response of a recording as SSE text (`event:`/`data:` frames). */
export function recordedSse(name: string): string {
  const text = readFileSync(path.join(fixturesDirectory, name), 'utf8');
  if (name.endsWith('.chunks.txt')) {
    // JSON lines without SSE framing: frame each one as the upstream did.
    return text
      .split('\n')
      .filter((line) => line.trim().length > 0)
      .map((line) => `event: ${z.object({ type: z.string() }).parse(JSON.parse(line)).type}\ndata: ${line}\n\n`)
      .join('');
  }
  if (name.endsWith('.yaml')) {
    const bodies = cassetteSchema.parse(parseYaml(text)).interactions.flatMap(({ response }) => (response.body?.string !== undefined && /^event: /m.test(response.body.string) ? [response.body.string] : []));
    const first = bodies[0];
    if (first === undefined) throw new Error(`${name} has no streamed response`);
    return first;
  }
  throw new Error(`${name}: unsupported recording format for replay`);
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
