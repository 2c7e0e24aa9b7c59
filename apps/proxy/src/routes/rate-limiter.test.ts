import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import { createRateLimiter } from './rate-limiter.js';

describe('createRateLimiter', () => {
  it('allows the limit per window and per client, then says how long to wait', () => {
    let time = 0;
    const limiter = createRateLimiter({ limit: 2, windowMs: 1000, now: () => time });
    expect([limiter.take('a'), limiter.take('a'), limiter.take('b')]).toEqual([0, 0, 0]);
    time = 400;
    expect(limiter.take('a')).toBe(600);
    time = 1000;
    expect(limiter.take('a')).toBe(0);
  });
});

describe('createLogger', () => {
  it('writes one JSON object per line and never the secrets', () => {
    const lines: string[] = [];
    const logger = createLogger({ secrets: ['sk-very-secret-key'], write: (line) => lines.push(line) }).child({ requestId: 'r1' });
    logger.log('error', 'boom', { error: new Error('bad key sk-very-secret-key'), apiKey: 'whatever', nested: { authorization: 'Bearer x' } });
    logger.log('debug', 'hidden');
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
    expect(entry).toMatchObject({ level: 'error', event: 'boom', requestId: 'r1', apiKey: '[redacted]', nested: { authorization: '[redacted]' } });
    expect(entry['error']).toEqual({ name: 'Error', message: 'bad key [redacted]' });
    expect(lines[0]).not.toContain('sk-very-secret-key');
  });
});
