import { executionOutcome } from '@execards/core';
import { describe, expect, it } from 'vitest';
import { toolCallToCard } from './tool-call-to-card.js';

const code = 'import pandas as pd\nprint("hi")';
const args = { code, containerId: 'cntr_1' };

describe('toolCallToCard', () => {
  it('reads code streaming as unterminated JSON args, unescaping as it goes', () => {
    const card = toolCallToCard({ toolCallId: 'ci_1', args: {}, argsText: '{"containerId":"cntr_1","code":"import pandas as pd\\nprint(\\"h', status: { type: 'running' } });
    expect(card).toMatchObject({ id: 'ci_1', status: 'in_progress', code: 'import pandas as pd\nprint("h', codeComplete: false, containerId: null });
  });

  it('is interpreting once the code is complete and no result has come', () => {
    const card = toolCallToCard({ toolCallId: 'ci_1', args, argsText: JSON.stringify(args), status: { type: 'running' } });
    expect(card).toMatchObject({ status: 'interpreting', code, codeComplete: true, containerId: 'cntr_1' });
  });

  it('is completed with logs and images from the result', () => {
    const result = { outputs: [{ type: 'logs', logs: 'a\n' }, { type: 'image', url: 'data:image/png;base64,AAAA' }, { type: 'logs', logs: 'b' }, { type: 'future', x: 1 }, null] };
    const card = toolCallToCard({ toolCallId: 'ci_1', args, result, status: { type: 'complete' } });
    expect(card).toMatchObject({ status: 'completed', logs: 'a\nb', images: [{ url: 'data:image/png;base64,AAAA' }], error: null });
    expect(card.outputs).toHaveLength(3);
  });

  it('is failed with the error text when the call errored', () => {
    const card = toolCallToCard({ toolCallId: 'ci_1', args, result: 'Container is expired.', isError: true, status: { type: 'complete' } });
    expect(card).toMatchObject({ status: 'failed', error: { code: null, message: 'Container is expired.' }, outputs: null });
  });

  it('is failed when the message stopped on an error before a result', () => {
    const card = toolCallToCard({ args, status: { type: 'incomplete', reason: 'error', error: { message: 'upstream 500' } } });
    expect(card).toMatchObject({ status: 'failed', error: { message: 'upstream 500' } });
  });

  it('is incomplete, and reads as stopped, when the run was cancelled before a result', () => {
    const card = toolCallToCard({ args, status: { type: 'incomplete', reason: 'cancelled' } });
    expect(card.status).toBe('incomplete');
    expect(executionOutcome(card)).toEqual({ kind: 'stopped' });
  });

  it('never throws on missing or malformed fields', () => {
    for (const call of [{}, { args: null }, { args: 'x', argsText: '{"code":"\\u12' }, { result: { outputs: 'nope' } }, { result: 42, args: [1] }, { argsText: '{"code":"a\\' }]) {
      expect(() => toolCallToCard(call)).not.toThrow();
    }
    expect(toolCallToCard({}).code).toBe('');
    expect(toolCallToCard({ argsText: '{"code":"ab\\u00e9c' }).code).toBe('abéc');
  });
});
