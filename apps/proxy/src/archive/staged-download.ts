import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';

export class FileTooLargeError extends Error {
  override readonly name = 'FileTooLargeError';
  constructor(readonly limitBytes: number) {
    super(`The file is larger than ${limitBytes} bytes.`);
  }
}

export interface StagedFile {
  path: string;
  sha256: string;
  bytes: number;
  remove(): Promise<void>;
}

const stagingDirectory = path.join(os.tmpdir(), 'execards-archive-staging');

/**
 * Streams `body` to a private temporary file while hashing and counting it, stopping as soon as it passes
 * `maxBytes`: the hash (the archive key) is only known after the last byte, and nothing is held in memory.
 */
export async function stageDownload(body: ReadableStream<Uint8Array>, maxBytes: number, signal?: AbortSignal): Promise<StagedFile> {
  await mkdir(stagingDirectory, { recursive: true, mode: 0o700 });
  const file = path.join(stagingDirectory, randomUUID());
  const remove = () => rm(file, { force: true });
  const hash = createHash('sha256');
  let bytes = 0;
  const measure = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length;
      if (bytes > maxBytes) {
        callback(new FileTooLargeError(maxBytes));
        return;
      }
      hash.update(chunk);
      callback(null, chunk);
    },
  });
  try {
    await pipeline(Readable.fromWeb(body as NodeReadableStream<Uint8Array>), measure, createWriteStream(file, { flags: 'wx', mode: 0o600 }), signal ? { signal } : {});
  } catch (error) {
    await remove();
    throw error;
  }
  return { path: file, sha256: hash.digest('hex'), bytes, remove };
}
