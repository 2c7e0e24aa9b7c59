'use client';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { createDownloadQueue, type DownloadQueue } from './download-queue.js';
import { saveBlob } from './fetch-with-progress.js';

export interface DownloadsContextValue {
  queue: DownloadQueue;
  /** Injected so tests and non-browser hosts can see what was saved. */
  save: (blob: Blob, filename: string) => void;
  fetch?: typeof fetch;
}

const fallbackQueue = { current: null as DownloadQueue | null };
function defaultContext(): DownloadsContextValue {
  fallbackQueue.current ??= createDownloadQueue(10);
  return { queue: fallbackQueue.current, save: saveBlob };
}

const DownloadsContext = createContext<DownloadsContextValue | null>(null);

export interface DownloadsProviderProps {
  /** Config `generatedFiles.maxConcurrentDownloads` (default 10). */
  maxConcurrentDownloads?: number;
  save?: (blob: Blob, filename: string) => void;
  fetch?: typeof fetch;
  children?: ReactNode;
}

/** Puts every file download below it through one queue honouring `maxConcurrentDownloads`. */
export function DownloadsProvider({ maxConcurrentDownloads = 10, save = saveBlob, fetch, children }: DownloadsProviderProps) {
  const queue = useMemo(() => createDownloadQueue(maxConcurrentDownloads), [maxConcurrentDownloads]);
  const value = useMemo(() => ({ queue, save, fetch }), [queue, save, fetch]);
  return <DownloadsContext.Provider value={value}>{children}</DownloadsContext.Provider>;
}

export function useDownloads(): DownloadsContextValue {
  return useContext(DownloadsContext) ?? defaultContext();
}
