import { cardFromOutputs, createExecutionCard, type ErrorInfo, type ExecutionCard, type ExecutionOutput, type ExecutionStatus } from '@execards/core';
import { z } from 'zod';

/** The key the app gives `openai.tools.codeInterpreter()` in `tools`; the UI part type is `tool-<key>`. */
export const defaultToolName = 'code_interpreter';

/** What the converters need to know about where the code interpreter tool lives in `tools`. */
export interface ToolNameOptions {
  /** The key of `openai.tools.codeInterpreter()` in `streamText({ tools })`; default `code_interpreter`. */
  toolName?: string;
}

// Loose on purpose: an output type this package does not know is skipped, not an error.
const outputSchema = z.looseObject({ type: z.string(), logs: z.unknown().optional(), url: z.unknown().optional() });

// Every field optional: a part persisted by an older SDK or cut mid-stream still converts.
const partSchema = z.looseObject({
  type: z.string(),
  toolName: z.string().optional().catch(undefined),
  toolCallId: z.string().optional().catch(undefined),
  state: z.string().optional().catch(undefined),
  input: z.looseObject({ code: z.string().nullish(), containerId: z.string().nullish() }).nullish().catch(null),
  output: z.looseObject({ outputs: z.array(outputSchema).nullish().catch(null) }).nullish().catch(null),
  errorText: z.string().nullish().catch(null),
});

type ParsedPart = z.infer<typeof partSchema>;

/** True when `part` is the provider-executed code interpreter tool part (`tool-code_interpreter`, or a dynamic tool of that name). */
export function isCodeInterpreterPart(part: unknown, options: ToolNameOptions = {}): boolean {
  const toolName = options.toolName ?? defaultToolName;
  const parsed = partSchema.safeParse(part);
  if (!parsed.success) return false;
  return parsed.data.type === `tool-${toolName}` || (parsed.data.type === 'dynamic-tool' && parsed.data.toolName === toolName);
}

const statusByState: Readonly<Record<string, ExecutionStatus>> = {
  'input-streaming': 'in_progress',
  'input-available': 'interpreting',
  'approval-requested': 'interpreting',
  'approval-responded': 'interpreting',
  'output-available': 'completed',
  'output-error': 'failed',
  'output-denied': 'incomplete',
};

function knownOutputs(parsed: ParsedPart): ExecutionOutput[] | null {
  const outputs = parsed.output?.outputs;
  if (!outputs) return null;
  const known: ExecutionOutput[] = [];
  for (const output of outputs) {
    if (output.type === 'logs' && typeof output.logs === 'string') known.push({ type: 'logs', logs: output.logs });
    else if (output.type === 'image' && typeof output.url === 'string') known.push({ type: 'image', url: output.url });
  }
  return known;
}

function errorOf(parsed: ParsedPart, status: ExecutionStatus): ErrorInfo | null {
  if (status === 'failed') return { code: null, message: parsed.errorText ?? 'The code interpreter call failed.' };
  if (status === 'incomplete') return { code: 'denied', message: 'The code interpreter call was not run.' };
  return null;
}

/**
 * The execution card for one code interpreter UI part, in whatever state it is: the code streams
 * while `input-streaming`, the call is interpreting at `input-available`, logs and images arrive at
 * `output-available`, and `output-error` becomes a failed card with the error text. Returns null
 * for any other part; never throws on missing or unexpected fields.
 */
export function toExecutionCard(part: unknown, options: ToolNameOptions = {}): ExecutionCard | null {
  if (!isCodeInterpreterPart(part, options)) return null;
  const parsed = partSchema.parse(part);
  const status = statusByState[parsed.state ?? ''] ?? 'in_progress';
  const outputs = knownOutputs(parsed);
  return createExecutionCard({
    id: parsed.toolCallId ?? 'code_interpreter',
    status,
    code: parsed.input?.code ?? '',
    codeComplete: status !== 'in_progress',
    ...cardFromOutputs(outputs),
    containerId: parsed.input?.containerId ?? null,
    error: errorOf(parsed, status),
  });
}
