import { newId } from '../ids.js';
import { notFound } from '../api-error.js';

export interface StoredFile {
  id: string;
  filename: string;
  purpose: string;
  bytes: Buffer;
  createdAt: number;
}

/** The wire shape of a file object (`POST /v1/files`, `GET /v1/files/{id}`). */
export function fileObject(file: StoredFile) {
  return {
    object: 'file' as const,
    id: file.id,
    purpose: file.purpose,
    filename: file.filename,
    bytes: file.bytes.length,
    created_at: file.createdAt,
    expires_at: null,
    status: 'processed' as const,
    status_details: null,
  };
}

/** Uploaded files, kept in memory (a development server; uploads are capped by the caller). */
export class FileStore {
  readonly #files = new Map<string, StoredFile>();

  add(filename: string, purpose: string, bytes: Buffer): StoredFile {
    const file: StoredFile = { id: newId.file(), filename, purpose, bytes, createdAt: nowSeconds() };
    this.#files.set(file.id, file);
    return file;
  }

  get(id: string): StoredFile {
    const file = this.#files.get(id);
    if (!file) throw notFound(`No such File object: ${id}`, 'id');
    return file;
  }

  delete(id: string): void {
    this.get(id);
    this.#files.delete(id);
  }

  list(): StoredFile[] {
    return [...this.#files.values()];
  }
}

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
