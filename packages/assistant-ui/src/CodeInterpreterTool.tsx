'use client';
import type { ToolCallMessagePartStatus } from '@assistant-ui/react';
import { ExecutionCard } from '@execards/react';
import { useMemo } from 'react';
import { toolCallToCard } from './tool-call-to-card.js';

/**
 * The fields of a code interpreter tool-call part that the card reads. assistant-ui passes these and more
 * (`ToolCallMessagePartProps`), so the component is a tool UI as it is. Declared here so that the docs describe
 * what the card does with each one.
 */
export interface CodeInterpreterToolProps {
  /** The call's id; the card carries it as `data-tool-call-id`. */
  toolCallId: string;
  /** `{ code, containerId }` once the model's arguments parse. Never trusted: anything else shows no code. */
  args: unknown;
  /** The arguments' raw JSON text while they stream; the code is read from it before `args` parses. */
  argsText: string;
  /** The provider's `{ outputs: [{ type: 'logs', logs } | { type: 'image', url }] }`, or the error text when `isError`. Never trusted. */
  result?: unknown;
  /** The call failed: the card shows `result` as the error. */
  isError?: boolean | undefined;
  /** Running, complete or incomplete; incomplete because the user cancelled shows as stopped, not failed. */
  status: ToolCallMessagePartStatus;
}

/** Renders one code interpreter call (code streaming live, then logs and images) as an execution card. */
export function CodeInterpreterTool({ toolCallId, args, argsText, result, isError, status }: CodeInterpreterToolProps) {
  const card = useMemo(() => toolCallToCard({ toolCallId, args, argsText, result, isError, status }), [toolCallId, args, argsText, result, isError, status]);
  return <ExecutionCard card={card} data-tool-call-id={toolCallId} />;
}
