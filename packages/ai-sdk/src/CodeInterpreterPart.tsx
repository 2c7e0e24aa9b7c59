'use client';
import { ExecutionCard, type ExecutionCardProps } from '@execards/react';
import { forwardRef, useMemo } from 'react';
import { toExecutionCard, type ToolNameOptions } from './tool-part-to-card.js';

export interface CodeInterpreterPartProps extends Omit<ExecutionCardProps, 'card' | 'part'>, ToolNameOptions {
  /** A UI message part from `useChat` (`tool-code_interpreter`); any other part renders nothing. */
  part: unknown;
}

/** One code interpreter tool part as an execution card: code streams live, then logs, images or the error. */
export const CodeInterpreterPart = forwardRef<HTMLDivElement, CodeInterpreterPartProps>(function CodeInterpreterPart({ part, toolName, ...props }: CodeInterpreterPartProps, ref) {
  const card = useMemo(() => toExecutionCard(part, { toolName }), [part, toolName]);
  if (!card) return null;
  return <ExecutionCard card={card} data-tool-call-id={card.id} ref={ref} {...props} />;
});
CodeInterpreterPart.displayName = 'CodeInterpreterPart';
