/**
 * A real HTTP server that speaks the proxy's turn contract (`POST /api/responses` SSE ending in
 * `proxy.conversation`, and `GET /api/responses/{id}/events?starting_after=n` with `x-execards-token`) by replaying a
 * real upstream recording. It exists because a browser-side connection drop, and the resume route the proxy does not
 * have yet, cannot be produced through the real proxy: here the socket is really destroyed mid-stream.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fixturesPath } from '../../../../tooling/fixtures/index.js';

export const recordingsDirectory = fixturesPath('upstream');
export const recordingPath = path.join(recordingsDirectory, 'vercel-ai__openai-code-interpreter-tool.1.chunks.txt');

/** The recording's events as JSON values, in order. */
export function loadRecording(): Record<string, unknown>[] {
  return readFileSync(recordingPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

export interface TurnServerOptions {
  /** Per connection (first the POST, then each resume): how many events to send before destroying the socket; null sends all. */
  dropAfter?: (number | null)[];
  /** Per connection: how many events to send before going silent with the socket left open (a dead network); null sends all. */
  stallAfter?: (number | null)[];
  /** Resume answers start this many events before the requested one, to prove the client drops duplicates. */
  resumeOverlap?: number;
  /** Answer resume requests with this status and error body instead. */
  refuseResume?: { status: number; code: string; message: string };
  finalToken?: string;
}

export interface RecordedRequest {
  method: string;
  url: string;
  token: string | null;
  body: string;
}

export interface TurnServer {
  url: string;
  events: Record<string, unknown>[];
  requests: RecordedRequest[];
  /** Resolves when the server saw a streaming connection close before it finished sending. */
  clientClosed: Promise<void>;
  close(): Promise<void>;
}

function frame(event: Record<string, unknown>): string {
  return `event: ${String(event['type'])}\ndata: ${JSON.stringify(event)}\n\n`;
}

export async function startTurnServer(options: TurnServerOptions = {}): Promise<TurnServer> {
  const events = loadRecording();
  const requests: RecordedRequest[] = [];
  let connection = 0;
  let markClosed: () => void = () => undefined;
  const clientClosed = new Promise<void>((resolve) => {
    markClosed = resolve;
  });

  async function stream(response: ServerResponse, request: IncomingMessage, from: number): Promise<void> {
    const dropAfter = options.dropAfter?.[connection] ?? null;
    const stallAfter = options.stallAfter?.[connection] ?? null;
    connection += 1;
    response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
    response.flushHeaders();
    let finished = false;
    request.socket.on('close', () => {
      if (!finished) markClosed();
    });
    const slice = events.slice(from);
    for (const [index, event] of slice.entries()) {
      if (dropAfter !== null && index === dropAfter) {
        // A real drop: the TCP connection goes away without the chunked body's end.
        response.socket?.destroy();
        return;
      }
      // A silent connection: nothing more is written and nothing closes it; the client must notice by itself.
      if (stallAfter !== null && index === stallAfter) return;
      if (response.destroyed) return;
      // Waiting for each write to reach the socket makes the cut fall exactly after `dropAfter` events.
      await new Promise<void>((resolve) => response.write(frame(event), () => resolve()));
      // Small pauses let a test abort mid-stream.
      if (index % 20 === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    }
    finished = true;
    response.end(`event: proxy.conversation\ndata: ${JSON.stringify({ token: options.finalToken ?? 'token-after-turn' })}\n\n`);
  }

  const server = createServer((request, response) => {
    // Hook tests run in happy-dom, whose fetch applies CORS like a browser.
    response.setHeader('access-control-allow-origin', '*');
    if (request.method === 'OPTIONS') {
      response.writeHead(204, { 'access-control-allow-headers': 'content-type, accept, x-execards-token', 'access-control-allow-methods': 'GET, POST' }).end();
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const tokenHeader = request.headers['x-execards-token'];
      requests.push({ method: request.method ?? '', url: url.pathname + url.search, token: typeof tokenHeader === 'string' ? tokenHeader : null, body: Buffer.concat(chunks).toString('utf8') });
      if (request.method === 'POST' && url.pathname === '/api/responses') {
        void stream(response, request, 0);
        return;
      }
      const resume = /^\/api\/responses\/([^/]+)\/events$/.exec(url.pathname);
      if (request.method === 'GET' && resume) {
        if (options.refuseResume) {
          const { status, code, message } = options.refuseResume;
          response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code, message } }));
          return;
        }
        const after = Number(url.searchParams.get('starting_after'));
        const from = Math.max(0, events.findIndex((event) => event['sequence_number'] === after) + 1 - (options.resumeOverlap ?? 0));
        void stream(response, request, from);
        return;
      }
      response.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'not_found', message: 'No such endpoint.' } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    events,
    requests,
    clientClosed,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
