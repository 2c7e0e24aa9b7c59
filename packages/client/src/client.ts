import { healthSchema, publicConfigSchema, uploadAnswerSchema, type Health, type ParsedEvent, type PublicConfig, type UploadAnswer } from '@execards/core';
import { archiveRequests, type ArchiveRequests } from './archive-requests.js';
import { errorFromResponse, isAbortError, networkError, ProxyError } from './errors.js';
import { failWhenIdle } from './idle-timeout.js';
import { resumableTurn } from './response-stream.js';
import { readEvents } from './sse-events.js';
import { progressPerFile, type FileProgress } from './upload-progress.js';
import { fetchUploadTransport, xhrUploadTransport, type UploadTransport } from './upload-transport.js';

export type { Health } from '@execards/core';
export type UploadResult = UploadAnswer;
export type { UploadedFile } from '@execards/core';

export interface SendRequest {
  text: string;
  /** A model name from `getConfig().models`. */
  model: string;
  /** Ids from `uploadFiles` to put in the sandbox for this turn. */
  fileIds?: readonly string[];
  /** The conversation's latest token (from `proxy.conversation` or `uploadFiles`); absent on the first turn. */
  token?: string | null;
}

export interface ResumeRequest {
  /** The response that started upstream (from its `response.created`). */
  responseId: string;
  /** The last `sequence_number` already applied (-1 for none): later events follow. */
  startingAfter: number;
  /** The token the turn was sent with. */
  token?: string | null;
}

export interface UploadOptions {
  /** The conversation's latest token, so the uploaded files join it. */
  token?: string | null;
  onProgress?: (files: FileProgress[]) => void;
  signal?: AbortSignal;
}

export interface ClientOptions {
  /** Where the proxy's `/api` routes live; defaults to the page's own origin. */
  baseUrl?: string;
  fetch?: typeof globalThis.fetch;
  /** How uploads travel; `XMLHttpRequest` in browsers (for progress), `fetch` elsewhere. */
  uploadTransport?: UploadTransport;
  /** How many consecutive connection drops of one answer are resumed (default 3). */
  maxResumes?: number;
  /** Wait before resume attempt `attempt` (default 300 ms × attempt). */
  resumeDelayMs?: (attempt: number) => number;
  /**
   * A stream that receives nothing for this long is treated as dropped and resumed (default 45 s: three of the
   * proxy's 15 s heartbeats; 0 turns the watchdog off).
   */
  idleTimeoutMs?: number;
}

export interface SendStreamOptions {
  signal?: AbortSignal;
  /** Called when the connection broke and the answer is about to be resumed; the next event means it is back. */
  onReconnecting?: (attempt: number) => void;
}

export interface Client extends ArchiveRequests {
  health(options?: { signal?: AbortSignal }): Promise<Health>;
  getConfig(options?: { signal?: AbortSignal }): Promise<PublicConfig>;
  /** Starts a turn; the events arrive validated, in order, each once, even across dropped connections. */
  send(request: SendRequest, options?: SendStreamOptions): AsyncIterable<ParsedEvent>;
  /** Continues a turn whose page went away (a reload): the rest of the response's events, then the new token. */
  resume(request: ResumeRequest, options?: SendStreamOptions): AsyncIterable<ParsedEvent>;
  /** Uploads files in one request; `onProgress` gets every file's bytes sent so far. */
  uploadFiles(files: readonly File[], options?: UploadOptions): Promise<UploadResult>;
}

export function createClient(options: ClientOptions = {}): Client {
  const baseUrl = (options.baseUrl ?? '').replace(/\/+$/, '');
  const fetchImplementation = options.fetch ?? globalThis.fetch.bind(globalThis);
  const uploadTransport = options.uploadTransport ?? (typeof XMLHttpRequest === 'function' ? xhrUploadTransport : fetchUploadTransport(fetchImplementation));
  const maxResumes = options.maxResumes ?? 3;
  const resumeDelayMs = options.resumeDelayMs ?? ((attempt: number) => 300 * attempt);
  const idleTimeoutMs = options.idleTimeoutMs ?? 45_000;

  async function request(path: string, init: RequestInit, signal: AbortSignal | undefined): Promise<Response> {
    try {
      return await fetchImplementation(`${baseUrl}${path}`, { ...init, ...(signal ? { signal } : {}) });
    } catch (error) {
      if (signal?.aborted || isAbortError(error)) throw error;
      throw networkError();
    }
  }

  async function getJson(path: string, signal: AbortSignal | undefined, acceptStatus: (status: number) => boolean = () => false): Promise<unknown> {
    const response = await request(path, { headers: { accept: 'application/json' } }, signal);
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok && !acceptStatus(response.status)) throw errorFromResponse(response.status, body);
    return body;
  }

  async function streamBody(response: Response): Promise<ReadableStream<Uint8Array<ArrayBuffer>>> {
    if (!response.ok) throw errorFromResponse(response.status, await response.json().catch(() => null));
    if (!response.body || !(response.headers.get('content-type') ?? '').startsWith('text/event-stream')) {
      throw new ProxyError('The server sent an unexpected answer instead of an event stream.', response.status, 'invalid_response');
    }
    return failWhenIdle(response.body, idleTimeoutMs);
  }

  const sseHeaders = { accept: 'text/event-stream' };
  async function resumeBody(responseId: string, startingAfter: number, token: string | undefined, signal: AbortSignal | undefined) {
    return streamBody(
      await request(
        `/api/responses/${encodeURIComponent(responseId)}/events?starting_after=${startingAfter}`,
        { headers: { ...sseHeaders, ...(token ? { 'x-execards-token': token } : {}) } },
        signal,
      ),
    );
  }

  return {
    ...archiveRequests(request),
    async health({ signal } = {}) {
      // A degraded health check is still a valid answer, so 503 with a health body is not an error.
      const parsed = healthSchema.safeParse(await getJson('/api/health', signal, (status) => status === 503));
      if (!parsed.success) throw new ProxyError('The server sent an unexpected health answer.', null, 'invalid_response');
      return parsed.data;
    },

    async getConfig({ signal } = {}) {
      const parsed = publicConfigSchema.safeParse(await getJson('/api/config', signal));
      if (!parsed.success) throw new ProxyError('The server sent an unexpected configuration.', null, 'invalid_response');
      return parsed.data;
    },

    send(turn, { signal, onReconnecting } = {}) {
      const token = turn.token ?? undefined;
      const body = JSON.stringify({ text: turn.text, model: turn.model, fileIds: turn.fileIds ?? [], ...(token ? { token } : {}) });
      return resumableTurn(
        {
          open: async () => streamBody(await request('/api/responses', { method: 'POST', headers: { ...sseHeaders, 'content-type': 'application/json' }, body }, signal)),
          resume: (responseId, startingAfter) => resumeBody(responseId, startingAfter, token, signal),
          read: readEvents,
        },
        { maxResumes, delayMs: resumeDelayMs, ...(signal ? { signal } : {}), ...(onReconnecting ? { onReconnecting } : {}) },
      );
    },

    resume({ responseId, startingAfter, token }, { signal, onReconnecting } = {}) {
      const sentToken = token ?? undefined;
      return resumableTurn(
        {
          open: () => resumeBody(responseId, startingAfter, sentToken, signal),
          resume: (id, after) => resumeBody(id, after, sentToken, signal),
          read: readEvents,
        },
        {
          maxResumes,
          delayMs: resumeDelayMs,
          continuing: { responseId, startingAfter },
          ...(signal ? { signal } : {}),
          ...(onReconnecting ? { onReconnecting } : {}),
        },
      );
    },

    async uploadFiles(files, { token, onProgress, signal } = {}) {
      const form = new FormData();
      if (token) form.append('token', token);
      for (const file of files) form.append('file', file, file.name);
      onProgress?.(progressPerFile(files, 0, 1));
      let answer;
      try {
        answer = await uploadTransport({
          url: `${baseUrl}/api/files`,
          body: form,
          ...(signal ? { signal } : {}),
          onUploadProgress: (loaded, total) => onProgress?.(progressPerFile(files, loaded, total)),
        });
      } catch (error) {
        if (signal?.aborted || isAbortError(error)) throw error;
        throw networkError();
      }
      if (answer.status < 200 || answer.status >= 300) throw errorFromResponse(answer.status, answer.body);
      const parsed = uploadAnswerSchema.safeParse(answer.body);
      if (!parsed.success) throw new ProxyError('The server sent an unexpected upload answer.', answer.status, 'invalid_response');
      onProgress?.(progressPerFile(files, 1, 1));
      return parsed.data;
    },
  };
}
