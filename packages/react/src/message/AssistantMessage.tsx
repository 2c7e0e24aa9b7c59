'use client';
import { parseSandboxLinks, type GeneratedFile, type MessageItem, type SandboxLink, type Turn } from '@execards/core';
import { forwardRef, useMemo, useState, type ComponentPropsWithoutRef, type ComponentPropsWithRef } from 'react';
import type { Components } from 'react-markdown';
import type { HeadingLevel } from '../HeadingLevelProvider.js';
import { FileOutputCard } from './FileOutputCard.js';
import { defaultMarkdownComponents, MarkdownBlock } from './MarkdownBlock.js';
import { createMarkdownBlockCache } from './markdown-blocks.js';
import { FilesContext, RerunContext, useFiles, type RerunFile } from './message-context.js';
import { splitMessage } from './message-segments.js';
import type { DescribeChart, MarkdownComponents, OutputComponents } from './output-components.js';

export interface AssistantMessageProps extends Omit<ComponentPropsWithRef<'div'>, 'children'> {
  /** The message as the reducer normalized it; plain `{ text }` works too (links are then parsed here). */
  message: Pick<MessageItem, 'text'> & Partial<Pick<MessageItem, 'links' | 'status'>>;
  /** Generated files keyed by container path (`state.files`). */
  files?: Readonly<Record<string, GeneratedFile>>;
  /** The turn holding the message, so each output card can show the code that produced its file. */
  turn?: Turn | null;
  /** The response is over; defaults to the message being no longer in progress. A file unknown by then shows the failure message. */
  settled?: boolean;
  /** Replace the image, table, HTML or file view. */
  components?: OutputComponents;
  /** Extra react-markdown component overrides (e.g. `table` to plug a TableView in). */
  markdownComponents?: MarkdownComponents;
  /**
   * Offered on a gone file ("Re-run in a new sandbox"): replay `call`'s code in a fresh sandbox
   * (e.g. `client.rerun`), put the new file into state, resolve when done or reject with a reason.
   */
  onRerun?: RerunFile;
  /** Level of each output card's title heading, to fit the host page's outline; the nearest `HeadingLevelProvider`'s (3 without one) by default. */
  headingLevel?: HeadingLevel;
  /** Words what a chart shows (its image's text alternative); by default read from the producing call's code: title, axes, series. */
  describeChart?: DescribeChart;
}

/** A link inside a sentence to a generated file: a download link once its URL is known, plain text before. */
function InlineLink({ href, children, node: _node, ...props }: ComponentPropsWithoutRef<'a'> & { node?: unknown }) {
  const files = useFiles();
  if (href?.startsWith('sandbox:')) {
    const link = parseSandboxLinks(`[x](${href})`)[0];
    const file = link ? files[link.path] : undefined;
    if (!file?.url) return <span data-slot="file-link" data-state="pending">{children}</span>;
    return (
      <a data-slot="file-link" data-state="ready" href={file.url} download={file.filename} {...props}>
        {children}
      </a>
    );
  }
  if (!href) return <span data-slot="blocked-link">{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer nofollow" {...props}>
      {children}
    </a>
  );
}

const noFiles: Readonly<Record<string, GeneratedFile>> = {};

/** The assistant's markdown answer with every generated file shown as its output card (docs/architecture.md#output-cards). */
export const AssistantMessage = forwardRef<HTMLDivElement, AssistantMessageProps>(function AssistantMessage({ message, files = noFiles, turn = null, settled, components, markdownComponents, onRerun, headingLevel, describeChart, ...props }: AssistantMessageProps, ref) {
  const links: readonly SandboxLink[] = useMemo(() => message.links ?? parseSandboxLinks(message.text), [message.links, message.text]);
  const segments = useMemo(() => splitMessage(message.text, links), [message.text, links]);
  const markdownMap = useMemo<Components>(() => ({ ...defaultMarkdownComponents, a: InlineLink, ...(markdownComponents as Components | undefined) }), [markdownComponents]);
  const isSettled = settled ?? (message.status !== undefined && message.status !== 'in_progress');
  // Each delta re-splits only the growing end of the text, not the whole answer (bench/streaming-markdown).
  const [markdownBlocks] = useState(createMarkdownBlockCache);

  return (
    <FilesContext.Provider value={files}>
      <RerunContext.Provider value={onRerun}>
        <div data-slot="assistant-message" data-state={isSettled ? 'settled' : 'streaming'} ref={ref} {...props}>
          {segments.map((segment, segmentIndex) =>
            segment.kind === 'file' ? (
              <FileOutputCard key={`file-${segment.link.start}`} link={segment.link} title={segment.title} turn={turn} settled={isSettled} components={components} headingLevel={headingLevel} describeChart={describeChart} />
            ) : (
              markdownBlocks(segmentIndex, segment.text).map((block, blockIndex) => <MarkdownBlock key={`${segmentIndex}-${blockIndex}`} text={block} components={markdownMap} />)
            ),
          )}
        </div>
      </RerunContext.Provider>
    </FilesContext.Provider>
  );
});
AssistantMessage.displayName = 'AssistantMessage';
