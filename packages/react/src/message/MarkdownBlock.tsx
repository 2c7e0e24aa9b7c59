'use client';
import { isSafeLinkUrl } from '@execards/core';
import { memo, Suspense, useMemo, type ComponentPropsWithoutRef } from 'react';
import Markdown, { type Components, type ExtraProps } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { LazyTableView } from '../table/lazy-table-view.js';

const remarkPlugins = [remarkGfm];

/** Keeps http(s), mailto and `sandbox:` links (react-markdown would blank `sandbox:`); every other scheme becomes empty. */
export function safeUrlTransform(url: string): string {
  // `//host/...` is another site (protocol-relative), not a path on this one.
  if (url.startsWith('#') || (url.startsWith('/') && !url.startsWith('//')) || url.startsWith('./') || url.startsWith('../')) return url;
  return isSafeLinkUrl(url) ? url : '';
}

/** The parts of a hast node a table needs (react-markdown hands components their hast node). */
export interface TableNode {
  type: string;
  tagName?: string;
  value?: string;
  children?: readonly TableNode[];
}

function nodeText(node: TableNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(nodeText).join('');
}

/** Header row first, then body rows, each cell as its plain text. */
export function tableRows(table: TableNode): string[][] {
  const rows: string[][] = [];
  const visit = (node: TableNode) => {
    if (node.tagName === 'tr') {
      rows.push((node.children ?? []).filter((cell) => cell.tagName === 'th' || cell.tagName === 'td').map((cell) => nodeText(cell).trim()));
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(table);
  return rows;
}

function NativeTable(props: ComponentPropsWithoutRef<'table'>) {
  return (
    // A wide table scrolls inside its own region, reachable by keyboard.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div data-slot="markdown-table" tabIndex={0}>
      <table {...props} />
    </div>
  );
}

/** GFM tables render as the kit's TableView (sort, filter, copy, download); the styled native table shows while it loads. */
function MarkdownTable({ node, ...props }: ComponentPropsWithoutRef<'table'> & ExtraProps) {
  // The hast node is new on every parse: key the rows by their content so the table keeps its state while text streams.
  const serialized = node ? JSON.stringify(tableRows(node)) : null;
  const rows = useMemo(() => (serialized ? (JSON.parse(serialized) as string[][]) : null), [serialized]);
  if (!rows || rows.length === 0) return <NativeTable {...props} />;
  return (
    <div data-slot="markdown-table-view">
      <Suspense fallback={<NativeTable {...props} />}>
        <LazyTableView rows={rows} fileName="table.csv" />
      </Suspense>
    </div>
  );
}

/** @internal */
export interface MarkdownBlockProps {
  text: string;
  components: Components;
}

/** One top-level markdown block, memoized by its text: finished blocks never re-render while the answer streams. @internal */
export const MarkdownBlock = memo(function MarkdownBlock({ text, components }: MarkdownBlockProps) {
  return (
    <Markdown remarkPlugins={remarkPlugins} urlTransform={safeUrlTransform} components={components}>
      {text}
    </Markdown>
  );
});

/** Images this page may load without asking: its own paths (data: and other schemes are already blanked by `safeUrlTransform`). */
function isOwnImageSource(src: string): boolean {
  return src.startsWith('/') && !src.startsWith('//');
}

/**
 * A markdown image from another host would load by itself and could carry the conversation in its URL
 * (model output is hostile): it becomes a link the user may choose to open, labelled with its alt text.
 */
function MarkdownImage({ node: _node, src, alt, ...props }: ComponentPropsWithoutRef<'img'> & ExtraProps) {
  const source = typeof src === 'string' ? src : '';
  if (isOwnImageSource(source)) return <img src={source} alt={alt ?? ''} {...props} />;
  const label = alt?.trim() ? alt : 'image';
  if (!isSafeLinkUrl(source) || source.startsWith('sandbox:')) return <span data-slot="blocked-image">{label}</span>;
  return (
    <a data-slot="external-image-link" href={source} target="_blank" rel="noopener noreferrer nofollow">
      {label}
    </a>
  );
}

/** A fenced code block in the answer; it scrolls sideways, so it must be reachable by keyboard (axe scrollable-region-focusable). */
function MarkdownCodeBlock({ node: _node, ...props }: ComponentPropsWithoutRef<'pre'> & ExtraProps) {
  // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
  return <pre data-slot="markdown-code" tabIndex={0} {...props} />;
}

/** @internal */
export const defaultMarkdownComponents: Components = { table: MarkdownTable, img: MarkdownImage, pre: MarkdownCodeBlock };
