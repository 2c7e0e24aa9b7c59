/**
 * The demo's use of the status and re-run answers. The client's HTTP side is tested in
 * packages/client (archive-requests.test.ts) and the whole path in e2e/tests/archive.spec.ts;
 * here a client object answers as the contract says, to pin how each answer lands in the store.
 */
import type { Client, FileStatus, RerunResult } from '@execards/client';
import { createConversationStore, foldEvents, type ConversationStore, type ExecutionCard } from '@execards/core';
import { describe, expect, it } from 'vitest';
import { checkFileStatus } from './file-status-check.js';
import { rerunFile } from './rerun-file.js';

const sha = 'd'.repeat(64);
const names = ['chart.png', 'data.csv', 'report.pdf', 'old.txt'];

function conversation(): ConversationStore {
  const state = foldEvents([
    { type: 'conversation.user_message', id: 'user_1', text: 'files please' },
    {
      type: 'response.completed',
      sequence_number: 0,
      response: {
        id: 'resp_1',
        status: 'completed',
        output: [
          { type: 'code_interpreter_call', id: 'ci_1', status: 'completed', code: "open('/mnt/data/report.pdf','w')", container_id: 'cntr_1', outputs: [] },
          { type: 'message', id: 'msg_1', status: 'completed', content: [{ type: 'output_text', text: names.map((name) => `[x](sandbox:/mnt/data/${name})`).join('\n'), annotations: [] }] },
        ],
      },
    },
    ...names.map((name, index) => ({ type: 'proxy.file', container_id: 'cntr_1', file_id: `cfile_${index}`, filename: name, path: `/mnt/data/${name}`, bytes: 1, url: `/api/files/cntr_1/cfile_${index}/${name}` })),
    { type: 'proxy.conversation', token: 'token-1' },
  ]);
  return createConversationStore({ initialState: state });
}

function availability(store: ConversationStore): string[] {
  return names.map((name) => store.getSnapshot().files[`/mnt/data/${name}`]?.availability ?? 'missing');
}

describe('checkFileStatus', () => {
  it('marks each file live, archived or gone (an invalid link is gone, with its message), checking meanwhile', async () => {
    const store = conversation();
    let seen: string[] = [];
    const client: Pick<Client, 'fileStatus'> = {
      fileStatus(urls) {
        seen = availability(store);
        const statuses: FileStatus['status'][] = ['live', 'archived', 'gone', 'invalid'];
        return Promise.resolve(urls.map((url, index) => ({ url, status: statuses[index] ?? 'gone', ...(index === 3 ? { message: 'The link has expired.' } : {}) })));
      },
    };
    await checkFileStatus(store, client);
    expect(seen).toEqual(['checking', 'checking', 'checking', 'checking']);
    expect(availability(store)).toEqual(['live', 'archived', 'gone', 'gone']);
    expect(store.getSnapshot().files['/mnt/data/old.txt']?.availabilityMessage).toBe('The link has expired.');
  });

  it('puts files back as they were when the check fails', async () => {
    const store = conversation();
    await checkFileStatus(store, { fileStatus: () => Promise.reject(new Error('offline')) });
    expect(availability(store)).toEqual(['live', 'live', 'live', 'live']);
  });
});

describe('rerunFile', () => {
  const call = (store: ConversationStore) => store.getSnapshot().turns[0]?.items.find((item): item is ExecutionCard => item.kind === 'execution') as ExecutionCard;
  const file = (store: ConversationStore) => store.getSnapshot().files['/mnt/data/report.pdf'] as NonNullable<ReturnType<ConversationStore['getSnapshot']>['files'][string]>;

  it("sends the call's code with the token and model, and the archived copy replaces the gone file", async () => {
    const store = conversation();
    store.dispatch({ type: 'conversation.file_status', path: '/mnt/data/report.pdf', status: 'gone' });
    const requests: unknown[] = [];
    const result: RerunResult = {
      containerId: 'cntr_2',
      files: [{ container_id: 'cntr_2', file_id: 'cfile_9', filename: 'report.pdf', path: '/mnt/data/report.pdf', bytes: 5, url: `/api/archive/${sha}/report.pdf?x`, storage: 'archive', sha256: sha }],
      missing: [],
    };
    const client: Pick<Client, 'rerun'> = {
      rerun(request) {
        requests.push(request);
        expect(store.getSnapshot().files['/mnt/data/report.pdf']?.availability).toBe('rerunning');
        return Promise.resolve(result);
      },
    };
    await rerunFile(store, client, 'gpt-5', file(store), call(store));
    expect(requests).toEqual([{ token: 'token-1', model: 'gpt-5', code: "open('/mnt/data/report.pdf','w')", filenames: ['report.pdf'] }]);
    expect(file(store)).toMatchObject({ availability: 'archived', storage: 'archive', sha256: sha, url: `/api/archive/${sha}/report.pdf?x`, containerId: 'cntr_2' });
  });

  it('a missing file or a failed request leaves the file gone with the reason, and rejects', async () => {
    const store = conversation();
    await expect(rerunFile(store, { rerun: () => Promise.resolve({ containerId: 'c', files: [], missing: ['report.pdf'] }) }, 'm', file(store), call(store))).rejects.toThrow('The code ran again but did not write report.pdf.');
    expect(file(store)).toMatchObject({ availability: 'gone', availabilityMessage: 'The code ran again but did not write report.pdf.' });
    await expect(rerunFile(store, { rerun: () => Promise.reject(new Error('The sandbox could not start.')) }, 'm', file(store), call(store))).rejects.toThrow('The sandbox could not start.');
    expect(file(store)).toMatchObject({ availability: 'gone', availabilityMessage: 'The sandbox could not start.' });
  });
});
