import { describe, expect, it } from 'vitest';
import { foldEvents } from './fold.js';
import { restoreConversation, serializeConversation } from './persistence.js';
import { reduce } from './reduce.js';
import { syntheticStream } from './test-support/synthetic-stream.js';

const state = foldEvents([
  { type: 'conversation.user_message', id: 'user_1', text: 'Plot it', attachments: [{ name: 'sales.csv' }] },
  ...syntheticStream({
    responseId: 'resp_1',
    containerId: 'cntr_1',
    items: [
      { kind: 'call', id: 'ci_1', codeChunks: ["plt.savefig('/mnt/data/chart.png')"], logs: 'ok\n', imageUrl: 'data:image/png;base64,iVBORw0KGgo=' },
      { kind: 'message', id: 'msg_1', textChunks: ['**Chart**\n[*Generating…*](sandbox:/mnt/data/chart.png)'], citedFiles: ['chart.png'] },
    ],
  }),
  { type: 'proxy.file', container_id: 'cntr_1', file_id: 'cfile_0', filename: 'chart.png', path: '/mnt/data/chart.png', bytes: 10, url: '/api/archive/x', storage: 'archive', sha256: 'a'.repeat(64) },
  { type: 'proxy.conversation', token: 'token-1' },
]);

describe('serializeConversation / restoreConversation', () => {
  it('round-trips a whole conversation: turns, images, files with their URLs, token', () => {
    const restored = restoreConversation(serializeConversation(state));
    expect(restored).toEqual({ ok: true, state });
  });

  it('settles availability that was in flight when the page went away', () => {
    const checking = reduce(state, { type: 'conversation.file_status', path: '/mnt/data/chart.png', status: 'checking' });
    const rerunning = reduce(state, { type: 'conversation.file_status', path: '/mnt/data/chart.png', status: 'rerunning' });
    const fromChecking = restoreConversation(serializeConversation(checking));
    const fromRerunning = restoreConversation(serializeConversation(rerunning));
    expect(fromChecking.ok && fromChecking.state.files['/mnt/data/chart.png']?.availability).toBe('unknown');
    expect(fromRerunning.ok && fromRerunning.state.files['/mnt/data/chart.png']?.availability).toBe('gone');
  });

  it('fills fields a state saved before the archive existed lacks', () => {
    const saved = JSON.parse(serializeConversation(state)) as { state: { files: Record<string, Record<string, unknown>> } };
    for (const file of Object.values(saved.state.files)) {
      delete file['storage'];
      delete file['sha256'];
      delete file['availability'];
      delete file['availabilityMessage'];
    }
    const restored = restoreConversation(saved);
    expect(restored.ok && restored.state.files['/mnt/data/chart.png']).toMatchObject({ storage: 'container', sha256: null, availability: 'unknown', availabilityMessage: null, url: '/api/archive/x' });
  });

  it('refuses bad input with a reason instead of throwing', () => {
    expect(restoreConversation('{not json')).toEqual({ ok: false, error: 'The saved conversation is not JSON.' });
    expect(restoreConversation({ version: 99, state })).toMatchObject({ ok: false, error: expect.stringContaining('version') });
    expect(restoreConversation({ version: 1, state: { ...state, turns: 'nope' } })).toMatchObject({ ok: false, error: expect.stringContaining('turns') });
    expect(restoreConversation(null)).toMatchObject({ ok: false });
  });
});
