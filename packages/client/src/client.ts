import { z } from 'zod';
import { ProxyError } from './errors.js';

const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  upstream: z.object({
    kind: z.enum(['azure', 'openai', 'emulator']),
    reachable: z.boolean().nullable(),
    name: z.string().optional(),
  }),
});

export type Health = z.infer<typeof healthSchema>;

export interface ClientOptions {
  /** Where the proxy's `/api` routes live; defaults to the page's own origin. */
  baseUrl?: string;
  fetch?: typeof globalThis.fetch;
}

export interface Client {
  health(options?: { signal?: AbortSignal }): Promise<Health>;
}

export function createClient(options: ClientOptions = {}): Client {
  const baseUrl = (options.baseUrl ?? '').replace(/\/+$/, '');
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);

  async function getJson(path: string, signal?: AbortSignal): Promise<unknown> {
    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl}${path}`, { headers: { accept: 'application/json' }, ...(signal ? { signal } : {}) });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new ProxyError('The server could not be reached.', null, 'network_error');
    }
    const body: unknown = await response.json().catch(() => null);
    // A degraded health check is still a valid answer, so 503 with a health body is not an error.
    if (!response.ok && response.status !== 503) {
      const message = z.object({ error: z.object({ message: z.string(), code: z.string() }) }).safeParse(body);
      throw message.success
        ? new ProxyError(message.data.error.message, response.status, message.data.error.code)
        : new ProxyError(`The server answered ${response.status}.`, response.status, 'http_error');
    }
    return body;
  }

  return {
    async health({ signal } = {}) {
      const parsed = healthSchema.safeParse(await getJson('/api/health', signal));
      if (!parsed.success) throw new ProxyError('The server sent an unexpected health answer.', null, 'invalid_response');
      return parsed.data;
    },
  };
}
