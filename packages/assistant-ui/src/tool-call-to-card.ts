import { cardFromOutputs, createExecutionCard, isRecord, stoppedErrorCode, type ExecutionCard, type ErrorInfo, type ExecutionOutput, type ExecutionStatus } from '@execards/core';

/** The status assistant-ui gives a tool-call part (a structural copy, so this module stays framework-free). */
export type ToolCallStatus =
  | { readonly type: 'running' }
  | { readonly type: 'complete' }
  | { readonly type: 'requires-action'; readonly reason?: string }
  | { readonly type: 'incomplete'; readonly reason?: string; readonly error?: unknown };

/** What a code interpreter tool-call part carries, every field possibly missing or malformed. */
export interface CodeInterpreterToolCall {
  readonly toolCallId?: string | undefined;
  /** `{ code, containerId }` as the AI SDK's OpenAI provider streams it. */
  readonly args?: unknown;
  readonly argsText?: string | undefined;
  /** `{ outputs: [{ type: 'logs', logs } | { type: 'image', url }] | null }`. */
  readonly result?: unknown;
  readonly isError?: boolean | undefined;
  readonly status?: ToolCallStatus | undefined;
}

function record(value: unknown): Record<string, unknown> | null {
  return isRecord(value) ? value : null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** Reads `"code":"…` out of streaming JSON args that do not parse yet (the provider streams code as a JSON string). */
function codeFromPartialJson(argsText: string): string {
  const start = argsText.indexOf('"code":"');
  if (start < 0) return '';
  let code = '';
  for (let index = start + 8; index < argsText.length; index += 1) {
    const character = argsText[index];
    if (character === '"') break;
    if (character !== '\\') {
      code += character;
      continue;
    }
    const escaped = argsText[index + 1];
    if (escaped === undefined) break;
    if (escaped === 'u') {
      const hex = argsText.slice(index + 2, index + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) break;
      code += String.fromCharCode(Number.parseInt(hex, 16));
      index += 5;
      continue;
    }
    code += ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[escaped] ?? escaped;
    index += 1;
  }
  return code;
}

function parsedArgs(call: CodeInterpreterToolCall): { code: string; containerId: string | null; complete: boolean } {
  const args = record(call.args);
  const argsText = call.argsText ?? '';
  let complete = false;
  if (argsText.length > 0) {
    try {
      complete = record(JSON.parse(argsText)) !== null;
    } catch {
      complete = false;
    }
  } else {
    complete = text(args?.code) !== null;
  }
  const code = text(args?.code) ?? codeFromPartialJson(argsText);
  return { code, containerId: text(args?.containerId) ?? text(args?.container_id), complete };
}

/** Outputs of the result, skipping any entry of an unknown shape. Null when the result carries none. */
export function toolResultOutputs(result: unknown): ExecutionOutput[] | null {
  const outputs = record(result)?.outputs;
  if (!Array.isArray(outputs)) return null;
  const known: ExecutionOutput[] = [];
  for (const output of outputs) {
    const entry = record(output);
    const logs = text(entry?.logs);
    const url = text(entry?.url);
    if (entry?.type === 'logs' && logs !== null) known.push({ type: 'logs', logs });
    else if (entry?.type === 'image' && url !== null) known.push({ type: 'image', url });
  }
  return known;
}

function errorMessage(call: CodeInterpreterToolCall): string | null {
  if (call.isError === true) {
    const result = call.result;
    if (typeof result === 'string' && result.length > 0) return result;
    return text(record(result)?.message) ?? 'The code could not be run.';
  }
  if (call.status?.type === 'incomplete' && call.status.reason === 'error') {
    const error = call.status.error;
    if (typeof error === 'string' && error.length > 0) return error;
    return text(record(error)?.message) ?? 'The code could not be run.';
  }
  return null;
}

function statusOf(call: CodeInterpreterToolCall, codeComplete: boolean, hasResult: boolean, failed: boolean): ExecutionStatus {
  if (failed) return 'failed';
  if (hasResult) return 'completed';
  if (call.status?.type === 'incomplete') return 'incomplete';
  if (call.status?.type === 'complete') return 'completed';
  return codeComplete ? 'interpreting' : 'in_progress';
}

function errorOf(call: CodeInterpreterToolCall, message: string | null): ErrorInfo | null {
  if (message !== null) return { code: null, message };
  // A run the user cancelled reads as stopped, not as cut short by the service.
  if (call.status?.type === 'incomplete' && call.status.reason === 'cancelled') return { code: stoppedErrorCode, message: 'Stopped before it finished.' };
  return null;
}

/**
 * Turns one code interpreter tool-call part (assistant-ui's `args`/`argsText`/`result`/`status`)
 * into the card the kit renders. Never throws: a missing or malformed field becomes an empty value.
 */
export function toolCallToCard(call: CodeInterpreterToolCall): ExecutionCard {
  const { code, containerId, complete } = parsedArgs(call);
  const outputs = call.isError === true ? null : toolResultOutputs(call.result);
  const hasResult = call.result !== undefined && call.result !== null;
  const message = errorMessage(call);
  const status = statusOf(call, complete, hasResult, message !== null);
  return createExecutionCard({
    id: call.toolCallId ?? '',
    status,
    code,
    codeComplete: complete || status === 'completed' || status === 'failed' || status === 'incomplete',
    ...cardFromOutputs(outputs),
    containerId,
    error: errorOf(call, message),
  });
}
