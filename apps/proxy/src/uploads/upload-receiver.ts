import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { pipeline } from 'node:stream/promises';
import { setTimeout as delay } from 'node:timers/promises';
import busboy from 'busboy';
import { createContentCheck } from './content-check.js';
import { uploadTypeFor, uploadTypes, type UploadType } from './file-types.js';

export interface ReceivedFile {
  filename: string;
  type: UploadType;
  bytes: number;
  /** Where the bytes wait on disk until they are sent upstream. */
  diskPath: string;
}

export interface UploadRejection {
  status: 400 | 413 | 415;
  code: 'too_many_files' | 'file_too_large' | 'file_type_not_allowed' | 'content_mismatch' | 'empty_file' | 'no_files' | 'malformed_upload' | 'upload_too_large';
  message: string;
  filename?: string;
}

export type ReceivedUpload =
  | { ok: true; files: ReceivedFile[]; fields: Record<string, string>; cleanup: () => Promise<void> }
  | { ok: false; rejection: UploadRejection };

export interface UploadLimits {
  maxFiles: number;
  maxFileBytes: number;
  /** Cap on the whole body, counted as it streams (a buffering body-limit middleware would defeat the point). */
  maxBodyBytes: number;
  /**
   * How long a refused upload's answer waits for the rest of the body (default 2 s). Answering while the client is
   * still sending makes an intermediary that cannot take an early answer (Vite's dev proxy, for one) fail the request
   * with its own 5xx and lose the message; a slow client still gets the answer after this long.
   */
  rejectionDrainMs?: number;
}

const allowedList = uploadTypes.flatMap((type) => type.extensions.map((extension) => extension.toUpperCase())).join(', ');

class Rejected extends Error {
  constructor(readonly rejection: UploadRejection) {
    super(rejection.message);
  }
}

function quoted(filename: string): string {
  return JSON.stringify(filename);
}

/**
 * Counts bytes and checks content as they pass. A broken rule is reported once and the rest of the file is
 * swallowed instead of failing the pipeline: a failed pipeline destroys busboy's file stream, and busboy then
 * waits forever for that stream to ask for more (past its 64 KB buffer), so the body would never be read again.
 */
function checkingStream(filename: string, type: UploadType, onBytes: (bytes: number) => void, onBroken: (rejection: UploadRejection) => void): Transform {
  const check = createContentCheck(type);
  let broken = false;
  const fail = (rule: string) => {
    broken = true;
    onBroken({ status: 415, code: 'content_mismatch', filename, message: `File ${quoted(filename)} was rejected: ${rule}.` });
  };
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      onBytes(chunk.length);
      if (broken) return callback();
      const rule = check.push(chunk);
      if (rule) {
        fail(rule);
        return callback();
      }
      callback(null, chunk);
    },
    flush(callback: TransformCallback) {
      if (!broken) {
        const rule = check.finish();
        if (rule) fail(rule);
      }
      callback();
    },
  });
}

/**
 * Reads a multipart body file by file with busboy, checking every rule while the bytes stream to a private
 * temporary directory, so no file is ever held whole in memory. The first broken rule rejects the whole upload; the
 * rest of the body is read and discarded (up to the body cap) so the connection stays usable, and the answer goes
 * once it has been, or after `rejectionDrainMs` for a slow client, whatever the size.
 */
export async function receiveUpload(request: Request, limits: UploadLimits): Promise<ReceivedUpload> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!request.body || !contentType.toLowerCase().startsWith('multipart/form-data')) {
    return { ok: false, rejection: { status: 400, code: 'malformed_upload', message: 'Uploads must be sent as multipart/form-data with a "file" field per file.' } };
  }
  const declaredLength = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declaredLength > limits.maxBodyBytes) {
    return { ok: false, rejection: { status: 413, code: 'upload_too_large', message: 'The upload is larger than the server accepts.' } };
  }
  const body = request.body;
  const directory = await mkdtemp(path.join(os.tmpdir(), 'execards-upload-'));
  const cleanup = () => rm(directory, { recursive: true, force: true });
  const files: ReceivedFile[] = [];
  const fields: Record<string, string> = {};
  const writes: Promise<void>[] = [];
  let rejection: UploadRejection | undefined;
  let announceRejection: (value: UploadRejection) => void = () => undefined;
  const firstRejection = new Promise<UploadRejection>((resolve) => (announceRejection = resolve));
  const reject = (value: UploadRejection) => {
    if (rejection) return;
    rejection = value;
    announceRejection(value);
  };

  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { 'content-type': contentType },
      limits: { fileSize: limits.maxFileBytes, fields: 20, fieldSize: 64 * 1024, parts: limits.maxFiles + 40 },
      defParamCharset: 'utf8',
    });
  } catch {
    await cleanup();
    return { ok: false, rejection: { status: 400, code: 'malformed_upload', message: 'The multipart body has no boundary.' } };
  }

  let fileCount = 0;
  parser.on('field', (name, value) => {
    fields[name] = value;
  });
  parser.on('file', (_field, stream, info) => {
    fileCount += 1;
    const filename = path.basename(info.filename || '').trim();
    if (rejection) {
      stream.resume();
      return;
    }
    if (fileCount > limits.maxFiles) {
      reject({ status: 400, code: 'too_many_files', filename, message: `File ${quoted(filename)} was rejected: at most ${limits.maxFiles} files can be sent with one message.` });
      stream.resume();
      return;
    }
    const type = uploadTypeFor(filename);
    if (!type) {
      reject({ status: 415, code: 'file_type_not_allowed', filename, message: `File ${quoted(filename)} was rejected: only ${allowedList} files can be uploaded.` });
      stream.resume();
      return;
    }
    const diskPath = path.join(directory, `${files.length}`);
    const received: ReceivedFile = { filename, type, bytes: 0, diskPath };
    files.push(received);
    stream.on('limit', () => {
      reject({
        status: 413,
        code: 'file_too_large',
        filename,
        message: `File ${quoted(filename)} was rejected: files can be at most ${Math.round(limits.maxFileBytes / (1024 * 1024))} MB.`,
      });
    });
    writes.push(
      pipeline(stream, checkingStream(filename, type, (bytes) => (received.bytes += bytes), reject), createWriteStream(diskPath)).then(
        () => {
          if (received.bytes === 0 && !stream.truncated) reject({ status: 400, code: 'empty_file', filename, message: `File ${quoted(filename)} was rejected: it is empty.` });
        },
        () => {
          // The file could not be stored (the disk, not the client). Its stream is destroyed, so busboy cannot go
          // on; stopping the parser ends the body read instead of leaving it waiting.
          reject({ status: 400, code: 'malformed_upload', filename, message: `File ${quoted(filename)} could not be read.` });
          parser.destroy();
        },
      ),
    );
  });

  const read = (async () => {
    try {
      let bodyBytes = 0;
      const bodyCap = new Transform({
        transform(chunk: Buffer, _encoding, callback: TransformCallback) {
          bodyBytes += chunk.length;
          if (bodyBytes > limits.maxBodyBytes) callback(new Rejected({ status: 413, code: 'upload_too_large', message: 'The upload is larger than the server accepts.' }));
          else callback(null, chunk);
        },
      });
      await pipeline(Readable.fromWeb(body as NodeReadableStream<Uint8Array>), bodyCap, parser);
    } catch (error) {
      reject(error instanceof Rejected ? error.rejection : { status: 400, code: 'malformed_upload', message: 'The multipart body could not be read.' });
    }
    await Promise.all(writes);
    if (!rejection && fileCount === 0) reject({ status: 400, code: 'no_files', message: 'The upload holds no files.' });
  })();

  const drained = read.then(() => rejection);
  const answerable = firstRejection.then((value) => Promise.race([read, delay(limits.rejectionDrainMs ?? 2000)]).then(() => value));
  const outcome = await Promise.race([drained, answerable]);
  if (outcome) {
    // Whatever is still streaming in is discarded; the files written so far go once it has.
    void read.finally(cleanup).catch(() => undefined);
    return { ok: false, rejection: outcome };
  }
  return { ok: true, files, fields, cleanup };
}
