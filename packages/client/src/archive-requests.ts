import { fileStatusAnswerSchema, rerunAnswerSchema, type FileStatusEntry, type RerunAnswer } from '@execards/core';
import { errorFromResponse, ProxyError } from './errors.js';

export type { FileStatusValue } from '@execards/core';
export type FileStatus = FileStatusEntry;
/** A re-run's answer: the fresh container, the files found (already archived, in `proxy.file` shape) and the names not found. */
export type RerunResult = RerunAnswer;
export type ArchivedFile = RerunResult['files'][number];

export interface RerunRequest {
  /** The conversation's latest token: the re-run gets the conversation's uploaded files. */
  token: string;
  model: string;
  /** The producing call's code, run as written. */
  code: string;
  /** Base names of the files to bring back (1 to 20). */
  filenames: readonly string[];
}

export interface ArchiveRequests {
  /** Asks the proxy where each signed download URL's file is now (any number of URLs; sent 200 at a time). */
  fileStatus(urls: readonly string[], options?: { signal?: AbortSignal }): Promise<FileStatus[]>;
  /** Replays code in a fresh container and archives the named files it writes. */
  rerun(request: RerunRequest, options?: { signal?: AbortSignal }): Promise<RerunResult>;
}

type Request = (path: string, init: RequestInit, signal: AbortSignal | undefined) => Promise<Response>;

const maxUrlsPerStatusRequest = 200;
const maxRerunFilenames = 20;

function invalidAnswer(what: string, status: number): ProxyError {
  return new ProxyError(`The server sent an unexpected ${what} answer.`, status, 'invalid_response');
}

/** The archive routes of the proxy (`POST /api/files/status`, `POST /api/files/rerun`), over the client's `request`. */
export function archiveRequests(request: Request): ArchiveRequests {
  async function postJson(path: string, body: unknown, signal: AbortSignal | undefined): Promise<{ status: number; body: unknown }> {
    const response = await request(path, { method: 'POST', headers: { accept: 'application/json', 'content-type': 'application/json' }, body: JSON.stringify(body) }, signal);
    const answer: unknown = await response.json().catch(() => null);
    if (!response.ok) throw errorFromResponse(response.status, answer);
    return { status: response.status, body: answer };
  }

  return {
    async fileStatus(urls, { signal } = {}) {
      const statuses: FileStatus[] = [];
      for (let start = 0; start < urls.length; start += maxUrlsPerStatusRequest) {
        const batch = urls.slice(start, start + maxUrlsPerStatusRequest);
        const answer = await postJson('/api/files/status', { urls: batch }, signal);
        const parsed = fileStatusAnswerSchema.safeParse(answer.body);
        if (!parsed.success || parsed.data.files.length !== batch.length || parsed.data.files.some((file, index) => file.url !== batch[index])) {
          throw invalidAnswer('file status', answer.status);
        }
        statuses.push(...parsed.data.files);
      }
      return statuses;
    },

    async rerun({ token, model, code, filenames }, { signal } = {}) {
      if (filenames.length < 1 || filenames.length > maxRerunFilenames || filenames.some((name) => name.length === 0 || name.includes('/'))) {
        throw new ProxyError(`A re-run brings back 1 to ${maxRerunFilenames} files, named without a folder.`, null, 'invalid_request');
      }
      const answer = await postJson('/api/files/rerun', { token, model, code, filenames }, signal);
      const parsed = rerunAnswerSchema.safeParse(answer.body);
      if (!parsed.success) throw invalidAnswer('re-run', answer.status);
      return parsed.data;
    },
  };
}
