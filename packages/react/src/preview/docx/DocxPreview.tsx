'use client';
import { useEffect, useMemo, useRef, useState } from 'react';
import { fileExtension } from '@execards/core';
import { HtmlView } from '../../html/HtmlView.js';
import { useLabels } from '../../LabelsProvider.js';
import type { PreviewProps } from '../preview-props.js';
import { convertDocx, type DocxConversion } from './convert-docx.js';
import { docxFrameHtml, type DocumentColorScheme } from './docx-frame-html.js';

type ConversionState = { for: ArrayBuffer; scheme: DocumentColorScheme; result: DocxConversion };

/** The color scheme the kit shows around `element`: its data-theme (through `color-scheme`), else the system's. */
function resolvedColorScheme(element: Element | null): DocumentColorScheme {
  const declared = element ? getComputedStyle(element).colorScheme : '';
  const words = declared.split(/\s+/);
  if (words.includes('dark') && !words.includes('light')) return 'dark';
  if (words.includes('light') && !words.includes('dark')) return 'light';
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** "report.docx" → "report.html", the name of the converted page's download. */
function htmlFileName(fileName: string): string {
  const base = fileName.slice(fileName.lastIndexOf('/') + 1);
  return fileExtension(base) ? `${base.slice(0, base.lastIndexOf('.'))}.html` : `${base}.html`;
}

/**
 * A Word document converted to HTML (mammoth, loaded on first use) and shown in the kit's sandboxed frame: images
 * only from inside the document, links that cannot leave it, nothing fetched, cut to a bound with a note.
 */
export function DocxPreview({ data, fileName }: PreviewProps) {
  const labels = useLabels();
  const rootRef = useRef<HTMLDivElement>(null);
  const [conversion, setConversion] = useState<ConversionState | null>(null);
  const { docxImageNotShown } = labels;

  useEffect(() => {
    const controller = new AbortController();
    const scheme = resolvedColorScheme(rootRef.current);
    const settle = (result: DocxConversion) => {
      if (!controller.signal.aborted) setConversion({ for: data, scheme, result });
    };
    convertDocx(data, docxImageNotShown, controller.signal).then(settle, () => settle({ ok: false, reason: 'unreadable' }));
    return () => controller.abort();
  }, [data, docxImageNotShown]);

  const result = conversion?.for === data ? conversion.result : null;
  const frameHtml = useMemo(() => (conversion?.result.ok ? docxFrameHtml(conversion.result.html, conversion.scheme) : null), [conversion]);
  const frameLabels = useMemo(() => ({ frameTitle: labels.docxFrameTitle(fileName) }), [labels, fileName]);

  return (
    <div data-slot="docx-preview" data-state={result === null ? 'loading' : result.ok ? 'ready' : 'error'} ref={rootRef}>
      {result === null ? (
        <p role="status" data-slot="preview-message" data-kind="loading">
          {labels.docxConverting}
        </p>
      ) : !result.ok ? (
        <p role="alert" data-slot="preview-message" data-kind="error">
          {result.reason === 'too-large' ? labels.docxTooLarge : result.reason === 'too-slow' ? labels.docxTooSlow : labels.docxUnreadable}
        </p>
      ) : (
        <>
          {result.shortened || result.imagesNotShown > 0 ? (
            <div data-slot="preview-notes">
              {result.shortened ? <p data-slot="preview-note">{labels.docxShortened}</p> : null}
              {result.imagesNotShown > 0 ? <p data-slot="preview-note">{labels.docxImagesNotShown(result.imagesNotShown)}</p> : null}
            </div>
          ) : null}
          {frameHtml !== null ? <HtmlView html={frameHtml} fileName={htmlFileName(fileName)} labels={frameLabels} maxHeight={600} /> : null}
        </>
      )}
    </div>
  );
}
