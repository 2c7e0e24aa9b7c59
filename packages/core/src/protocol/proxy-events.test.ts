import { describe, expect, it } from 'vitest';
import { parseEvent } from '../parse-event.js';
import { errorBodySchema, rerunAnswerSchema } from './http-answers.js';
import { proxyEventPayloadSchemas } from './proxy-events.js';

describe('proxy events', () => {
  it('reads what the proxy writes once the SSE event name supplies the type', () => {
    const payload = { code: 'upstream_timeout', message: 'Try again.', retryable: true, requestId: 'req-1' };
    expect(proxyEventPayloadSchemas['proxy.error'].parse(payload)).toEqual(payload);
    expect(parseEvent({ type: 'proxy.error', ...payload })).toMatchObject({ type: 'proxy.error', code: 'upstream_timeout', retryable: true });
  });

  it('refuses a proxy.file outside the container data directory', () => {
    const file = { container_id: 'c', file_id: 'f', filename: 'a.csv', path: '/etc/passwd', bytes: 1, url: '/api/files/c/f/a.csv' };
    expect(proxyEventPayloadSchemas['proxy.file'].safeParse(file).success).toBe(false);
    expect(parseEvent({ type: 'proxy.file', ...file }).type).toBe('execards.invalid');
  });

  it('keeps only archived copies in a re-run answer and the known fields of an error body', () => {
    const archived = { container_id: 'c', file_id: 'f', filename: 'a.csv', path: '/mnt/data/a.csv', bytes: null, url: '/api/archive/x/a.csv', storage: 'archive', sha256: 'a'.repeat(64) };
    expect(rerunAnswerSchema.safeParse({ containerId: 'c', files: [archived], missing: [] }).success).toBe(true);
    expect(rerunAnswerSchema.safeParse({ containerId: 'c', files: [{ ...archived, storage: 'container' }], missing: [] }).success).toBe(false);
    expect(errorBodySchema.parse({ error: { code: 'x', message: 'y', requestId: 'r', field: 'text', extra: 1 } })).toEqual({ error: { code: 'x', message: 'y', requestId: 'r', field: 'text' } });
  });
});
