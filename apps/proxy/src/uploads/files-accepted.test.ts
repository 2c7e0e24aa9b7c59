import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeConversationToken } from '../tokens/conversation-token.js';
import { createSigner } from '../tokens/signing.js';
import { uploadFiles } from '../../../../tooling/test-stack/test-conversation.js';
import { startTestServers, testSecret, type TestServers } from '../../../../tooling/test-stack/test-servers.js';

/** Real Office, PDF and image files, made by the same libraries the code interpreter uses. */
const makeFiles = String.raw`
import sys, openpyxl, docx, matplotlib
from reportlab.pdfgen import canvas
matplotlib.use("Agg")
import matplotlib.pyplot as plt
out = sys.argv[1]
book = openpyxl.Workbook(); book.active["A1"] = 1; book.save(out + "/book.xlsx")
document = docx.Document(); document.add_paragraph("hello"); document.save(out + "/letter.docx")
pdf = canvas.Canvas(out + "/report.pdf"); pdf.drawString(10, 10, "hello"); pdf.save()
plt.plot([1, 2, 3]); plt.savefig(out + "/plot.png"); plt.savefig(out + "/photo.jpg")
`;

describe('POST /api/files accepts every allowed type by content', { timeout: 30_000 }, () => {
  let servers: TestServers;
  let directory: string;
  beforeAll(async () => {
    directory = mkdtempSync(path.join(os.tmpdir(), 'proxy-upload-'));
    execFileSync('/usr/bin/python3', ['-c', makeFiles, directory]);
    servers = await startTestServers();
  }, 30_000);
  afterAll(async () => {
    await servers.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('uploads ten real files upstream and binds their ids into the token', async () => {
    const binary = ['book.xlsx', 'letter.docx', 'report.pdf', 'plot.png', 'photo.jpg'].map((name) => ({
      name,
      content: new Uint8Array(readFileSync(path.join(directory, name))),
    }));
    const text = [
      { name: 'data.csv', content: 'a,b\n1,2\n' },
      { name: 'notes.md', content: '# Notes\n\n- ünïcödé\n' },
      { name: 'page.html', content: '<!doctype html><p>hi</p>' },
      { name: 'readme.txt', content: 'plain\r\ntext\n' },
      { name: 'IMAGE.JPEG', content: new Uint8Array(readFileSync(path.join(directory, 'photo.jpg'))) },
    ];
    const { status, body } = await uploadFiles(servers.proxy.url, [...binary, ...text]);
    expect(status).toBe(201);
    expect(body.files.map((file) => file.filename)).toEqual([...binary, ...text].map((file) => file.name));
    expect(body.files.every((file) => file.id.startsWith('file-') && file.bytes > 0)).toBe(true);
    const state = decodeConversationToken(createSigner([testSecret]), body.token);
    expect(state?.uploadedFileIds).toEqual(body.files.map((file) => file.id));
    expect(servers.emulator.requests.filter((request) => request.path === '/v1/files')).toHaveLength(10);
  });

  it('refuses an XLSX renamed to .docx (a ZIP, but not a Word document)', async () => {
    const { status, body } = (await uploadFiles(servers.proxy.url, [{ name: 'fake.docx', content: new Uint8Array(readFileSync(path.join(directory, 'book.xlsx'))) }])) as unknown as {
      status: number;
      body: { error: { code: string; filename: string } };
    };
    expect(status).toBe(415);
    expect(body.error).toMatchObject({ code: 'content_mismatch', filename: 'fake.docx' });
  });
});
