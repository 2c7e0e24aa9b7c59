import type { ExecutionCard, GeneratedFile } from '@execards/core';
import type { ComponentType, JSX } from 'react';

export interface OutputViewProps {
  file: GeneratedFile;
  /** The file's download URL (always known when a view is rendered). */
  url: string;
  /** The title line from the message, when there was one. */
  title: string | null;
  /** The call that produced the file, when known. */
  call?: ExecutionCard | null;
  /** For a chart: its text alternative (from `describeChart`), when the code says what it shows. */
  description?: string | null;
}

/** Words what a chart shows from the call that drew it; the kit's default reads its code (core's `chartFacts`). */
export type DescribeChart = (call: ExecutionCard, file: GeneratedFile) => string | null;

/** Replaces the kit's view for one kind of output without forking it (assistant-ui style component map). */
export interface OutputComponents {
  Image?: ComponentType<OutputViewProps>;
  Table?: ComponentType<OutputViewProps>;
  Html?: ComponentType<OutputViewProps>;
  File?: ComponentType<OutputViewProps>;
}

/**
 * Markdown element overrides, passed through to react-markdown: a tag name maps to a component (given the
 * element's props and its syntax-tree `node`) or to another tag. Our own shape, so our types need none of react-markdown's.
 */
export type MarkdownComponents = {
  [Tag in keyof JSX.IntrinsicElements]?: ComponentType<JSX.IntrinsicElements[Tag] & { node?: unknown }> | keyof JSX.IntrinsicElements;
};
