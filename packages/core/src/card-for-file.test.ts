import { describe, expect, it } from 'vitest';
import { cardForFile } from './card-for-file.js';
import { foldEvents } from './fold.js';
import type { Turn } from './state.js';
import { syntheticStream } from './test-support/synthetic-stream.js';

function turnFrom(items: Parameters<typeof syntheticStream>[0]['items']): Turn {
  const state = foldEvents(syntheticStream({ responseId: 'resp_c', containerId: 'cntr_c', items }));
  const turn = state.turns[0];
  if (!turn) throw new Error('no turn');
  return turn;
}

describe('cardForFile', () => {
  const turn = turnFrom([
    { kind: 'call', id: 'ci_writes', codeChunks: ["df.to_csv('/mnt/data/report.csv')"], logs: null },
    { kind: 'call', id: 'ci_plots', codeChunks: ['plt.plot(x)'], logs: null },
    { kind: 'message', id: 'msg_1', textChunks: ['**Plot**\n[*Generating your Chart…*](sandbox:/mnt/data/plot.png)'] },
    { kind: 'call', id: 'ci_later', codeChunks: ['print(1)'], logs: '1' },
    { kind: 'message', id: 'msg_2', textChunks: ['[csv](sandbox:/mnt/data/report.csv)'] },
  ]);

  it('prefers the latest call whose code mentions the file name', () => {
    expect(cardForFile(turn, '/mnt/data/report.csv')?.id).toBe('ci_writes');
  });

  it('else takes the latest call before the message that links the file', () => {
    expect(cardForFile(turn, '/mnt/data/plot.png')?.id).toBe('ci_plots');
  });

  it('else (a file no link names) takes the latest call of the turn', () => {
    expect(cardForFile(turn, '/mnt/data/cfile_1.png')?.id).toBe('ci_later');
  });

  it('the latest of several mentioning calls wins', () => {
    const rewritten = turnFrom([
      { kind: 'call', id: 'ci_first', codeChunks: ["open('/mnt/data/a.txt','w')"], logs: null },
      { kind: 'call', id: 'ci_second', codeChunks: ["open('/mnt/data/a.txt','a')"], logs: null },
    ]);
    expect(cardForFile(rewritten, '/mnt/data/a.txt')?.id).toBe('ci_second');
  });

  it('is null for a turn without calls', () => {
    expect(cardForFile(turnFrom([{ kind: 'message', id: 'm', textChunks: ['hi'] }]), '/mnt/data/a.png')).toBeNull();
  });
});
