import OpenAI, { APIError } from 'openai';
import type { ResponseCreateParamsStreaming } from 'openai/resources/responses/responses';
import type { ContainerFile } from '../turn/generated-files.js';
import { failWhenSilent } from './upstream-idle-timeout.js';
import type { Upstream } from './upstream.js';

/** The few upstream calls the proxy makes, through the official SDK (which retries 429/5xx honouring retry-after). */
export interface UpstreamGateway {
  uploadFile(file: File, signal?: AbortSignal): Promise<{ id: string }>;
  createContainer(options: { name: string; fileIds: string[]; expiresAfterMinutes: number; memoryLimit?: '1g' | '4g' | '16g' | '64g' }, signal?: AbortSignal): Promise<string>;
  addFileToContainer(containerId: string, fileId: string, signal?: AbortSignal): Promise<void>;
  listContainerFiles(containerId: string, signal?: AbortSignal): Promise<ContainerFile[]>;
  openResponseStream(params: Omit<ResponseCreateParamsStreaming, 'stream'>, signal: AbortSignal): Promise<ReadableStream<Uint8Array>>;
  resumeResponseStream(responseId: string, startingAfter: number, signal: AbortSignal): Promise<ReadableStream<Uint8Array>>;
  downloadContainerFile(containerId: string, fileId: string, signal?: AbortSignal): Promise<Response>;
  /** Lists at most one container: whether the containers API exists here (throws what the upstream answered). */
  probeContainersApi(signal?: AbortSignal): Promise<void>;
}

export interface GatewayOptions {
  /** Retries of 408/409/429/5xx answers, with the SDK's exponential backoff and `retry-after`. */
  maxRetries?: number;
  /** How long the upstream may take to answer, and how long a response stream may then stay silent (default 10 min). */
  timeoutMs?: number;
  /** Headers added to every upstream request. */
  defaultHeaders?: Record<string, string>;
  /** The fetch the SDK uses (tests wrap it to ask the emulator for a fault on one request). */
  fetch?: typeof globalThis.fetch;
}

const containerCreateTimeoutMs = 30_000;

function bodyOf(response: Response, idleTimeoutMs: number): ReadableStream<Uint8Array> {
  if (!response.body) throw new Error('The upstream answered a stream request without a body.');
  return failWhenSilent(response.body, idleTimeoutMs);
}

export function createUpstreamGateway(upstream: Upstream, options: GatewayOptions = {}): UpstreamGateway {
  const timeoutMs = options.timeoutMs ?? 10 * 60 * 1000;
  const client = new OpenAI({
    baseURL: upstream.baseURL,
    apiKey: upstream.apiKey,
    maxRetries: options.maxRetries ?? 3,
    timeout: timeoutMs,
    ...(options.defaultHeaders ? { defaultHeaders: options.defaultHeaders } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  return {
    async uploadFile(file, signal) {
      const created = await client.files.create({ file, purpose: 'assistants' }, { signal });
      return { id: created.id };
    },
    async createContainer({ name, fileIds, expiresAfterMinutes, memoryLimit }, signal) {
      const container = await client.containers.create(
        { name, file_ids: fileIds, expires_after: { anchor: 'last_active_at', minutes: expiresAfterMinutes }, ...(memoryLimit ? { memory_limit: memoryLimit } : {}) },
        // A resource without the containers API may never answer here: give up early so the turn can fall back.
        { signal, timeout: containerCreateTimeoutMs, maxRetries: 1 },
      );
      return container.id;
    },
    async addFileToContainer(containerId, fileId, signal) {
      await client.containers.files.create(containerId, { file_id: fileId }, { signal });
    },
    async listContainerFiles(containerId, signal) {
      const files: ContainerFile[] = [];
      for await (const file of client.containers.files.list(containerId, { limit: 100 }, { signal })) {
        files.push({
          id: file.id,
          containerId: file.container_id || containerId,
          path: file.path,
          bytes: typeof file.bytes === 'number' ? file.bytes : null,
          source: file.source,
          createdAt: file.created_at,
        });
      }
      return files;
    },
    async openResponseStream(params, signal) {
      return bodyOf(await client.responses.create({ ...params, stream: true }, { signal }).asResponse(), timeoutMs);
    },
    async resumeResponseStream(responseId, startingAfter, signal) {
      return bodyOf(await client.responses.retrieve(responseId, { stream: true, starting_after: startingAfter }, { signal }).asResponse(), timeoutMs);
    },
    downloadContainerFile(containerId, fileId, signal) {
      return client.containers.files.content.retrieve(fileId, { container_id: containerId }, { signal });
    },
    async probeContainersApi(signal) {
      await client.containers.list({ limit: 1 }, { signal, timeout: containerCreateTimeoutMs, maxRetries: 0 });
    },
  };
}

const containerGoneMessage = /container/i;
const containerGoneDetail = /expired|not found|does not exist|no longer/i;

/** Whether an upstream answer means the container expired or vanished (400 "Container is expired.", 404 "... not found"). */
export function isContainerGone(error: unknown): boolean {
  if (error instanceof APIError) {
    if (error.status !== 400 && error.status !== 404) return false;
    const message = error.error && typeof error.error === 'object' && 'message' in error.error ? String(error.error.message) : error.message;
    return containerGoneMessage.test(message) && containerGoneDetail.test(message);
  }
  return false;
}

export function isContainerGoneMessage(message: string): boolean {
  return containerGoneMessage.test(message) && containerGoneDetail.test(message);
}

export { APIError };
