import { describe, expect, it } from 'vitest';
import { cardFromOutputs, createExecutionCard } from './execution-card.js';

describe('cardFromOutputs', () => {
  it('joins logs outputs as one text, each piece keeping its own line ends, and keeps images in order', () => {
    const outputs = [
      { type: 'logs', logs: 'UserWarning: ignoring edgecolor\n' },
      { type: 'image', url: 'data:image/png;base64,AAA' },
      { type: 'logs', logs: "'/mnt/data/plot.png'" },
      { type: 'image', url: 'data:image/png;base64,BBB' },
    ] as const;
    expect(cardFromOutputs(outputs)).toEqual({
      outputs,
      logs: "UserWarning: ignoring edgecolor\n'/mnt/data/plot.png'",
      images: [{ url: 'data:image/png;base64,AAA' }, { url: 'data:image/png;base64,BBB' }],
    });
  });

  it('has no logs and no images for a call without outputs', () => {
    expect(cardFromOutputs(null)).toEqual({ outputs: null, logs: '', images: [] });
    expect(cardFromOutputs([])).toEqual({ outputs: [], logs: '', images: [] });
  });
});

describe('createExecutionCard', () => {
  it('fills every field not given with its starting value', () => {
    expect(createExecutionCard({ id: 'ci_1' })).toEqual({
      kind: 'execution',
      id: 'ci_1',
      status: 'in_progress',
      code: '',
      codeComplete: false,
      logs: '',
      images: [],
      outputs: null,
      containerId: null,
      startedAt: null,
      completedAt: null,
      error: null,
    });
  });

  it('keeps what is given', () => {
    const card = createExecutionCard({ id: 'ci_2', status: 'failed', code: 'x', codeComplete: true, containerId: 'cntr_1', error: { code: null, message: 'no' }, ...cardFromOutputs([{ type: 'logs', logs: 'a' }]) });
    expect(card).toMatchObject({ status: 'failed', code: 'x', codeComplete: true, containerId: 'cntr_1', error: { code: null, message: 'no' }, logs: 'a', outputs: [{ type: 'logs', logs: 'a' }] });
  });
});
