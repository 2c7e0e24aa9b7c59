'use client';
import { useCallback, useEffect, useState } from 'react';
import { useDownloads } from '../file/DownloadsProvider.js';
import { previewByteCaps, readsPrefix, type PreviewKind } from './preview-kind.js';
import { readPreviewBytes, type PreviewBytes } from './read-preview-bytes.js';

export type PreviewBytesState = { status: 'loading'; loaded: number; total: number | null } | PreviewBytes | { status: 'failed' };

const starting: PreviewBytesState = { status: 'loading', loaded: 0, total: null };

/** The bytes of an open preview, read within its kind's cap; `retry` reads again after a failure. */
export function usePreviewBytes(url: string, kind: PreviewKind): PreviewBytesState & { retry: () => void } {
  const { fetch } = useDownloads();
  const [attempt, setAttempt] = useState(0);
  // Each result is tagged with the read it belongs to: a new URL or a retry shows "loading" without a reset in the effect.
  const read = `${attempt}\n${kind}\n${url}`;
  const [result, setResult] = useState<{ read: string; state: PreviewBytesState } | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    readPreviewBytes(url, {
      cap: previewByteCaps[kind],
      prefix: readsPrefix(kind),
      signal: controller.signal,
      ...(fetch ? { fetch } : {}),
      onProgress: (loaded, total) => setResult({ read, state: { status: 'loading', loaded, total } }),
    }).then(
      (bytes) => setResult({ read, state: bytes }),
      () => {
        if (!controller.signal.aborted) setResult({ read, state: { status: 'failed' } });
      },
    );
    return () => controller.abort();
  }, [read, url, kind, fetch]);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  return { ...(result?.read === read ? result.state : starting), retry };
}
