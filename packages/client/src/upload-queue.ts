import type { Client, UploadedFile } from './client.js';
import { isAbortError, ProxyError } from './errors.js';
import { checkUploadLimits, type RejectedFile, type UploadLimits } from './upload-limits.js';

export type UploadStatus = 'uploading' | 'uploaded' | 'failed';

export interface UploadItem {
  /** Local id, stable while the item is listed. */
  readonly id: string;
  readonly name: string;
  readonly size: number;
  readonly mimeType: string;
  readonly status: UploadStatus;
  /** Bytes sent so far. */
  readonly loaded: number;
  /** The server's file id once uploaded. */
  readonly fileId: string | null;
  readonly error: string | null;
}

export interface UploadQueueState {
  readonly items: readonly UploadItem[];
  /**
   * Files refused by the last `add`, with a message for each; forgotten once the chips that add listed are all
   * removed (or no chip is left), since the message is about that attempt.
   */
  readonly rejected: readonly RejectedFile[];
}

export interface UploadQueue {
  getSnapshot(): UploadQueueState;
  subscribe(listener: () => void): () => void;
  /**
   * Checks the files against the limits, lists the accepted ones and uploads them (one batch at a time).
   * Resolves with the accepted items as they ended (uploaded, failed, or gone if removed meanwhile).
   */
  add(files: readonly File[]): Promise<UploadItem[]>;
  /** Removes an item, cancelling its upload if it is still running. */
  remove(id: string): void;
  /** Forgets every item (after a message was sent) and the last refusals. */
  clear(): void;
  /** Lists uploaded files again (a message that could not be sent gives its attachments back); others are ignored. */
  restore(items: readonly UploadItem[]): void;
  dismissRejected(): void;
}

export interface UploadQueueOptions {
  client: Pick<Client, 'uploadFiles'>;
  limits: UploadLimits;
  /** The conversation's latest token, read when a batch starts. */
  getToken(): string | null;
  /** Called with the token that now also covers the uploaded files. */
  onToken(token: string): void;
}

let nextId = 0;

export function createUploadQueue(options: UploadQueueOptions): UploadQueue {
  let state: UploadQueueState = { items: [], rejected: [] };
  // The items listed by the `add` that produced `state.rejected`.
  let rejectedWith: ReadonlySet<string> = new Set();
  const listeners = new Set<() => void>();
  const controllers = new Map<string, AbortController>();
  const batchFiles = new Map<AbortController, Map<string, File>>();
  // Batches run one after another so each starts from the token the previous one returned.
  let chain: Promise<void> = Promise.resolve();

  const set = (next: UploadQueueState) => {
    state = next;
    for (const listener of [...listeners]) listener();
  };
  const update = (ids: ReadonlySet<string>, change: (item: UploadItem) => UploadItem) =>
    set({ ...state, items: state.items.map((item) => (ids.has(item.id) ? change(item) : item)) });

  async function upload(batch: readonly { id: string; file: File }[], controller: AbortController): Promise<void> {
    const ids = new Set(batch.map((entry) => entry.id));
    const live = () => batch.filter((entry) => state.items.some((item) => item.id === entry.id));
    if (controller.signal.aborted || live().length === 0) return;
    try {
      const result = await options.client.uploadFiles(
        batch.map((entry) => entry.file),
        {
          token: options.getToken(),
          signal: controller.signal,
          onProgress: (progress) => {
            const loaded = new Map(progress.map((file) => [batch[file.index]?.id, file.loaded]));
            update(ids, (item) => ({ ...item, loaded: loaded.get(item.id) ?? item.loaded }));
          },
        },
      );
      options.onToken(result.token);
      const byIndex = new Map<string, UploadedFile>();
      batch.forEach((entry, index) => {
        const uploaded = result.files[index];
        if (uploaded) byIndex.set(entry.id, uploaded);
      });
      update(ids, (item) => {
        const uploaded = byIndex.get(item.id);
        return uploaded ? { ...item, status: 'uploaded', loaded: item.size, fileId: uploaded.id } : { ...item, status: 'failed', error: 'The server did not confirm this file.' };
      });
    } catch (error) {
      if (isAbortError(error) || controller.signal.aborted) return;
      const message = error instanceof ProxyError ? error.message : 'The upload failed. Please try again.';
      const named = error instanceof ProxyError ? error.filename : null;
      update(ids, (item) => ({ ...item, status: 'failed', error: named === null || named === item.name ? message : `Not uploaded because "${named}" was refused.` }));
    } finally {
      for (const id of ids) if (controllers.get(id) === controller) controllers.delete(id);
      batchFiles.delete(controller);
    }
  }

  return {
    getSnapshot: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    add(files) {
      const { accepted, rejected } = checkUploadLimits(files, state.items.length, options.limits);
      const batch = accepted.flatMap((index) => {
        const file = files[index];
        return file ? [{ id: `upload-${++nextId}`, file }] : [];
      });
      const items: UploadItem[] = batch.map(({ id, file }) => ({
        id,
        name: file.name,
        size: file.size,
        mimeType: file.type,
        status: 'uploading',
        loaded: 0,
        fileId: null,
        error: null,
      }));
      rejectedWith = new Set(items.map((item) => item.id));
      set({ items: [...state.items, ...items], rejected });
      if (batch.length === 0) return Promise.resolve([]);
      const controller = new AbortController();
      for (const { id } of batch) controllers.set(id, controller);
      batchFiles.set(controller, new Map(batch.map((entry) => [entry.id, entry.file])));
      chain = chain.then(() => upload(batch, controller));
      const ids = new Set(batch.map((entry) => entry.id));
      // A removal re-queues survivors behind the current chain, so wait until none of the batch is still uploading.
      const finished = async (): Promise<UploadItem[]> => {
        await chain;
        const mine = state.items.filter((item) => ids.has(item.id));
        return mine.some((item) => item.status === 'uploading') ? finished() : mine;
      };
      return finished();
    },
    remove(id) {
      // One request carries the whole batch: removing one file cancels the request, and the others are re-sent.
      const controller = controllers.get(id);
      const items = state.items.filter((item) => item.id !== id);
      const stale = items.length === 0 || (rejectedWith.size > 0 && !items.some((item) => rejectedWith.has(item.id)));
      set({ items, rejected: stale ? [] : state.rejected });
      if (!controller) return;
      controller.abort();
      const survivors = [...controllers].filter(([other, owner]) => owner === controller && other !== id).map(([other]) => other);
      controllers.delete(id);
      const files = batchFiles.get(controller);
      batchFiles.delete(controller);
      if (!files || survivors.length === 0) return;
      const next = new AbortController();
      const batch = survivors.flatMap((other) => {
        const file = files.get(other);
        return file ? [{ id: other, file }] : [];
      });
      for (const { id: other } of batch) controllers.set(other, next);
      batchFiles.set(next, new Map(batch.map((entry) => [entry.id, entry.file])));
      update(new Set(survivors), (item) => ({ ...item, loaded: 0 }));
      chain = chain.then(() => upload(batch, next));
    },
    clear() {
      for (const controller of new Set(controllers.values())) controller.abort();
      controllers.clear();
      batchFiles.clear();
      set({ items: [], rejected: [] });
    },
    restore(items) {
      const back = items.filter((item) => item.status === 'uploaded' && item.fileId !== null && !state.items.some((listed) => listed.id === item.id));
      if (back.length > 0) set({ ...state, items: [...back, ...state.items] });
    },
    dismissRejected() {
      if (state.rejected.length > 0) set({ ...state, rejected: [] });
    },
  };
}
