'use client';
import { useEffect, useState } from 'react';
import type { SheetPreview, WorkbookFailure } from './read-workbook.js';
import { readWorkbookInWorker } from './read-workbook-in-worker.js';

export type WorkbookState = { status: 'reading' } | { status: 'read'; sheets: SheetPreview[] } | { status: 'failed'; failure: WorkbookFailure; detail: string };

const reading: WorkbookState = { status: 'reading' };
// An XLSX is a ZIP archive whose directory is at its end: its first bytes alone cannot be read.
const cutShort: WorkbookState = { status: 'failed', failure: 'too-large', detail: 'truncated' };

/** Reads the workbook off the main thread; a new `data` starts over and ends the previous read. */
export function useWorkbook(data: ArrayBuffer, truncated: boolean): WorkbookState {
  const [read, setRead] = useState<{ data: ArrayBuffer; state: WorkbookState } | null>(null);
  useEffect(() => {
    if (truncated) return;
    const reading = readWorkbookInWorker(data);
    void reading.result.then((result) => setRead({ data, state: result.ok ? { status: 'read', sheets: result.sheets } : { status: 'failed', failure: result.failure, detail: result.detail } }));
    return reading.cancel;
  }, [data, truncated]);
  if (truncated) return cutShort;
  return read !== null && read.data === data ? read.state : reading;
}
