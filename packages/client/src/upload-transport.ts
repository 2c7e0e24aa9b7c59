'use client';
/** What an upload transport sends: one multipart body, with byte-level progress when the platform has it. */
export interface UploadRequest {
  url: string;
  body: FormData;
  signal?: AbortSignal;
  onUploadProgress?: (loaded: number, total: number) => void;
}

export interface UploadAnswer {
  status: number;
  /** The parsed JSON body, or null when it was not JSON. */
  body: unknown;
}

export type UploadTransport = (request: UploadRequest) => Promise<UploadAnswer>;

function abortError(): DOMException {
  return new DOMException('The upload was aborted.', 'AbortError');
}

/** Browsers: `XMLHttpRequest`, because `fetch` reports no upload progress. Rejects with a `TypeError` when offline. */
export const xhrUploadTransport: UploadTransport = ({ url, body, signal, onUploadProgress }) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.setRequestHeader('accept', 'application/json');
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onUploadProgress?.(event.loaded, event.total);
    });
    request.addEventListener('load', () => {
      let parsed: unknown = null;
      try {
        parsed = JSON.parse(request.responseText);
      } catch {
        parsed = null;
      }
      resolve({ status: request.status, body: parsed });
    });
    request.addEventListener('error', () => reject(new TypeError('network error')));
    request.addEventListener('abort', () => reject(abortError()));
    signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.send(body);
  });

/** Where `XMLHttpRequest` does not exist (Node, workers): `fetch`, reporting progress only at the end. */
export function fetchUploadTransport(fetchImplementation: typeof globalThis.fetch): UploadTransport {
  return async ({ url, body, signal, onUploadProgress }) => {
    const response = await fetchImplementation(url, { method: 'POST', body, headers: { accept: 'application/json' }, ...(signal ? { signal } : {}) });
    const parsed: unknown = await response.json().catch(() => null);
    if (response.ok) onUploadProgress?.(1, 1);
    return { status: response.status, body: parsed };
  };
}
