import { describe, expect, it } from 'vitest';
import { responseEcho } from './response-echo.js';

describe('responseEcho', () => {
  it('reads the id, created_at and the explicit container a finished response echoes back', () => {
    const payload = {
      type: 'response.completed',
      response: { id: 'resp_1', created_at: 1_700_000_000, tools: [{ type: 'function', name: 'f' }, { type: 'code_interpreter', container: 'cntr_1' }] },
    };
    expect(responseEcho(payload)).toEqual({ id: 'resp_1', createdAt: 1_700_000_000, container: 'cntr_1' });
  });

  it('gives no container for an auto container, and null for each missing or odd field on its own', () => {
    const payload = { response: { id: 7, created_at: 'soon', tools: [{ type: 'code_interpreter', container: { type: 'auto' } }] } };
    expect(responseEcho(payload)).toEqual({ id: null, createdAt: null, container: null });
    expect(responseEcho({ response: { id: 'resp_2', tools: 'none' } })).toEqual({ id: 'resp_2', createdAt: null, container: null });
  });

  it('never throws on something that is not an event', () => {
    for (const value of [null, 'text', [], { response: null }, { response: [1] }]) {
      expect(responseEcho(value)).toEqual({ id: null, createdAt: null, container: null });
    }
  });
});
