import { describe, expect, it } from 'vitest';
import { isCodeInterpreterPart, toExecutionCard } from './tool-part-to-card.js';
import { chartCode, completedPart, failedPart, interpretingPart, streamingPart } from './test-support/parts.js';

describe('toExecutionCard', () => {
  it('input-streaming: a running card with the partial code, not complete', () => {
    expect(toExecutionCard(streamingPart('import matplotlib'))).toMatchObject({ id: 'ci_1', status: 'in_progress', code: 'import matplotlib', codeComplete: false, containerId: 'cntr_demo', outputs: null });
  });

  it('input-streaming before any code: an empty running card', () => {
    expect(toExecutionCard({ type: 'tool-code_interpreter', toolCallId: 'ci_1', state: 'input-streaming' })).toMatchObject({ status: 'in_progress', code: '', containerId: null });
  });

  it('input-available: interpreting with the whole code', () => {
    expect(toExecutionCard(interpretingPart())).toMatchObject({ status: 'interpreting', code: chartCode, codeComplete: true, error: null });
  });

  it('output-available: completed with logs, images and outputs in order', () => {
    const card = toExecutionCard(completedPart('data:image/png;base64,AAA'));
    expect(card).toMatchObject({ status: 'completed', logs: 'saved\n', images: [{ url: 'data:image/png;base64,AAA' }] });
    expect(card?.outputs).toEqual([
      { type: 'image', url: 'data:image/png;base64,AAA' },
      { type: 'logs', logs: 'saved\n' },
    ]);
  });

  it('output-available with null outputs (no include) or an unknown output type', () => {
    expect(toExecutionCard({ ...interpretingPart(), state: 'output-available', output: { outputs: null } })).toMatchObject({ status: 'completed', outputs: null, logs: '', images: [] });
    expect(toExecutionCard({ ...interpretingPart(), state: 'output-available', output: { outputs: [{ type: 'files', files: [] }, { type: 'logs', logs: 'ok' }] } })?.outputs).toEqual([{ type: 'logs', logs: 'ok' }]);
  });

  it('output-error: a failed card carrying the error text', () => {
    expect(toExecutionCard(failedPart())).toMatchObject({ status: 'failed', error: { code: null, message: 'Container is expired.' }, codeComplete: true });
  });

  it('output-denied: incomplete with a reason', () => {
    expect(toExecutionCard({ ...interpretingPart(), state: 'output-denied' })).toMatchObject({ status: 'incomplete', error: { message: 'The code interpreter call was not run.' } });
  });

  it('a dynamic tool part and a custom tool key', () => {
    expect(toExecutionCard({ type: 'dynamic-tool', toolName: 'code_interpreter', toolCallId: 'ci_9', state: 'input-available', input: { code: '1', containerId: 'c' } })?.id).toBe('ci_9');
    expect(toExecutionCard({ ...interpretingPart(), type: 'tool-python' })).toBeNull();
    expect(toExecutionCard({ ...interpretingPart(), type: 'tool-python' }, { toolName: 'python' })?.status).toBe('interpreting');
  });

  it('never throws: other parts and garbage give null, broken fields fall back', () => {
    for (const value of [null, undefined, 1, 'x', [], {}, { type: 'text', text: 'hi' }, { type: 'tool-weather', state: 'input-available' }]) {
      expect(toExecutionCard(value)).toBeNull();
      expect(isCodeInterpreterPart(value)).toBe(false);
    }
    const broken = toExecutionCard({ type: 'tool-code_interpreter', state: 42, input: 'not an object', output: { outputs: 'nope' }, errorText: 5 });
    expect(broken).toMatchObject({ id: 'code_interpreter', status: 'in_progress', code: '', outputs: null });
    expect(toExecutionCard({ type: 'tool-code_interpreter', state: 'output-error' })?.error?.message).toBe('The code interpreter call failed.');
  });
});
