'use client';
import { forwardRef, useMemo, type ComponentPropsWithoutRef, type ComponentPropsWithRef } from 'react';
import type { Components } from 'react-markdown';
import { defaultMarkdownComponents, MarkdownBlock } from './MarkdownBlock.js';
import { splitMarkdownBlocks } from './markdown-blocks.js';

export interface MarkdownTextProps extends Omit<ComponentPropsWithRef<'div'>, 'children'> {
  /** Markdown source, e.g. what the user typed. */
  text: string;
}

/** A link in plain markdown: another tab, no referrer; `sandbox:` and blanked (unsafe) URLs stay text. */
function SafeLink({ href, children, node: _node, ...props }: ComponentPropsWithoutRef<'a'> & { node?: unknown }) {
  if (!href || href.startsWith('sandbox:')) return <span data-slot="blocked-link">{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer nofollow" {...props}>
      {children}
    </a>
  );
}

const components: Components = { ...defaultMarkdownComponents, a: SafeLink };

/**
 * Markdown with the same safe renderer as answers (raw HTML is shown as text, never run; unsafe link schemes
 * are blanked; remote images become links), without answer-only parts such as generated-file cards.
 */
export const MarkdownText = forwardRef<HTMLDivElement, MarkdownTextProps>(function MarkdownText({ text, ...props }: MarkdownTextProps, ref) {
  const blocks = useMemo(() => splitMarkdownBlocks(text), [text]);
  return (
    <div data-slot="markdown-text" ref={ref} {...props}>
      {blocks.map((block, index) => (
        <MarkdownBlock key={index} text={block} components={components} />
      ))}
    </div>
  );
});
MarkdownText.displayName = 'MarkdownText';
