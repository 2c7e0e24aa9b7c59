import { describe, expect, it } from 'vitest';
import { useRealStack } from '../../../tooling/test-stack/suite-stack.js';
import { createClient } from './client.js';
import { ProxyError } from './errors.js';

describe('client against the real proxy and emulator', () => {
  const stack = useRealStack();

  it('reads the health of the whole chain', async () => {
    await expect(createClient({ baseUrl: stack.proxy.url }).health()).resolves.toEqual({
      status: 'ok',
      upstream: { kind: 'emulator', auth: 'api-key', reachable: true, name: 'execards-emulator' },
      capabilities: { explicitContainers: true, containerFileContent: null },
    });
  });

  it('turns an unreachable server into a readable error', async () => {
    const error = await createClient({ baseUrl: 'http://127.0.0.1:9' }).health().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProxyError);
    expect(error).toMatchObject({ code: 'network_error', message: 'The server could not be reached.' });
  });

  it('reads the public configuration: limits, types and which models can run code', async () => {
    const config = await createClient({ baseUrl: stack.proxy.url }).getConfig();
    expect(config.uploads).toMatchObject({ maxFilesPerMessage: 10, maxFileBytes: 100 * 1024 * 1024 });
    expect(config.uploads.accept.split(',')).toEqual(expect.arrayContaining(['.csv', '.xlsx', '.pdf']));
    expect(config.models.find((model) => !model.supportsCodeInterpreter)).toBeDefined();
    expect(config.generatedFiles.maxConcurrentDownloads).toBe(10);
  });

  it("refuses an incompatible model with the server's own message, before any event", async () => {
    const client = createClient({ baseUrl: stack.proxy.url });
    const config = await client.getConfig();
    const incompatible = config.models.find((model) => !model.supportsCodeInterpreter);
    const events = client.send({ text: 'plot something', model: incompatible?.name ?? '' });
    const error = await (async () => {
      for await (const event of events) throw new Error(`unexpected event ${event.type}`);
    })().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProxyError);
    expect(error).toMatchObject({ status: 400, code: 'incompatible_model' });
    expect((error as ProxyError).message).toMatch(/^Code Execution is not available with the model "GPT-5 chat"\. Please select a compatible model/);
  });

  it('uploads files in one request, reporting per-file progress, and returns ids with a new token', async () => {
    const client = createClient({ baseUrl: stack.proxy.url });
    const progress: number[][] = [];
    const result = await client.uploadFiles([new File(['a,b\n1,2\n'], 'small.csv', { type: 'text/csv' }), new File(['# Notes\n'], 'notes.md')], {
      onProgress: (files) => progress.push(files.map((file) => file.loaded)),
    });
    expect(result.files.map((file) => [file.filename, file.bytes])).toEqual([
      ['small.csv', 8],
      ['notes.md', 8],
    ]);
    expect(result.files.every((file) => file.id.length > 0)).toBe(true);
    expect(result.token.length).toBeGreaterThan(0);
    expect(progress.at(0)).toEqual([0, 0]);
    expect(progress.at(-1)).toEqual([8, 8]);
  });

  it("rejects a disallowed upload with the server's message naming the file", async () => {
    const client = createClient({ baseUrl: stack.proxy.url });
    const error = await client.uploadFiles([new File(['MZ binary'], 'setup.exe', { type: 'application/octet-stream' })]).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProxyError);
    expect(error).toMatchObject({ status: 415, code: 'file_type_not_allowed', filename: 'setup.exe' });
    expect((error as ProxyError).message).toMatch(/^File "setup\.exe" was rejected: only .*CSV.* files can be uploaded\.$/);
  });

  it('rejects a file whose content does not match its extension', async () => {
    const client = createClient({ baseUrl: stack.proxy.url });
    const pretend = new File([new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff])], 'numbers.xlsx');
    const error = await client.uploadFiles([pretend]).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 415, code: 'content_mismatch', filename: 'numbers.xlsx' });
  });
});
