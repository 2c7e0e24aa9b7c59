'use client';
import { Suspense, useState } from 'react';
import { FileCard } from '../file/FileCard.js';
import { LazyHtmlView } from '../html/lazy-html-view.js';
import { LazyMount } from '../lazy-mount/LazyMount.js';
import { previewKindOf } from '../preview/preview-kind.js';
import { PreviewableFileCard } from '../preview/PreviewableFileCard.js';
import { ImageView } from '../image/ImageView.js';
import { useLabels } from '../LabelsProvider.js';
import { LazyTableView } from '../table/lazy-table-view.js';
import type { TableSort } from '../table/row-order.js';
import type { OutputComponents, OutputViewProps } from './output-components.js';

function Loading() {
  const labels = useLabels();
  return <div data-slot="output-loading">{labels.generatingFile('')}</div>;
}

export function DefaultImageOutput({ file, url, title, description }: OutputViewProps) {
  return <ImageView src={url} alt={title ?? file.filename} description={description} filename={file.filename} />;
}

// Previews are parked while far out of view (LazyMount): a long conversation keeps only the nearby tables and iframes.
export function DefaultTableOutput({ file, url }: OutputViewProps) {
  // Held outside the parked part, so a table scrolled away and back keeps its sort and filter.
  const [sort, setSort] = useState<TableSort | null>(null);
  const [filter, setFilter] = useState('');
  return (
    <LazyMount>
      <Suspense fallback={<Loading />}>
        <LazyTableView src={url} fileName={file.filename} sort={sort} onSortChange={setSort} filter={filter} onFilterChange={setFilter} />
      </Suspense>
    </LazyMount>
  );
}

export function DefaultHtmlOutput({ file, url }: OutputViewProps) {
  return (
    <LazyMount>
      <Suspense fallback={<Loading />}>
        <LazyHtmlView src={url} fileName={file.filename} />
      </Suspense>
    </LazyMount>
  );
}

/** A download card; spreadsheets, PDFs, Word documents and text files also get a Preview that opens inside the card. */
export function DefaultFileOutput({ file, url }: OutputViewProps) {
  const previewKind = previewKindOf(file.filename);
  if (!previewKind) return <FileCard name={file.filename} size={file.bytes} url={url} kind={file.kind} />;
  return <PreviewableFileCard name={file.filename} size={file.bytes} url={url} kind={file.kind} previewKind={previewKind} />;
}

/** The view for a file by its kind (docs/architecture.md#output-cards): images inline, CSV as a table, HTML as a preview, documents and text as a file card with a preview, anything else as a file card. */
export function OutputView({ components, ...props }: OutputViewProps & { components: OutputComponents | undefined }) {
  switch (props.file.kind) {
    case 'image': {
      const View = components?.Image ?? DefaultImageOutput;
      return <View {...props} />;
    }
    case 'csv': {
      const View = components?.Table ?? DefaultTableOutput;
      return <View {...props} />;
    }
    case 'html': {
      const View = components?.Html ?? DefaultHtmlOutput;
      return <View {...props} />;
    }
    default: {
      const View = components?.File ?? DefaultFileOutput;
      return <View {...props} />;
    }
  }
}
