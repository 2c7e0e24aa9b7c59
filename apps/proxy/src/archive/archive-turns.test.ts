import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendTurn, uploadFiles, type Turn } from '../../../../tooling/test-stack/test-conversation.js';
import { faultOnce, startObservedEmulator, startTestProxy, type ObservedEmulator, type TestProxy } from '../../../../tooling/test-stack/test-servers.js';
import { blobCount, deleteContainer, fenced, postJson, sha256Of, writeFileCode } from './archive-test-support.js';

const totals = 'region,total\nnorth,10\nsouth,20\n';
const dayMs = 24 * 3600 * 1000;

interface StatusAnswer {
  files: { url: string; status: string; message?: string }[];
}

describe('archiving generated files through the real proxy and emulator', { timeout: 60_000 }, () => {
  let emulator: ObservedEmulator;
  let server: TestProxy;
  let clock = Date.now();
  let first: Turn;
  let second: Turn;
  let token: string;
  beforeAll(async () => {
    emulator = await startObservedEmulator();
    server = await startTestProxy(emulator.url, { now: () => clock });
    first = await sendTurn(server.proxy.url, { text: fenced(writeFileCode('totals.csv', totals)), model: 'gpt-5' });
    second = await sendTurn(server.proxy.url, { text: fenced(writeFileCode('totals.csv', totals)), model: 'gpt-5', token: first.token });
    token = second.token ?? '';
  }, 60_000);
  afterAll(async () => {
    await server.close();
    await emulator.close();
  });

  const storage = () => {
    const archive = server.proxy.archive;
    if (!archive) throw new Error('The archive is off.');
    return archive.storage;
  };

  it('announces each generated file again, archived, after response.completed and before the token', () => {
    expect(first.errors).toEqual([]);
    const live = first.files.find((file) => file.filename === 'totals.csv');
    const archived = first.archived.find((file) => file.filename === 'totals.csv');
    expect(archived).toMatchObject({
      storage: 'archive',
      sha256: sha256Of(totals),
      container_id: live?.container_id,
      file_id: live?.file_id,
      path: '/mnt/data/totals.csv',
      bytes: totals.length,
    });
    expect(archived?.url).toMatch(new RegExp(`^/api/archive/${sha256Of(totals)}/totals\\.csv\\?expires=\\d+&signature=[\\w-]+$`));
    const expires = Number(new URL(archived?.url ?? '', 'http://x').searchParams.get('expires'));
    expect(expires).toBe(Math.floor((clock + 30 * dayMs) / 1000));
    const events = first.frames.map((frame) => frame.event);
    const archivedAt = first.frames.findIndex((frame) => frame.event === 'proxy.file' && frame.data.includes('"storage":"archive"'));
    expect(archivedAt).toBeGreaterThan(events.indexOf('response.completed'));
    expect(events.at(-1)).toBe('proxy.conversation');
  });

  it('stores the same bytes made in two turns once, indexed under both files', async () => {
    const [a, b] = [first.archived[0], second.archived[0]];
    expect(a?.file_id).not.toBe(b?.file_id);
    expect(a?.sha256).toBe(b?.sha256);
    expect(await blobCount(storage())).toBe(1);
    expect((await storage().getIndex(a?.container_id ?? '', a?.file_id ?? ''))?.sha256).toBe(sha256Of(totals));
    expect((await storage().getIndex(b?.container_id ?? '', b?.file_id ?? ''))?.sha256).toBe(sha256Of(totals));
  });

  it('keeps a file downloadable after its container is deleted, by its archive URL and its old container URL', async () => {
    const live = second.files[0];
    const archived = second.archived[0];
    const statusBefore = await postJson(`${server.proxy.url}/api/files/status`, { urls: [archived?.url, live?.url] });
    expect((statusBefore.body as unknown as StatusAnswer).files.map((file) => file.status)).toEqual(['archived', 'archived']);

    await deleteContainer(emulator.url, live?.container_id ?? '');
    expect((await fetch(`${emulator.url}/v1/containers/${live?.container_id ?? ''}/files/${live?.file_id ?? ''}/content`)).status).toBe(404);

    for (const url of [archived?.url, live?.url]) {
      const response = await fetch(`${server.proxy.url}${url ?? ''}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename="totals.csv"; filename*=UTF-8''totals.csv`);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('cache-control')).toMatch(/^private, max-age=\d+$/);
      expect(response.headers.get('content-length')).toBe(String(totals.length));
      expect(await response.text()).toBe(totals);
    }
  });

  it('refuses tampered archive links: signature, hash and name are all covered', async () => {
    const url = new URL(first.archived[0]?.url ?? '', server.proxy.url);
    const signature = url.searchParams.get('signature') ?? '';
    const variants = [
      (() => {
        const changed = new URL(url);
        changed.searchParams.set('signature', `${signature.slice(0, -2)}${signature.endsWith('A') ? 'BB' : 'AA'}`);
        return changed;
      })(),
      new URL(url.href.replace('/totals.csv', '/totals.html')),
      new URL(url.href.replace(sha256Of(totals), sha256Of('something else'))),
      new URL(url.href.replace(/expires=\d+/, `expires=${Math.floor(clock / 1000) + 999 * 24 * 3600}`)),
      new URL(url.pathname, server.proxy.url),
    ];
    for (const variant of variants) {
      const response = await fetch(variant);
      expect(response.status).toBe(403);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('bad_signature');
    }
    // A container link's signature does not open an archive path, and the other way round.
    const containerUrl = new URL(first.files[0]?.url ?? '', server.proxy.url);
    const crossed = new URL(`/api/archive/${sha256Of(totals)}/totals.csv${containerUrl.search}`, server.proxy.url);
    expect((await fetch(crossed)).status).toBe(403);
  });

  it('answers the status of live, archived, gone and invalid links in order', async () => {
    const fresh = await startTestProxy(emulator.url, { config: { archive: { maxFileBytes: 5 } } });
    try {
      const turn = await sendTurn(fresh.proxy.url, { text: fenced(writeFileCode('live.txt', 'only live, too big to archive')), model: 'gpt-5' });
      const liveUrl = turn.files[0]?.url ?? '';
      expect(turn.archived).toEqual([]);
      const tampered = liveUrl.replace(/signature=[\w-]+/, 'signature=abc');
      const answer = await postJson(`${fresh.proxy.url}/api/files/status`, { urls: [liveUrl, tampered, 'https://elsewhere.example/x.png'] });
      expect(answer.status).toBe(200);
      const files = (answer.body as unknown as StatusAnswer).files;
      expect(files.map((file) => [file.url, file.status])).toEqual([
        [liveUrl, 'live'],
        [tampered, 'invalid'],
        ['https://elsewhere.example/x.png', 'invalid'],
      ]);
      expect(files[1]?.message).toMatch(/signature/);
      await deleteContainer(emulator.url, turn.files[0]?.container_id ?? '');
      const after = await postJson(`${fresh.proxy.url}/api/files/status`, { urls: [liveUrl] });
      expect((after.body as unknown as StatusAnswer).files).toEqual([{ url: liveUrl, status: 'gone' }]);
    } finally {
      await fresh.close();
    }
    const badBodies = [{}, { urls: [] }, { urls: Array.from({ length: 201 }, () => '/api/files/a/b/c') }, { urls: ['x'], extra: 1 }];
    for (const body of badBodies) {
      const answer = await postJson(`${server.proxy.url}/api/files/status`, body);
      expect(answer.status).toBe(400);
      expect((answer.body['error'] as { code: string }).code).toBe('invalid_request');
    }
  });

  it('re-runs code in a new container with the uploads and restores a gone file byte for byte', async () => {
    const upload = await uploadFiles(server.proxy.url, [{ name: 'sales.csv', content: 'month,revenue\nJan,10\nFeb,12\n' }], token);
    const code = [
      'import pandas as pd',
      'df = pd.read_csv("/mnt/data/sales.csv")',
      'df.assign(double=df.revenue * 2).to_csv("/mnt/data/double.csv", index=False)',
    ].join('\n');
    const turn = await sendTurn(server.proxy.url, { text: fenced(code), model: 'gpt-5', token: upload.body.token, fileIds: upload.body.files.map((file) => file.id) });
    const original = turn.archived.find((file) => file.filename === 'double.csv');
    expect(original).toBeDefined();
    const originalBytes = await (await fetch(`${server.proxy.url}${original?.url ?? ''}`)).text();
    expect(originalBytes).toContain('Jan,10,20');

    // Gone for good: container deleted, archived copy deleted.
    await deleteContainer(emulator.url, original?.container_id ?? '');
    expect(await storage().delete(original?.sha256 ?? '')).toBe(true);
    const gone = await postJson(`${server.proxy.url}/api/files/status`, { urls: [original?.url, turn.files.find((file) => file.filename === 'double.csv')?.url] });
    expect((gone.body as unknown as StatusAnswer).files.map((file) => file.status)).toEqual(['gone', 'gone']);
    const goneDownload = await fetch(`${server.proxy.url}${original?.url ?? ''}`);
    expect(goneDownload.status).toBe(404);
    expect(((await goneDownload.json()) as { error: { code: string } }).error.code).toBe('file_gone');

    const rerun = await postJson(`${server.proxy.url}/api/files/rerun`, { token: turn.token, model: 'gpt-5', code, filenames: ['double.csv', 'never-made.csv'] });
    expect(rerun.status).toBe(200);
    const result = rerun.body as { containerId: string; files: { filename: string; url: string; sha256: string; storage: string; container_id: string }[]; missing: string[] };
    expect(result.containerId).toMatch(/^cntr_/);
    expect(result.containerId).not.toBe(original?.container_id);
    expect(result.missing).toEqual(['never-made.csv']);
    expect(result.files).toHaveLength(1);
    expect(result.files[0]).toMatchObject({ filename: 'double.csv', storage: 'archive', sha256: original?.sha256, container_id: result.containerId });
    expect(await (await fetch(`${server.proxy.url}${result.files[0]?.url ?? ''}`)).text()).toBe(originalBytes);
    // The original archive link works again too: same bytes, same hash.
    expect(await (await fetch(`${server.proxy.url}${original?.url ?? ''}`)).text()).toBe(originalBytes);
    expect(rerun.body).not.toHaveProperty('token');
  });

  it('refuses a re-run with a bad body, a forged token or a model without the tool', async () => {
    const valid = { token, model: 'gpt-5', code: 'print(1)', filenames: ['a.csv'] };
    const cases: [Record<string, unknown>, number, string][] = [
      [{ ...valid, filenames: ['../etc/passwd'] }, 400, 'invalid_request'],
      [{ ...valid, filenames: [] }, 400, 'invalid_request'],
      [{ ...valid, code: '' }, 400, 'invalid_request'],
      [{ ...valid, token: 'forged.token' }, 400, 'invalid_token'],
      [{ ...valid, model: 'gpt-5-chat' }, 400, 'incompatible_model'],
      [{ ...valid, model: 'nope' }, 400, 'unknown_model'],
    ];
    for (const [body, status, code] of cases) {
      const answer = await postJson(`${server.proxy.url}/api/files/rerun`, body);
      expect([answer.status, (answer.body['error'] as { code: string }).code]).toEqual([status, code]);
    }
  });

  it('refuses an expired archive link with 410 (the clock moved past retention)', async () => {
    const url = first.archived[0]?.url ?? '';
    clock += 31 * dayMs;
    const response = await fetch(`${server.proxy.url}${url}`);
    expect(response.status).toBe(410);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('link_expired');
    const status = await postJson(`${server.proxy.url}/api/files/status`, { urls: [url] });
    expect((status.body as unknown as StatusAnswer).files[0]).toMatchObject({ status: 'invalid', message: expect.stringMatching(/expired/) as unknown });
  });
});

describe('archive caps', { timeout: 60_000 }, () => {
  let emulator: ObservedEmulator;
  beforeAll(async () => {
    emulator = await startObservedEmulator();
  });
  afterAll(async () => {
    await emulator.close();
  });

  it('does not archive a file over archive.maxFileBytes and says so, naming the file and the cap', async () => {
    const server = await startTestProxy(emulator.url, { config: { archive: { maxFileBytes: 10 } } });
    try {
      const turn = await sendTurn(server.proxy.url, { text: fenced(writeFileCode('big.txt', 'more than ten bytes')), model: 'gpt-5' });
      expect(turn.files.map((file) => file.filename)).toEqual(['big.txt']);
      expect(turn.archived).toEqual([]);
      expect(turn.notices).toEqual([{ code: 'archive_cap', filename: 'big.txt', message: expect.stringMatching(/"big\.txt".*10 bytes per file \(archive\.maxFileBytes\)/) as unknown }]);
      expect(await blobCount(server.proxy.archive?.storage ?? (undefined as never))).toBe(0);
      expect(turn.frames.at(-1)?.event).toBe('proxy.conversation');
    } finally {
      await server.close();
    }
  });

  it('stops archiving a conversation at archive.maxConversationBytes, counted through the token', async () => {
    const server = await startTestProxy(emulator.url, { config: { archive: { maxConversationBytes: 50 } } });
    try {
      const firstTurn = await sendTurn(server.proxy.url, { text: fenced(writeFileCode('one.txt', 'a'.repeat(30))), model: 'gpt-5' });
      expect(firstTurn.archived.map((file) => file.filename)).toEqual(['one.txt']);
      const secondTurn = await sendTurn(server.proxy.url, { text: fenced(writeFileCode('two.txt', 'b'.repeat(30))), model: 'gpt-5', token: firstTurn.token });
      expect(secondTurn.archived).toEqual([]);
      expect(secondTurn.notices).toEqual([{ code: 'archive_cap', filename: 'two.txt', message: expect.stringMatching(/"two\.txt".*archive limit of 50 bytes \(archive\.maxConversationBytes\)/) as unknown }]);
      // Another conversation has its own allowance.
      const other = await sendTurn(server.proxy.url, { text: fenced(writeFileCode('two.txt', 'b'.repeat(30))), model: 'gpt-5' });
      expect(other.archived.map((file) => file.filename)).toEqual(['two.txt']);
    } finally {
      await server.close();
    }
  });

  it('archives nothing and sends no archive event when archive.enabled is false', async () => {
    const server = await startTestProxy(emulator.url, { config: { archive: { enabled: false } } });
    try {
      const turn = await sendTurn(server.proxy.url, { text: fenced(writeFileCode('plain.txt', 'plain')), model: 'gpt-5' });
      expect(turn.files.map((file) => file.filename)).toEqual(['plain.txt']);
      expect(turn.archived).toEqual([]);
      expect(turn.notices).toEqual([]);
      expect(server.proxy.archive).toBeNull();
    } finally {
      await server.close();
    }
  });
});

describe('archive failures', { timeout: 60_000 }, () => {
  let emulator: ObservedEmulator;
  beforeAll(async () => {
    emulator = await startObservedEmulator();
  });
  afterAll(async () => {
    await emulator.close();
  });

  it('finishes the turn with the file live-only and an archive_failed notice when storage cannot write', async () => {
    // A real storage fault: the archive "directory" is a regular file, so every write fails with ENOTDIR.
    const notADirectory = path.join(await mkdtemp(path.join(os.tmpdir(), 'archive-broken-')), 'file');
    await writeFile(notADirectory, 'not a directory');
    const server = await startTestProxy(emulator.url, { config: { archive: { directory: notADirectory } } });
    try {
      const turn = await sendTurn(server.proxy.url, { text: fenced(writeFileCode('kept.txt', 'kept')), model: 'gpt-5' });
      expect(turn.errors).toEqual([]);
      expect(turn.files.map((file) => file.filename)).toEqual(['kept.txt']);
      expect(turn.archived).toEqual([]);
      expect(turn.notices).toEqual([{ code: 'archive_failed', filename: 'kept.txt', message: expect.stringContaining('"kept.txt" could not be archived') as unknown }]);
      expect(turn.frames.at(-1)?.event).toBe('proxy.conversation');
      expect(await (await fetch(`${server.proxy.url}${turn.files[0]?.url ?? ''}`)).text()).toBe('kept');
    } finally {
      await server.close();
      await rm(path.dirname(notADirectory), { recursive: true, force: true });
    }
  });

  it('answers a re-run whose upstream keeps failing with 502 and a retryable error', async () => {
    const server = await startTestProxy(emulator.url, { gateway: { maxRetries: 1, fetch: faultOnce('POST', '/responses', 'server-error', 5) } });
    try {
      const upload = await uploadFiles(server.proxy.url, [{ name: 'input.csv', content: 'a,b\n1,2\n' }]);
      const answer = await postJson(`${server.proxy.url}/api/files/rerun`, { token: upload.body.token, model: 'gpt-5', code: 'print(1)', filenames: ['a.csv'] });
      expect(answer.status).toBe(502);
      expect(answer.body['error']).toMatchObject({ code: 'upstream_unavailable', retryable: true, requestId: expect.any(String) as unknown });
    } finally {
      await server.close();
    }
  });
});
