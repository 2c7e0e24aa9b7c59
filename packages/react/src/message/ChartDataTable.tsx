'use client';
import type { GeneratedFile } from '@execards/core';
import { Suspense, useId, useState } from 'react';
import { useLabels } from '../LabelsProvider.js';
import { LazyTableView } from '../table/lazy-table-view.js';

export interface ChartDataTableProps {
  /** The CSV behind the chart (core's `chartDataFile`), with its URL. */
  file: GeneratedFile & { url: string };
}

/** "Show data as a table" under a chart: the numbers for whoever cannot read them off the image. The table loads on first open. */
export function ChartDataTable({ file }: ChartDataTableProps) {
  const labels = useLabels();
  const [open, setOpen] = useState(false);
  const regionId = useId();
  return (
    <div data-slot="chart-data" data-state={open ? 'open' : 'closed'}>
      <button type="button" data-slot="chart-data-toggle" aria-expanded={open} aria-controls={regionId} onClick={() => setOpen((value) => !value)}>
        {open ? labels.hideDataTable : labels.showDataTable}
      </button>
      <div id={regionId} data-slot="chart-data-table" hidden={!open}>
        {open && (
          <Suspense fallback={<div data-slot="output-loading">{labels.generatingFile('')}</div>}>
            <LazyTableView src={file.url} fileName={file.filename} />
          </Suspense>
        )}
      </div>
    </div>
  );
}
