'use client';
import type { FileKind } from '@execards/core';
import { lazy, Suspense, useId, useState, type ComponentType } from 'react';
import { FileCard } from '../file/FileCard.js';
import { LazyMount } from '../lazy-mount/LazyMount.js';
import { useLabels } from '../LabelsProvider.js';
import type { PreviewKind } from './preview-kind.js';
import { PreviewLoading } from './PreviewLoading.js';
import type { PreviewProps } from './preview-props.js';

export interface PreviewableFileCardProps {
  name: string;
  size: number | null;
  url: string;
  kind: FileKind;
  previewKind: PreviewKind;
  /** Replaces the kit's view for this kind. */
  view?: ComponentType<PreviewProps>;
  /** Open from the start (stories, or a host that wants previews shown). */
  defaultOpen?: boolean;
}

// The reader, its states and the viewers' loader are a chunk of their own: only the button loads with a chat.
const LazyFilePreview = lazy(() => import('./FilePreview.js').then((module) => ({ default: module.FilePreview })));

/**
 * A file card with a Preview disclosure: nothing is fetched and no viewer code loads until it is opened; closing it
 * frees the preview. The download stays one click away in the card.
 */
export function PreviewableFileCard({ name, size, url, kind, previewKind, view, defaultOpen = false }: PreviewableFileCardProps) {
  const labels = useLabels();
  const [open, setOpen] = useState(defaultOpen);
  const regionId = useId();
  return (
    <div data-slot="previewable-file" data-state={open ? 'open' : 'closed'}>
      <FileCard
        name={name}
        size={size}
        url={url}
        kind={kind}
        actions={
          <button
            type="button"
            data-slot="preview-toggle"
            aria-expanded={open}
            aria-controls={open ? regionId : undefined}
            aria-label={labels.preview.openFile(name)}
            onClick={() => setOpen((value) => !value)}
          >
            {labels.preview.open}
          </button>
        }
      />
      {open && (
        <section data-slot="file-preview" data-preview-kind={previewKind} id={regionId} aria-label={labels.preview.region(name)}>
          <LazyMount>
            <Suspense fallback={<PreviewLoading />}>
              <LazyFilePreview url={url} fileName={name} kind={previewKind} {...(view ? { view } : {})} />
            </Suspense>
          </LazyMount>
        </section>
      )}
    </div>
  );
}
