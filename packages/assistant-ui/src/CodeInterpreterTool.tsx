'use client';
import type { ToolCallMessagePartComponent, ToolCallMessagePartProps } from '@assistant-ui/react';
import { ExecutionCard } from '@execards/react';
import { useMemo } from 'react';
import { toolCallToCard } from './tool-call-to-card.js';

/** Props of a code interpreter tool-call part, as assistant-ui passes them (`args`/`result` untyped: never trusted). */
export type CodeInterpreterToolProps = ToolCallMessagePartProps<unknown, unknown>;

/** Renders one code interpreter call (code streaming live, then logs and images) as an execution card. */
export const CodeInterpreterTool: ToolCallMessagePartComponent<unknown, unknown> = function CodeInterpreterTool({ toolCallId, args, argsText, result, isError, status }: CodeInterpreterToolProps) {
  const card = useMemo(() => toolCallToCard({ toolCallId, args, argsText, result, isError, status }), [toolCallId, args, argsText, result, isError, status]);
  return <ExecutionCard card={card} data-tool-call-id={toolCallId} />;
};
