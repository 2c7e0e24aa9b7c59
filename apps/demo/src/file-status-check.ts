import type { Client, FileStatus } from '@execards/client';
import type { ConversationStore, FileAvailability, GeneratedFile } from '@execards/core';

type Settled = Exclude<FileAvailability, 'unknown' | 'checking' | 'rerunning'>;

function availabilityOf(status: FileStatus): { status: Settled; message: string | null } {
  switch (status.status) {
    case 'live':
      return { status: 'live', message: null };
    case 'archived':
      return { status: 'archived', message: null };
    case 'gone':
      return { status: 'gone', message: status.message ?? null };
    case 'invalid':
      // A link whose signature expired or broke cannot be downloaded: for the reader that is gone.
      return { status: 'gone', message: status.message ?? null };
  }
}

function checkable(file: GeneratedFile): file is GeneratedFile & { url: string } {
  return file.url !== null && !file.url.startsWith('data:') && file.availability !== 'gone' && file.availability !== 'rerunning';
}

/**
 * Asks the proxy, once, where every generated file of a restored conversation is now, and marks
 * each card live, archived or gone. A failed check puts the files back as they were (unknown).
 */
export async function checkFileStatus(store: ConversationStore, client: Pick<Client, 'fileStatus'>, signal?: AbortSignal): Promise<void> {
  const files = Object.values(store.getSnapshot().files).filter(checkable);
  if (files.length === 0) return;
  const before = new Map(files.map((file) => [file.path, file.availability]));
  for (const file of files) store.dispatch({ type: 'conversation.file_status', path: file.path, status: 'checking' });
  try {
    const statuses = await client.fileStatus(
      files.map((file) => file.url),
      signal ? { signal } : {},
    );
    statuses.forEach((status, index) => {
      const file = files[index];
      if (!file) return;
      const { status: availability, message } = availabilityOf(status);
      store.dispatch({ type: 'conversation.file_status', path: file.path, status: availability, message });
    });
  } catch (error) {
    for (const file of files) {
      if (store.getSnapshot().files[file.path]?.availability === 'checking') {
        store.dispatch({ type: 'conversation.file_status', path: file.path, status: before.get(file.path) ?? 'unknown' });
      }
    }
    if (!signal?.aborted) console.warn('The file status check failed.', error);
  }
}
