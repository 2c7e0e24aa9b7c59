'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useDownloads } from './DownloadsProvider.js';
import { fetchWithProgress, type DownloadProgress } from './fetch-with-progress.js';

export type DownloadStatus = 'idle' | 'queued' | 'downloading' | 'done' | 'failed';

export interface DownloadState {
  status: DownloadStatus;
  progress: DownloadProgress | null;
}

/** One file's download through the shared queue: status, progress, and `start` (also the retry). */
export function useDownload(url: string | null, filename: string, expectedBytes?: number | null): DownloadState & { start: () => void } {
  const { queue, save, fetch } = useDownloads();
  const [state, setState] = useState<DownloadState>({ status: 'idle', progress: null });
  const controllerRef = useRef<AbortController | null>(null);
  useEffect(() => () => controllerRef.current?.abort(), []);

  const start = useCallback(() => {
    if (url === null) return;
    controllerRef.current?.abort();
    const controller = new AbortController();
    controllerRef.current = controller;
    setState({ status: 'queued', progress: null });
    queue
      .run(async (signal) => {
        setState({ status: 'downloading', progress: null });
        return fetchWithProgress(url, { signal, expectedBytes, fetch, onProgress: (progress) => setState({ status: 'downloading', progress }) });
      }, controller.signal)
      .then(
        (blob) => {
          save(blob, filename);
          setState((previous) => ({ status: 'done', progress: previous.progress }));
        },
        () => {
          if (!controller.signal.aborted) setState({ status: 'failed', progress: null });
        },
      );
  }, [url, filename, expectedBytes, queue, save, fetch]);

  return { ...state, start };
}
