'use client';
import { useCallback, useEffect, useState } from 'react';
import { useDownloads } from '../file/DownloadsProvider.js';
import { previewByteCaps, readsPrefix, type PreviewKind } from './preview-kind.js';
import { readPreviewBytes, type PreviewBytes } from './read-preview-bytes.js';

export type PreviewBytesState = { status: 'loading'; loaded: number; total: number | null } | PreviewBytes | { status: 'failed' };

/** The bytes of an open preview, read within its kind's cap; `retry` reads again after a failure. */
export function usePreviewBytes(url: string, kind: PreviewKind): PreviewBytesState & { retry: () => void } {
  const { fetch } = useDownloads();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<PreviewBytesState>({ status: 'loading', loaded: 0, total: null });

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading', loaded: 0, total: null });
    readPreviewBytes(url, {
      cap: previewByteCaps[kind],
      prefix: readsPrefix(kind),
      signal: controller.signal,
      ...(fetch ? { fetch } : {}),
      onProgress: (loaded, total) => setState({ status: 'loading', loaded, total }),
    }).then(
      (bytes) => setState(bytes),
      () => {
        if (!controller.signal.aborted) setState({ status: 'failed' });
      },
    );
    return () => controller.abort();
  }, [url, kind, fetch, attempt]);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  return { ...state, retry };
}
