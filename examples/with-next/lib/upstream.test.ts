import { describe, expect, it } from 'vitest';
import { readUpstream } from './upstream';

describe('readUpstream', () => {
  it('points at the local emulator with a placeholder key when nothing is set', () => {
    const upstream = readUpstream({});
    expect(upstream.baseURL).toBe('http://127.0.0.1:4010/v1');
    expect(upstream.apiKey).toBe('local');
    expect(upstream.fileUrlSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('counts empty variables as unset', () => {
    const upstream = readUpstream({ OPENAI_BASE_URL: '', OPENAI_API_KEY: '', OPENAI_MODEL: '', FILE_URL_SECRET: '' });
    expect(upstream.baseURL).toBe('http://127.0.0.1:4010/v1');
    expect(upstream.apiKey).toBe('local');
  });

  it('uses the configured upstream and secret', () => {
    const secret = 's'.repeat(32);
    const upstream = readUpstream({ OPENAI_BASE_URL: 'https://api.example.test/v1', OPENAI_API_KEY: 'sk-test', FILE_URL_SECRET: secret });
    expect(upstream).toMatchObject({ baseURL: 'https://api.example.test/v1', apiKey: 'sk-test', fileUrlSecret: secret });
  });

  // Route handlers are bundled separately; the one that signs and the one that verifies must agree.
  it('gives every caller in the process the same generated secret', () => {
    expect(readUpstream({}).fileUrlSecret).toBe(readUpstream({}).fileUrlSecret);
  });

  it('names the variable that is wrong', () => {
    expect(() => readUpstream({ OPENAI_BASE_URL: 'not a url' })).toThrow(/OPENAI_BASE_URL/);
    expect(() => readUpstream({ FILE_URL_SECRET: 'short' })).toThrow(/FILE_URL_SECRET/);
  });
});
