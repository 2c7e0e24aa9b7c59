'use client';
import { fileKind, type FileKind } from '@execards/core';
import { forwardRef, type ComponentPropsWithRef, type ReactNode } from 'react';
import { useLabels } from '../LabelsProvider.js';
import { LiveRegion } from '../LiveRegion.js';
import { FileIcon } from './FileIcon.js';
import { splitForMiddleEllipsis } from './middle-ellipsis.js';
import { useDownload } from './use-download.js';

export interface FileCardProps extends Omit<ComponentPropsWithRef<'div'>, 'children'> {
  name: string;
  /** Size in bytes, when known. */
  size?: number | null;
  /** Download URL; null while the file is not available yet. */
  url: string | null;
  /** Defaults to the kind implied by the name. */
  kind?: FileKind;
  /** More controls beside the download button (the kit puts a file's Preview toggle here). */
  actions?: ReactNode;
}

/** A generated file: type icon, name with middle ellipsis, size, type, and a queued download with progress and retry. */
export const FileCard = forwardRef<HTMLDivElement, FileCardProps>(function FileCard({ name, size = null, url, kind = fileKind(name), actions, ...props }: FileCardProps, ref) {
  const labels = useLabels();
  const download = useDownload(url, name, size);
  const [start, end] = splitForMiddleEllipsis(name);
  const total = download.progress?.total ?? null;
  const percent = total ? Math.min(100, Math.round(((download.progress?.loaded ?? 0) / total) * 100)) : null;
  const busy = download.status === 'queued' || download.status === 'downloading';
  const statusText =
    download.status === 'queued' ? labels.downloadQueued : download.status === 'downloading' ? labels.downloading(percent) : download.status === 'done' ? labels.downloaded : download.status === 'failed' ? labels.downloadFailureMessage : '';

  return (
    <div data-slot="file-card" data-kind={kind} data-state={download.status} ref={ref} {...props}>
      <FileIcon kind={kind} />
      <div data-slot="file-details">
        {/* dir="auto": a Latin file name in a right-to-left page keeps its two halves in order (and an Arabic one reads from the right). */}
        <span data-slot="file-name" title={name} dir="auto">
          <span data-slot="file-name-start">{start}</span>
          <span data-slot="file-name-end">{end}</span>
        </span>
        <span data-slot="file-meta">
          <span data-slot="file-type">{labels.fileKind[kind]}</span>
          {size !== null && (
            <span data-slot="file-size" dir="auto">
              {labels.formatBytes(size)}
            </span>
          )}
        </span>
        {busy && (
          <progress data-slot="download-progress" aria-label={labels.downloading(percent)} max={100} value={percent ?? undefined} />
        )}
        {download.status === 'failed' && (
          <span data-slot="download-error" role="alert">
            {labels.downloadFailureMessage}
          </span>
        )}
      </div>
      {actions}
      {/* While busy the button stays focusable (aria-disabled, clicks ignored): disabling it would drop focus to <body>. */}
      <button
        type="button"
        data-slot="download-button"
        aria-label={`${download.status === 'failed' ? labels.retry : labels.download} ${name}`}
        onClick={busy ? undefined : download.start}
        disabled={url === null}
        aria-disabled={busy || undefined}
      >
        {download.status === 'failed' ? labels.retry : labels.download}
      </button>
      <LiveRegion message={download.status === 'failed' ? '' : statusText} />
    </div>
  );
});
FileCard.displayName = 'FileCard';
