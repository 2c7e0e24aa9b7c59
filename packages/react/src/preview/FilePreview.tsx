'use client';
import { Suspense, useState, type ComponentType } from 'react';
import { useLabels } from '../LabelsProvider.js';
import { PreviewErrorBoundary } from './PreviewErrorBoundary.js';
import { PreviewLoading } from './PreviewLoading.js';
import { previewByteCaps, type PreviewKind } from './preview-kind.js';
import type { PreviewProps } from './preview-props.js';
import { previewViews } from './preview-views.js';
import { usePreviewBytes } from './use-preview-bytes.js';

export interface FilePreviewProps {
  url: string;
  fileName: string;
  kind: PreviewKind;
  /** Replaces the kit's view for this kind (it receives the bytes already read). */
  view?: ComponentType<PreviewProps>;
}

/** Reads a file within its kind's cap, then shows it in that kind's view (loaded on first use); failures stay inside. */
export function FilePreview({ url, fileName, kind, view }: FilePreviewProps) {
  const labels = useLabels();
  const bytes = usePreviewBytes(url, kind);
  // A new mount after a retry: a view that threw gets a fresh start.
  const [mountKey, setMountKey] = useState(0);
  const View = view ?? previewViews[kind];

  const failed = (
    <div data-slot="preview-error" role="alert">
      <span>{labels.preview.failed}</span>
      <button
        type="button"
        data-slot="preview-retry"
        onClick={() => {
          setMountKey((key) => key + 1);
          bytes.retry();
        }}
      >
        {labels.retry}
      </button>
    </div>
  );

  switch (bytes.status) {
    case 'loading': {
      const percent = bytes.total ? Math.min(100, Math.round((bytes.loaded / bytes.total) * 100)) : null;
      return <PreviewLoading progress percent={percent} />;
    }
    case 'failed':
      return failed;
    case 'too-large':
      return (
        <p data-slot="preview-too-large" role="status">
          {labels.preview.tooLarge(bytes.bytes === null ? null : labels.formatBytes(bytes.bytes), labels.formatBytes(previewByteCaps[kind]))}
        </p>
      );
    case 'ready':
      return (
        <PreviewErrorBoundary key={mountKey} fallback={failed}>
          <Suspense fallback={<PreviewLoading />}>
            <View data={bytes.data} fileName={fileName} truncated={bytes.truncated} />
          </Suspense>
        </PreviewErrorBoundary>
      );
  }
}
