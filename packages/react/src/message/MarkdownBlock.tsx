'use client';
import { isSafeLinkUrl } from '@execards/core';
import { memo, type ComponentPropsWithoutRef } from 'react';
import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';

const remarkPlugins = [remarkGfm];

/** Keeps http(s), mailto and `sandbox:` links (react-markdown would blank `sandbox:`); every other scheme becomes empty. */
export function safeUrlTransform(url: string): string {
  if (url.startsWith('#') || url.startsWith('/') || url.startsWith('./') || url.startsWith('../')) return url;
  return isSafeLinkUrl(url) ? url : '';
}

function MarkdownTable(props: ComponentPropsWithoutRef<'table'>) {
  return (
    // A wide table scrolls inside its own region, reachable by keyboard.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div data-slot="markdown-table" tabIndex={0}>
      <table {...props} />
    </div>
  );
}

export interface MarkdownBlockProps {
  text: string;
  components: Components;
}

/** One top-level markdown block, memoized by its text: finished blocks never re-render while the answer streams. */
export const MarkdownBlock = memo(function MarkdownBlock({ text, components }: MarkdownBlockProps) {
  return (
    <Markdown remarkPlugins={remarkPlugins} urlTransform={safeUrlTransform} components={components}>
      {text}
    </Markdown>
  );
});

export const defaultMarkdownComponents: Components = { table: MarkdownTable };
