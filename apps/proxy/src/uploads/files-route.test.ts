import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServers, type TestServers } from '../../../../tooling/test-stack/test-servers.js';

const pngBytes = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

function form(files: { name: string; content: string | Uint8Array<ArrayBuffer> }[]): FormData {
  const body = new FormData();
  for (const file of files) body.append('file', new Blob([file.content]), file.name);
  return body;
}

describe('POST /api/files rejections', { timeout: 30_000 }, () => {
  let servers: TestServers;
  beforeAll(async () => {
    servers = await startTestServers();
  });
  afterAll(() => servers.close());

  async function upload(body: FormData | string, headers: Record<string, string> = {}) {
    const response = await fetch(`${servers.proxy.url}/api/files`, { method: 'POST', body, headers });
    return { status: response.status, body: (await response.json()) as { error: { code: string; message: string; filename?: string; requestId: string } } };
  }

  it('refuses an 11th file, naming it and the rule', async () => {
    const files = Array.from({ length: 11 }, (_, index) => ({ name: `notes-${index + 1}.txt`, content: `note ${index + 1}\n` }));
    const { status, body } = await upload(form(files));
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: 'too_many_files', filename: 'notes-11.txt' });
    expect(body.error.message).toContain('at most 10 files');
  });

  it('refuses a file over 100 MB without holding it in memory', async () => {
    // The body is generated lazily, 1 MB at a time, so the only copy the proxy could hold is its own.
    const boundary = 'execards-test-boundary';
    const encoder = new TextEncoder();
    const chunk = new Uint8Array(1024 * 1024);
    let sent = 0;
    const total = 101;
    let peak = 0;
    const memory = () => process.memoryUsage().arrayBuffers;
    const start = memory();
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        peak = Math.max(peak, memory() - start);
        if (sent === 0) controller.enqueue(encoder.encode(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="huge.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n`));
        if (sent < total) controller.enqueue(chunk);
        else {
          controller.enqueue(encoder.encode(`\r\n--${boundary}--\r\n`));
          controller.close();
        }
        sent += 1;
      },
    });
    const response = await fetch(`${servers.proxy.url}/api/files`, {
      method: 'POST',
      body,
      duplex: 'half',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    } as RequestInit);
    const answer = (await response.json()) as { error: { code: string; message: string; filename: string } };
    expect(response.status).toBe(413);
    expect(answer.error).toMatchObject({ code: 'file_too_large', filename: 'huge.pdf' });
    expect(answer.error.message).toContain('at most 100 MB');
    expect(sent).toBeGreaterThan(total);
    // Buffering the file would need at least 101 MB (Hono's bodyLimit reached 267 MB here); the slack is for
    // garbage the collector has not reclaimed yet on a loaded machine.
    expect(peak).toBeLessThan(80 * 1024 * 1024);
  }, 60_000);

  it('refuses types outside the list, by extension', async () => {
    const { status, body } = await upload(form([{ name: 'setup.exe', content: 'MZ....' }]));
    expect(status).toBe(415);
    expect(body.error).toMatchObject({ code: 'file_type_not_allowed', filename: 'setup.exe' });
    expect(body.error.message).toContain('PDF, DOCX, XLSX, PPTX, CSV, HTML, HTM, MD, TXT, PNG, JPG, JPEG');
  });

  it('refuses a PNG renamed to .csv, by content', async () => {
    const { status, body } = await upload(form([{ name: 'data.csv', content: 'a,b\n1,2\n' }, { name: 'sales.csv', content: pngBytes }]));
    expect(status).toBe(415);
    expect(body.error).toMatchObject({ code: 'content_mismatch', filename: 'sales.csv' });
    expect(body.error.message).toMatch(/not CSV text/);
  });

  it('refuses an empty file', async () => {
    const { status, body } = await upload(form([{ name: 'empty.txt', content: '' }]));
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: 'empty_file', filename: 'empty.txt' });
  });

  it('refuses bodies that are not multipart, and uploads without files', async () => {
    expect((await upload('hello', { 'content-type': 'text/plain' })).body.error.code).toBe('malformed_upload');
    const empty = new FormData();
    empty.append('token', 'x');
    expect((await upload(empty)).body.error.code).toBe('no_files');
  });
});

describe('POST /api/files: content that does not match the extension, at any size', { timeout: 60_000 }, () => {
  let servers: TestServers;
  beforeAll(async () => {
    servers = await startTestServers();
  });
  afterAll(() => servers.close());

  interface Refusal {
    status: number;
    error: { code: string; message: string; filename?: string };
  }

  // A hang fails the request here, with a clear reason, long before the test's own timeout.
  const answerWithin = 15_000;

  async function refusalFor(body: FormData | ReadableStream<Uint8Array>, headers: Record<string, string> = {}): Promise<Refusal> {
    const response = await fetch(`${servers.proxy.url}/api/files`, {
      method: 'POST',
      body,
      headers,
      signal: AbortSignal.timeout(answerWithin),
      ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
    } as RequestInit);
    return { status: response.status, error: ((await response.json()) as { error: Refusal['error'] }).error };
  }

  async function validUploadSucceeds() {
    const response = await fetch(`${servers.proxy.url}/api/files`, { method: 'POST', body: form([{ name: 'after.csv', content: 'a,b\n1,2\n' }]), signal: AbortSignal.timeout(answerWithin) });
    expect(response.status).toBe(201);
    expect(((await response.json()) as { files: { filename: string }[] }).files).toMatchObject([{ filename: 'after.csv' }]);
  }

  for (const [label, bytes] of [
    ['150 KB', 150 * 1024],
    ['1 MB', 1024 * 1024],
  ] as const) {
    it(`answers ${label} of random bytes named .pdf with a 415, then takes the next upload`, async () => {
      const { status, error } = await refusalFor(form([{ name: 'rand.pdf', content: new Uint8Array(randomBytes(bytes)) }]));
      expect(status).toBe(415);
      expect(error).toMatchObject({ code: 'content_mismatch', filename: 'rand.pdf' });
      expect(error.message).toBe('File "rand.pdf" was rejected: its content is not a PDF (file signature mismatch).');
      await validUploadSucceeds();
    });
  }

  it('answers a 148 KB binary named .csv with a 415 naming the rule, then takes the next upload', async () => {
    // Valid CSV first so the mismatch is found past busboy's 64 KB buffer, as with a real exported file.
    const content = Buffer.concat([Buffer.from('id,value\n'.repeat(8000)), randomBytes(148 * 1024 - 72_000)]);
    const { status, error } = await refusalFor(form([{ name: 'fake_data.csv', content: new Uint8Array(content) }]));
    expect(status).toBe(415);
    expect(error).toMatchObject({ code: 'content_mismatch', filename: 'fake_data.csv' });
    expect(error.message).toMatch(/^File "fake_data\.csv" was rejected: its content is not CSV text \((contains binary data|not valid UTF-8)\)\.$/);
    await validUploadSucceeds();
  });

  it('answers 50 MB of random bytes named .png with a 415, then takes the next upload', async () => {
    const boundary = 'execards-mismatch-boundary';
    const encoder = new TextEncoder();
    const chunk = new Uint8Array(randomBytes(1024 * 1024));
    const total = 50;
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(encoder.encode(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="rand.png"\r\nContent-Type: image/png\r\n\r\n`));
        if (sent < total) controller.enqueue(chunk);
        else {
          controller.enqueue(encoder.encode(`\r\n--${boundary}--\r\n`));
          controller.close();
        }
        sent += 1;
      },
    });
    const { status, error } = await refusalFor(body, { 'content-type': `multipart/form-data; boundary=${boundary}` });
    expect(status).toBe(415);
    expect(error).toMatchObject({ code: 'content_mismatch', filename: 'rand.png' });
    expect(error.message).toBe('File "rand.png" was rejected: its content is not a PNG image (file signature mismatch).');
    await validUploadSucceeds();
  });

  it('answers a client that stops sending after the mismatch, without waiting for the rest of the body', async () => {
    const boundary = 'execards-stalled-boundary';
    const stop = new AbortController();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="rand.pdf"\r\nContent-Type: application/pdf\r\n\r\n`));
        controller.enqueue(new Uint8Array(randomBytes(150 * 1024)));
        // The rest never comes, as from a client on a very slow link.
      },
    });
    try {
      const response = await fetch(`${servers.proxy.url}/api/files`, {
        method: 'POST',
        body,
        duplex: 'half',
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        signal: AbortSignal.any([stop.signal, AbortSignal.timeout(answerWithin)]),
      } as RequestInit);
      expect(response.status).toBe(415);
      expect(((await response.json()) as { error: Refusal['error'] }).error).toMatchObject({ code: 'content_mismatch', filename: 'rand.pdf' });
    } finally {
      stop.abort();
    }
    await validUploadSucceeds();
  });
});
