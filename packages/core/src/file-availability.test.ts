import { describe, expect, it } from 'vitest';
import type { ConversationAction, FileStatusAction } from './actions.js';
import { foldEvents } from './fold.js';
import { reduce } from './reduce.js';
import type { ConversationState } from './state.js';
import { syntheticStream } from './test-support/synthetic-stream.js';

const sha = 'ab'.repeat(32);
const cited = foldEvents([
  { type: 'conversation.user_message', id: 'user_1', text: 'Plot it' } satisfies ConversationAction,
  ...syntheticStream({
    responseId: 'resp_1',
    containerId: 'cntr_1',
    items: [
      { kind: 'call', id: 'ci_1', codeChunks: ["plt.savefig('/mnt/data/chart.png')"], logs: null },
      { kind: 'message', id: 'msg_1', textChunks: ['**Chart**\n[*Generating…*](sandbox:/mnt/data/chart.png)'], citedFiles: ['chart.png'] },
    ],
  }),
]);
const containerFile = { type: 'proxy.file', container_id: 'cntr_1', file_id: 'cfile_0', filename: 'chart.png', path: '/mnt/data/chart.png', bytes: 10, url: '/api/files/cntr_1/cfile_0/chart.png?s=1' };
const archivedFile = { ...containerFile, storage: 'archive', sha256: sha.toUpperCase(), url: `/api/archive/${sha}/chart.png?s=2` };

function status(state: ConversationState, action: FileStatusAction): ConversationState {
  return reduce(state, action);
}

describe('generated files: storage and availability', () => {
  it('a cited file without a URL is of unknown availability, in the container', () => {
    expect(cited.files['/mnt/data/chart.png']).toMatchObject({ storage: 'container', sha256: null, availability: 'unknown', availabilityMessage: null });
  });

  it('proxy.file without storage (an older proxy) means a live container file', () => {
    const state = foldEvents([containerFile], { state: cited });
    expect(state.files['/mnt/data/chart.png']).toMatchObject({ storage: 'container', availability: 'live', url: containerFile.url });
  });

  it('the archived copy that follows replaces url and storage and records the hash', () => {
    const state = foldEvents([{ ...containerFile, storage: 'container' }, archivedFile], { state: cited });
    expect(state.files['/mnt/data/chart.png']).toMatchObject({ storage: 'archive', sha256: sha, availability: 'archived', url: archivedFile.url, fileId: 'cfile_0' });
    expect(state.diagnostics).toEqual([]);
  });

  it('rejects a proxy.file with a malformed hash or an unknown storage as a diagnostic', () => {
    const state = foldEvents([{ ...archivedFile, sha256: 'xyz' }, { ...containerFile, storage: 'disk' }], { state: cited });
    expect(state.diagnostics.map((diagnostic) => diagnostic.eventType)).toEqual(['proxy.file', 'proxy.file']);
    expect(state.files['/mnt/data/chart.png']?.url).toBeNull();
  });

  it('conversation.file_status sets availability and its message, and nothing else', () => {
    const archived = foldEvents([archivedFile], { state: cited });
    const gone = status(archived, { type: 'conversation.file_status', path: '/mnt/data/chart.png', status: 'gone', message: 'Expired.' });
    expect(gone.files['/mnt/data/chart.png']).toEqual({ ...archived.files['/mnt/data/chart.png'], availability: 'gone', availabilityMessage: 'Expired.' });
    expect(gone.turns).toBe(archived.turns);
    const same = status(gone, { type: 'conversation.file_status', path: '/mnt/data/chart.png', status: 'gone', message: 'Expired.' });
    expect(same).toBe(gone);
  });

  it('a re-run result (proxy.file with a new container and file id) makes a gone file archived again', () => {
    const gone = status(foldEvents([archivedFile], { state: cited }), { type: 'conversation.file_status', path: '/mnt/data/chart.png', status: 'rerunning' });
    const rerun = foldEvents([{ ...archivedFile, container_id: 'cntr_2', file_id: 'cfile_9', url: '/api/archive/new' }], { state: gone });
    expect(rerun.files['/mnt/data/chart.png']).toMatchObject({ availability: 'archived', availabilityMessage: null, url: '/api/archive/new', containerId: 'cntr_2', fileId: 'cfile_9' });
  });

  it('an unknown path or a bad status becomes a diagnostic, never a crash', () => {
    const unknownPath = status(cited, { type: 'conversation.file_status', path: '/mnt/data/nope.png', status: 'gone' });
    expect(unknownPath.files).toBe(cited.files);
    expect(unknownPath.diagnostics.at(-1)).toMatchObject({ code: 'invalid_event', eventType: 'conversation.file_status', message: expect.stringContaining('/mnt/data/nope.png') });
    const badStatus = status(cited, { type: 'conversation.file_status', path: '/mnt/data/chart.png', status: 'lost' as never });
    expect(badStatus.files).toBe(cited.files);
    expect(badStatus.diagnostics.at(-1)?.message).toContain('status');
  });
});
