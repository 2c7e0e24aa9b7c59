/**
 * A conversation as a Jupyter notebook (nbformat 4.5): the user's prompts and the assistant's
 * answers as markdown cells, each code-interpreter call as a code cell with its logs, images and
 * error as outputs. Pure: the caller serializes it (`JSON.stringify`) and saves it.
 */
import { base64ToBytes, bytesToBase64, decodeUtf8, percentDecodeToBytes } from './base64.js';
import { executionOutcome } from './execution-outcome.js';
import { parseSandboxLinks } from './sandbox-links.js';
import type { ConversationState, ExecutionCard, MessageItem, Turn, UserMessage } from './state.js';

export interface NotebookOptions {
  /** Stored as `metadata.title`. */
  readonly title?: string;
}

export interface NotebookMarkdownCell {
  readonly id: string;
  readonly cell_type: 'markdown';
  readonly metadata: Record<string, never>;
  readonly source: string;
}

export interface NotebookStreamOutput {
  readonly output_type: 'stream';
  readonly name: 'stdout';
  readonly text: string;
}

export interface NotebookDisplayDataOutput {
  readonly output_type: 'display_data';
  readonly data: Readonly<Record<string, string>>;
  readonly metadata: Record<string, never>;
}

export interface NotebookErrorOutput {
  readonly output_type: 'error';
  readonly ename: string;
  readonly evalue: string;
  readonly traceback: readonly string[];
}

export type NotebookOutput = NotebookStreamOutput | NotebookDisplayDataOutput | NotebookErrorOutput;

export interface NotebookCodeCell {
  readonly id: string;
  readonly cell_type: 'code';
  readonly metadata: Record<string, never>;
  readonly source: string;
  readonly execution_count: number | null;
  readonly outputs: readonly NotebookOutput[];
}

export type NotebookCell = NotebookMarkdownCell | NotebookCodeCell;

export interface Notebook {
  readonly nbformat: 4;
  readonly nbformat_minor: 5;
  readonly metadata: {
    readonly kernelspec: { readonly name: 'python3'; readonly display_name: string; readonly language: 'python' };
    readonly language_info: { readonly name: 'python' };
    readonly title?: string;
  };
  readonly cells: readonly NotebookCell[];
}


/** Cell ids: 1–64 characters of `[a-zA-Z0-9-_]`, unique in the notebook. */
function cellIdFactory(): (seed: string) => string {
  const used = new Set<string>();
  return (seed) => {
    const base = (seed.replace(/[^a-zA-Z0-9_-]/g, '-').slice(0, 56) || 'cell').replace(/^-+|-+$/g, '') || 'cell';
    let id = base;
    for (let suffix = 2; used.has(id); suffix += 1) id = `${base}-${suffix}`;
    used.add(id);
    return id;
  };
}

function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function userMarkdown(user: UserMessage): string {
  const lines = [user.text.trim().length > 0 ? user.text : '*(no text)*'];
  if (user.attachments.length > 0) lines.push('', `*Attached: ${user.attachments.map((attachment) => attachment.name).join(', ')}*`);
  return normalizeNewlines(lines.join('\n'));
}

/** `sandbox:/mnt/data/...` links become links to the plain file name (the file saved beside the notebook). */
export function rewriteSandboxLinks(markdown: string): string {
  const links = parseSandboxLinks(markdown);
  let result = '';
  let cursor = 0;
  for (const link of links) {
    result += markdown.slice(cursor, link.start);
    result += `${link.image ? '!' : ''}[${link.filename}](<${link.filename}>)`;
    cursor = link.end;
  }
  return result + markdown.slice(cursor);
}

/** A `data:` URL's MIME type and payload as a notebook stores it: base64 for binary images, text for SVG. */
function imageOutputData(url: string): Record<string, string> | null {
  const match = /^data:([^;,]+)((?:;[^;,]*)*),(.*)$/s.exec(url);
  if (!match) return null;
  const mimeType = (match[1] ?? '').toLowerCase();
  if (!mimeType.startsWith('image/')) return null;
  const isBase64 = (match[2] ?? '').split(';').includes('base64');
  const payload = match[3] ?? '';
  const bytes = isBase64 ? base64ToBytes(payload) : percentDecodeToBytes(payload);
  if (!bytes) return null;
  if (mimeType === 'image/svg+xml') {
    const svg = decodeUtf8(bytes);
    return svg === null ? null : { [mimeType]: svg };
  }
  return { [mimeType]: isBase64 ? payload.replace(/\s/g, '') : bytesToBase64(bytes) };
}

const unfinishedOutputs = {
  failed: { ename: 'Error', evalue: 'The run failed.' },
  stopped: { ename: 'Stopped', evalue: 'The run was stopped.' },
  incomplete: { ename: 'Incomplete', evalue: 'The run ended before it finished.' },
} as const;

function cardOutputs(card: ExecutionCard): NotebookOutput[] {
  const outputs: NotebookOutput[] = [];
  const outcome = executionOutcome(card);
  // A raised exception becomes an `error` output (as Jupyter writes it); what the code printed before it stays stdout.
  const exception = outcome.kind === 'raised' ? outcome.exception : null;
  const stdout = exception ? exception.output : normalizeNewlines(card.logs);
  if (stdout.length > 0) outputs.push({ output_type: 'stream', name: 'stdout', text: stdout });
  for (const image of card.images) {
    const data = imageOutputData(image.url);
    if (data) outputs.push({ output_type: 'display_data', data, metadata: {} });
  }
  if (exception) {
    outputs.push({ output_type: 'error', ename: exception.name, evalue: exception.message, traceback: exception.traceback.split('\n') });
  } else if (outcome.kind === 'failed' || outcome.kind === 'stopped' || outcome.kind === 'incomplete') {
    const fallback = unfinishedOutputs[outcome.kind];
    const ename = outcome.kind === 'stopped' ? fallback.ename : (card.error?.code ?? fallback.ename);
    const evalue = card.error?.message ?? fallback.evalue;
    outputs.push({ output_type: 'error', ename, evalue, traceback: [evalue] });
  }
  return outputs;
}

function turnCells(turn: Turn, nextId: (seed: string) => string, nextExecutionCount: () => number): NotebookCell[] {
  const cells: NotebookCell[] = [];
  if (turn.user) cells.push({ id: nextId(`user-${turn.user.id}`), cell_type: 'markdown', metadata: {}, source: userMarkdown(turn.user) });
  for (const item of turn.items) {
    if (item.kind === 'execution') {
      cells.push({ id: nextId(item.id), cell_type: 'code', metadata: {}, source: normalizeNewlines(item.code), execution_count: nextExecutionCount(), outputs: cardOutputs(item) });
    } else if (item.kind === 'message') {
      const source = messageMarkdown(item);
      if (source.trim().length > 0) cells.push({ id: nextId(item.id), cell_type: 'markdown', metadata: {}, source });
    }
  }
  return cells;
}

function messageMarkdown(message: MessageItem): string {
  return normalizeNewlines(rewriteSandboxLinks(message.text || message.refusal || ''));
}

/** The conversation as an nbformat 4.5 notebook object (validates against the official schema). */
export function conversationToNotebook(state: ConversationState, options: NotebookOptions = {}): Notebook {
  const nextId = cellIdFactory();
  let executionCount = 0;
  const cells = state.turns.flatMap((turn) => turnCells(turn, nextId, () => (executionCount += 1)));
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {
      kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' },
      language_info: { name: 'python' },
      ...(options.title ? { title: options.title } : {}),
    },
    cells,
  };
}
