import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { pipeline } from 'node:stream/promises';
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

/** Counts bytes and checks content as they pass, failing the pipeline at the first broken rule. */
function checkingStream(filename: string, type: UploadType, onBytes: (bytes: number) => void): Transform {
  const check = createContentCheck(type);
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      onBytes(chunk.length);
      const broken = check.push(chunk);
      if (broken) {
        callback(new Rejected({ status: 415, code: 'content_mismatch', filename, message: `File ${quoted(filename)} was rejected: ${broken}.` }));
        return;
      }
      callback(null, chunk);
    },
    flush(callback: TransformCallback) {
      const broken = check.finish();
      callback(broken ? new Rejected({ status: 415, code: 'content_mismatch', filename, message: `File ${quoted(filename)} was rejected: ${broken}.` }) : null);
    },
  });
}

/**
 * Reads a multipart body file by file with busboy, checking every rule while the bytes stream to a private
 * temporary directory, so no file is ever held whole in memory. The first broken rule rejects the whole upload
 * (the rest of the body is read and discarded so the client gets the answer instead of a reset connection).
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
  const directory = await mkdtemp(path.join(os.tmpdir(), 'execards-upload-'));
  const cleanup = () => rm(directory, { recursive: true, force: true });
  const files: ReceivedFile[] = [];
  const fields: Record<string, string> = {};
  const writes: Promise<void>[] = [];
  let rejection: UploadRejection | undefined;
  const reject = (value: UploadRejection) => {
    rejection ??= value;
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
      pipeline(stream, checkingStream(filename, type, (bytes) => (received.bytes += bytes)), createWriteStream(diskPath)).then(
        () => {
          if (received.bytes === 0 && !stream.truncated) reject({ status: 400, code: 'empty_file', filename, message: `File ${quoted(filename)} was rejected: it is empty.` });
        },
        (error: unknown) => {
          stream.resume();
          if (error instanceof Rejected) reject(error.rejection);
          else reject({ status: 400, code: 'malformed_upload', filename, message: `File ${quoted(filename)} could not be read.` });
        },
      ),
    );
  });

  try {
    let bodyBytes = 0;
    const bodyCap = new Transform({
      transform(chunk: Buffer, _encoding, callback: TransformCallback) {
        bodyBytes += chunk.length;
        if (bodyBytes > limits.maxBodyBytes) callback(new Rejected({ status: 413, code: 'upload_too_large', message: 'The upload is larger than the server accepts.' }));
        else callback(null, chunk);
      },
    });
    await pipeline(Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>), bodyCap, parser);
  } catch (error) {
    reject(error instanceof Rejected ? error.rejection : { status: 400, code: 'malformed_upload', message: 'The multipart body could not be read.' });
  }
  await Promise.all(writes);
  if (!rejection && fileCount === 0) reject({ status: 400, code: 'no_files', message: 'The upload holds no files.' });
  if (rejection) {
    await cleanup();
    return { ok: false, rejection };
  }
  return { ok: true, files, fields, cleanup };
}
