'use client';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useClient } from './ClientProvider.js';
import type { Client } from './client.js';
import type { UploadLimits } from './upload-limits.js';
import { createUploadQueue, type UploadQueue, type UploadQueueState } from './upload-queue.js';

export interface UseUploadsOptions {
  limits: UploadLimits;
  /** The conversation's latest token (`state.conversationToken`). */
  token: string | null;
  /** Receives the newer token an upload returns (pass `useConversation().setToken`). */
  onToken(token: string): void;
  client?: Client;
}

export interface UseUploadsResult extends UploadQueueState {
  add: UploadQueue['add'];
  remove: UploadQueue['remove'];
  clear: UploadQueue['clear'];
  restore: UploadQueue['restore'];
  dismissRejected: UploadQueue['dismissRejected'];
  /** Server ids of the uploaded files, in order. */
  fileIds: string[];
  /** True while any file is still on its way. */
  uploading: boolean;
}

/** Files attached to the next message: checked against the limits, uploaded at once, with progress. */
export function useUploads(options: UseUploadsOptions): UseUploadsResult {
  const contextClient = useClient();
  const client = options.client ?? contextClient;
  // The queue reads these when a batch starts, so it always sees the latest token and callback.
  const latest = useRef({ token: options.token, onToken: options.onToken });
  useEffect(() => {
    latest.current = { token: options.token, onToken: options.onToken };
  });
  const [queue] = useState(() =>
    createUploadQueue({
      client: { uploadFiles: (files, uploadOptions) => client.uploadFiles(files, uploadOptions) },
      limits: options.limits,
      getToken: () => latest.current.token,
      onToken: (token) => {
        latest.current = { ...latest.current, token };
        latest.current.onToken(token);
      },
    }),
  );
  const state = useSyncExternalStore(queue.subscribe, queue.getSnapshot, queue.getSnapshot);
  return {
    ...state,
    add: queue.add,
    remove: queue.remove,
    clear: queue.clear,
    restore: queue.restore,
    dismissRejected: queue.dismissRejected,
    fileIds: state.items.flatMap((item) => (item.status === 'uploaded' && item.fileId ? [item.fileId] : [])),
    uploading: state.items.some((item) => item.status === 'uploading'),
  };
}
