'use client';
import { ExecutionCard, type ExecutionCardProps } from '@execards/react';
import { useMemo } from 'react';
import { toExecutionCard, type ToolNameOptions } from './code-interpreter-part.js';

export interface CodeInterpreterPartProps extends Omit<ExecutionCardProps, 'card' | 'part'>, ToolNameOptions {
  /** A UI message part from `useChat` (`tool-code_interpreter`); any other part renders nothing. */
  part: unknown;
}

/** One code interpreter tool part as an execution card: code streams live, then logs, images or the error. */
export function CodeInterpreterPart({ part, toolName, ...props }: CodeInterpreterPartProps) {
  const card = useMemo(() => toExecutionCard(part, { toolName }), [part, toolName]);
  if (!card) return null;
  return <ExecutionCard card={card} data-tool-call-id={card.id} {...props} />;
}
