'use client';
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { PreviewKind } from './preview-kind.js';
import type { PreviewProps } from './preview-props.js';

/** Each kind's view is its own chunk (spreadsheet reader, pdf.js, mammoth): loaded the first time a preview of that kind opens. */
export const previewViews: Readonly<Record<PreviewKind, LazyExoticComponent<ComponentType<PreviewProps>>>> = {
  xlsx: lazy(() => import('./xlsx/XlsxPreview.js').then((module) => ({ default: module.XlsxPreview }))),
  pdf: lazy(() => import('./pdf/PdfPreview.js').then((module) => ({ default: module.PdfPreview }))),
  docx: lazy(() => import('./docx/DocxPreview.js').then((module) => ({ default: module.DocxPreview }))),
  text: lazy(() => import('./text/TextPreview.js').then((module) => ({ default: module.TextPreview }))),
};
