/**
 * How a code-interpreter call ended, beyond its wire status: the service may report a call
 * `completed` although its Python code raised (the traceback is in the logs), and a call the user
 * stopped ends `incomplete` like one the service cut short.
 */
import type { ExecutionCard } from './state.js';

/** A Python exception found at the end of a call's logs. */
export interface PythonException {
  /** The exception class as printed, e.g. `FileNotFoundError` or `pandas.errors.ParserError`. */
  readonly name: string;
  /** What follows `Name: ` on the last line (empty for a bare `AssertionError`). */
  readonly message: string;
  /** The traceback text, from its header line to the exception line, escape codes removed. */
  readonly traceback: string;
  /** What the code printed before the traceback (escape codes removed, `\n` line ends). */
  readonly output: string;
}

/** The error code a call the user (or the client) stopped carries. */
export const stoppedErrorCode = 'stopped';

export type ExecutionOutcome =
  | { readonly kind: 'running' }
  | { readonly kind: 'completed' }
  /** The code raised: the logs end in this traceback. */
  | { readonly kind: 'raised'; readonly exception: PythonException }
  /** The service failed the call without a traceback to show. */
  | { readonly kind: 'failed' }
  /** Stopped by the user or the client before it finished. */
  | { readonly kind: 'stopped' }
  /** Cut short by the service (the response ended incomplete). */
  | { readonly kind: 'incomplete' };

// IPython prints `FileNotFoundError      Traceback (most recent call last)`; plain Python the colon form.
const tracebackHeader = /^.*Traceback \(most recent call last\):?[ \t]*$/gm;
// eslint-disable-next-line no-control-regex -- terminal colour codes are control characters by definition
const escapeCodes = /\u001b\[[0-9;]*[A-Za-z]/g;
const exceptionLine = /^((?:[A-Za-z_]\w*\.)*[A-Z]\w*)(?::[ \t]?(.*))?$/;
const bareExceptionName = /(?:Error|Exception|Interrupt|Exit|Iteration|Warning)$/;

/**
 * The exception the logs end with, when they end in a Python traceback: a `Traceback (most recent
 * call last)` header and, as the last non-empty line, `XError: message` (or a bare exception name).
 * Output printed after a traceback (a caught exception, printed) means the code went on: no exception.
 */
export function pythonException(logs: string): PythonException | null {
  if (!logs.includes('Traceback (most recent call last)')) return null;
  const text = logs.replace(escapeCodes, '').replace(/\r\n?/g, '\n');
  let start = -1;
  for (const match of text.matchAll(tracebackHeader)) start = match.index;
  if (start < 0) return null;
  const traceback = text.slice(start).trimEnd();
  const lastLine = traceback.slice(traceback.lastIndexOf('\n') + 1);
  if (lastLine === traceback) return null;
  const match = exceptionLine.exec(lastLine);
  if (!match) return null;
  const name = match[1] ?? '';
  const message = match[2];
  if (message === undefined && !bareExceptionName.test(name)) return null;
  // IPython's banner (a line of dashes) belongs to the traceback.
  const banner = /(?:^|\n)(-{20,}\n)$/.exec(text.slice(0, start));
  const from = banner ? start - (banner[1]?.length ?? 0) : start;
  return { name, message: message ?? '', traceback: text.slice(from).trimEnd(), output: text.slice(0, from) };
}

/**
 * The card with its status reconciled with its logs: a settled call whose logs end in a traceback
 * failed, whatever the service reported, and carries the exception as its error.
 */
export function withLogOutcome(card: ExecutionCard): ExecutionCard {
  if (card.status !== 'completed' && card.status !== 'failed') return card;
  if (card.status === 'failed' && card.error !== null) return card;
  const exception = pythonException(card.logs);
  if (!exception) return card;
  const error = card.error ?? { code: exception.name, message: exception.message ? `${exception.name}: ${exception.message}` : exception.name };
  return { ...card, status: 'failed', error };
}

/** How the call ended (or that it is still running), for status text and exports. */
export function executionOutcome(card: ExecutionCard): ExecutionOutcome {
  switch (card.status) {
    case 'in_progress':
    case 'interpreting':
      return { kind: 'running' };
    case 'completed':
    case 'failed': {
      if (card.error?.code === stoppedErrorCode) return { kind: 'stopped' };
      const exception = pythonException(card.logs);
      if (exception) return { kind: 'raised', exception };
      return card.status === 'completed' && card.error === null ? { kind: 'completed' } : { kind: 'failed' };
    }
    case 'incomplete':
      return card.error?.code === stoppedErrorCode ? { kind: 'stopped' } : { kind: 'incomplete' };
  }
}
