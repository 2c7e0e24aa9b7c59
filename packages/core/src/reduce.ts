/**
 * The pure reducer: `reduce(state, action, context) -> state`. It never throws and never mutates;
 * unchanged parts keep their identity (structural sharing), and a delta costs O(1) amortized
 * however long the text or code already is.
 */
import type { ConversationAction, StoppedAction, UserMessageAction } from './actions.js';
import { mergeAnnotations, normalizeAnnotation, resolveCitationPaths } from './annotations.js';
import type { ResponseLifecycleType, StreamEvent, WireOutputItem, WireResponse } from './events.js';
import { cardFromOutputs, createExecutionCard } from './execution-card.js';
import { stoppedErrorCode, withLogOutcome } from './execution-outcome.js';
import { isSettledStatus } from './execution-status.js';
import { fileKind } from './file-kind.js';
import { reduceFileStatus } from './file-availability.js';
import { recordCitedFiles, recordProxyFile } from './generated-files.js';
import { parseSandboxLinks } from './sandbox-links.js';
import type {
  Annotation,
  ContainerFileCitation,
  ConversationState,
  Diagnostic,
  ErrorInfo,
  ExecutionCard,
  MessageItem,
  OutputItem,
  ReasoningItem,
  ResponseInfo,
  ResponseStatus,
  Timestamp,
  Turn,
} from './state.js';
import { appendStreamedText } from './streaming-links.js';

export interface ReduceContext {
  /** The current time from the injected clock; timestamps stay null without it. */
  readonly now?: Timestamp;
}

type UpstreamEvent = Exclude<StreamEvent, { type: `proxy.${string}` }>;

export function reduce(state: ConversationState, action: ConversationAction, context: ReduceContext = {}): ConversationState {
  const now = context.now ?? null;
  switch (action.type) {
    case 'execards.invalid':
      return { ...state, diagnostics: [...state.diagnostics, action.diagnostic] };
    case 'execards.unknown':
      return reduceUnknown(state, action.sequence_number);
    case 'conversation.user_message':
      return startTurn(state, action, now);
    case 'conversation.stopped':
      return stopTurn(state, action, now);
    case 'conversation.file_status':
      return reduceFileStatus(state, action);
    case 'proxy.conversation':
      return state.conversationToken === action.token ? state : { ...state, conversationToken: action.token };
    case 'proxy.file':
      return withFiles(state, recordProxyFile(state.files, action, state.turns.at(-1)?.id ?? null));
    case 'proxy.error':
      return {
        ...state,
        proxyErrors: [...state.proxyErrors, { code: action.code, message: action.message, retryable: action.retryable, turnId: state.turns.at(-1)?.id ?? null }],
      };
    case 'proxy.notice':
      return { ...state, notices: [...state.notices, { code: action.code, message: action.message, turnId: state.turns.at(-1)?.id ?? null }] };
    default:
      return reduceUpstream(state, action, now);
  }
}

// ---------------------------------------------------------------------------------------------
// Turns

function withFiles(state: ConversationState, files: ConversationState['files']): ConversationState {
  return files === state.files ? state : { ...state, files };
}

function emptyTurn(id: string): Turn {
  return { id, user: null, response: null, items: [], lastSequenceNumber: -1 };
}

function replaceTurn(state: ConversationState, index: number, turn: Turn): ConversationState {
  if (state.turns[index] === turn) return state;
  const turns = state.turns.slice();
  turns[index] = turn;
  return { ...state, turns };
}

function startTurn(state: ConversationState, action: UserMessageAction, now: Timestamp | null): ConversationState {
  const user = {
    id: action.id,
    text: action.text,
    attachments: (action.attachments ?? []).map((attachment) => ({
      name: attachment.name,
      kind: fileKind(attachment.name, attachment.mimeType),
      bytes: attachment.bytes ?? null,
      mimeType: attachment.mimeType ?? null,
      fileId: attachment.fileId ?? null,
    })),
    sentAt: now,
  };
  return { ...state, turns: [...state.turns, { ...emptyTurn(action.id), user }] };
}

function placeholderResponse(status: ResponseStatus, now: Timestamp | null): ResponseInfo {
  // Used when a stream fails or is stopped before `response.created` told us the response id.
  return { id: '', status, model: null, error: null, incompleteReason: null, usage: null, startedAt: now, completedAt: null };
}

function isResponseSettled(status: ResponseStatus): boolean {
  return status === 'completed' || status === 'failed' || status === 'incomplete' || status === 'cancelled';
}

function stopTurn(state: ConversationState, action: StoppedAction, now: Timestamp | null): ConversationState {
  const index = state.turns.length - 1;
  const turn = state.turns[index];
  if (!turn) return state;
  const response = turn.response ?? placeholderResponse('in_progress', now);
  if (isResponseSettled(response.status)) return state;
  const error: ErrorInfo = { code: stoppedErrorCode, message: action.reason ?? 'Stopped before the response finished.' };
  return replaceTurn(state, index, {
    ...turn,
    response: { ...response, status: 'cancelled', completedAt: now },
    items: settleItems(turn.items, 'incomplete', error, now),
  });
}

/** Marks every item still running as stopped (cards get the error; messages and reasoning become incomplete). */
function settleItems(items: readonly OutputItem[], cardStatus: 'failed' | 'incomplete', error: ErrorInfo | null, now: Timestamp | null): readonly OutputItem[] {
  let changed = false;
  const settled = items.map((item): OutputItem => {
    if (item.kind === 'execution') {
      if (isSettledStatus(item.status)) return item;
      changed = true;
      return { ...item, status: cardStatus, error: item.error ?? error, completedAt: now };
    }
    if (item.status !== 'in_progress') return item;
    changed = true;
    return { ...item, status: 'incomplete' };
  });
  return changed ? settled : items;
}

/** The turn an upstream event belongs to, creating one when the event starts a new response. */
function turnIndexFor(state: ConversationState, event: UpstreamEvent): { state: ConversationState; index: number } {
  const last = state.turns.at(-1);
  const responseId = 'response' in event ? event.response.id : null;
  const belongsToLast = last !== undefined && (responseId === null || last.response === null || last.response.id === '' || last.response.id === responseId);
  if (belongsToLast) return { state, index: state.turns.length - 1 };
  const id = responseId ?? `turn-${state.turns.length + 1}`;
  return { state: { ...state, turns: [...state.turns, emptyTurn(id)] }, index: state.turns.length };
}

function reduceUnknown(state: ConversationState, sequenceNumber: number | undefined): ConversationState {
  const index = state.turns.length - 1;
  const turn = state.turns[index];
  if (turn && sequenceNumber !== undefined) {
    if (sequenceNumber <= turn.lastSequenceNumber) return state;
    state = replaceTurn(state, index, { ...turn, lastSequenceNumber: sequenceNumber });
  }
  return { ...state, unknownEventCount: state.unknownEventCount + 1 };
}

function reduceUpstream(state: ConversationState, event: UpstreamEvent, now: Timestamp | null): ConversationState {
  const located = turnIndexFor(state, event);
  const index = located.index;
  const turn = located.state.turns[index];
  if (!turn) return state;
  const sequenceNumber = event.sequence_number;
  // A replayed or duplicated event (same or older sequence number) changes nothing.
  if (sequenceNumber !== undefined && sequenceNumber <= turn.lastSequenceNumber) return state;
  // Lifecycle and error events may lack a sequence number anyway (a non-streamed response folds as one `response.completed`).
  const unsequenced = sequenceNumber === undefined && turn.arrivalOrdered !== true && !isLifecycleOrError(event);
  const advanced: Turn = sequenceNumber !== undefined ? { ...turn, lastSequenceNumber: sequenceNumber } : unsequenced ? { ...turn, arrivalOrdered: true } : turn;
  const outcome = applyToTurn(advanced, event, now);
  let next = replaceTurn(located.state, index, outcome.turn);
  if (unsequenced) next = { ...next, diagnostics: [...next.diagnostics, missingSequenceNumber(event)] };
  if (outcome.diagnostic) next = { ...next, diagnostics: [...next.diagnostics, outcome.diagnostic] };
  if (outcome.citationsOf) {
    const message = outcome.citationsOf;
    const citations = message.annotations.filter((annotation): annotation is ContainerFileCitation => annotation.type === 'container_file_citation');
    if (citations.length > 0) next = withFiles(next, recordCitedFiles(next.files, citations, message.links, outcome.turn.id));
  }
  return next;
}

function isLifecycleOrError(event: UpstreamEvent): boolean {
  return event.type === 'error' || event.type in statusByEventType;
}

/** Said once per turn: the stream is still shown, but a resumed or duplicated event would apply twice. */
function missingSequenceNumber(event: UpstreamEvent): Diagnostic {
  return {
    code: 'missing_sequence_number',
    message: 'The stream\'s events carry no sequence_number: they are applied in arrival order, and a replayed event cannot be recognized as a duplicate.',
    eventType: event.type,
    sequenceNumber: null,
  };
}

interface TurnOutcome {
  readonly turn: Turn;
  readonly diagnostic?: Diagnostic;
  /** A message whose citations may name new generated files. */
  readonly citationsOf?: MessageItem;
}

function unexpected(turn: Turn, event: UpstreamEvent, message: string): TurnOutcome {
  return { turn, diagnostic: { code: 'unexpected_event', message, eventType: event.type, sequenceNumber: event.sequence_number ?? null } };
}

function applyToTurn(turn: Turn, event: UpstreamEvent, now: Timestamp | null): TurnOutcome {
  switch (event.type) {
    case 'response.created':
    case 'response.queued':
    case 'response.in_progress':
    case 'response.completed':
    case 'response.failed':
    case 'response.incomplete':
      return applyLifecycle(turn, event.type, event.response, now);
    case 'error':
      return applyError(turn, { code: event.code, message: event.message }, now);
    case 'response.output_item.added':
    case 'response.output_item.done':
      return applyItem(turn, event.item, event.type === 'response.output_item.done', now);
    case 'response.content_part.added':
      return { turn };
    case 'response.content_part.done':
      if (event.part.type !== 'output_text') return { turn };
      return updateMessage(turn, event, (message) => addAnnotations(message, event.part.type === 'output_text' ? event.part.annotations : []));
    case 'response.output_text.delta':
      return updateMessage(turn, event, (message) => appendStreamedText(message, event.delta));
    case 'response.output_text.done':
      return updateMessage(turn, event, (message) => finishText(message, event.content_index, event.text));
    case 'response.output_text.annotation.added':
      return updateMessage(turn, event, (message) => addAnnotations(message, [event.annotation]));
    case 'response.refusal.delta':
      return updateMessage(turn, event, (message) => ({ ...message, refusal: (message.refusal ?? '') + event.delta }));
    case 'response.refusal.done':
      return updateMessage(turn, event, (message) => ({ ...message, refusal: event.refusal }));
    case 'response.code_interpreter_call.in_progress':
      return updateCard(turn, event, now, (card) => withCardStatus(card, 'in_progress', now));
    case 'response.code_interpreter_call.interpreting':
      return updateCard(turn, event, now, (card) => ({ ...withCardStatus(card, 'interpreting', now), codeComplete: true }));
    case 'response.code_interpreter_call.completed':
      return updateCard(turn, event, now, (card) => ({ ...withCardStatus(card, 'completed', now), codeComplete: true }));
    case 'response.code_interpreter_call_code.delta':
      return updateCard(turn, event, now, (card) => ({ ...card, code: card.code + event.delta }));
    case 'response.code_interpreter_call_code.done':
      return updateCard(turn, event, now, (card) => ({ ...card, code: event.code, codeComplete: true }));
    case 'response.reasoning_summary_part.added':
      return updateReasoning(turn, event, (item) => setSummary(item, event.summary_index, (text) => text ?? ''));
    case 'response.reasoning_summary_text.delta':
      return updateReasoning(turn, event, (item) => setSummary(item, event.summary_index, (text) => (text ?? '') + event.delta));
    case 'response.reasoning_summary_text.done':
      return updateReasoning(turn, event, (item) => setSummary(item, event.summary_index, () => event.text));
    case 'response.reasoning_summary_part.done':
      return updateReasoning(turn, event, (item) => setSummary(item, event.summary_index, () => event.part.text));
  }
}

// ---------------------------------------------------------------------------------------------
// Response lifecycle

const statusByEventType: Record<ResponseLifecycleType, ResponseStatus> = {
  'response.created': 'in_progress',
  'response.queued': 'queued',
  'response.in_progress': 'in_progress',
  'response.completed': 'completed',
  'response.failed': 'failed',
  'response.incomplete': 'incomplete',
};

function applyLifecycle(turn: Turn, type: ResponseLifecycleType, wire: WireResponse, now: Timestamp | null): TurnOutcome {
  const previous = turn.response;
  const status = wire.status ?? statusByEventType[type];
  const settled = isResponseSettled(status);
  const usage = wire.usage
    ? {
        inputTokens: wire.usage.input_tokens,
        outputTokens: wire.usage.output_tokens,
        totalTokens: wire.usage.total_tokens,
        cachedInputTokens: wire.usage.input_tokens_details?.cached_tokens ?? null,
        reasoningTokens: wire.usage.output_tokens_details?.reasoning_tokens ?? null,
      }
    : (previous?.usage ?? null);
  const response: ResponseInfo = {
    id: wire.id,
    status,
    model: wire.model ?? previous?.model ?? null,
    error: wire.error ? { code: wire.error.code, message: wire.error.message } : (previous?.error ?? null),
    incompleteReason: wire.incomplete_details?.reason ?? previous?.incompleteReason ?? null,
    usage,
    startedAt: previous?.startedAt ?? now,
    completedAt: settled ? (previous?.completedAt ?? now) : null,
  };
  let next: Turn = { ...turn, id: turn.user || turn.response ? turn.id : wire.id, response };
  let citationsOf: MessageItem | undefined;
  // The final response repeats every output item: reconcile, so a cut or resumed stream still ends whole.
  if (settled && wire.output) {
    for (const item of wire.output) {
      const outcome = applyItem(next, item, true, now);
      next = outcome.turn;
      citationsOf = mergeCitationSources(citationsOf, outcome.citationsOf);
    }
  }
  if (status === 'failed' || status === 'incomplete' || status === 'cancelled') {
    const reason: ErrorInfo | null = response.error ?? (response.incompleteReason ? { code: response.incompleteReason, message: `Response incomplete: ${response.incompleteReason}` } : null);
    next = { ...next, items: settleItems(next.items, status === 'failed' ? 'failed' : 'incomplete', reason, now) };
  }
  return citationsOf ? { turn: next, citationsOf } : { turn: next };
}

/** Several messages may cite files in one reconciliation; their citations are recorded together. */
function mergeCitationSources(first: MessageItem | undefined, second: MessageItem | undefined): MessageItem | undefined {
  if (!first) return second;
  if (!second) return first;
  return { ...second, annotations: [...first.annotations, ...second.annotations], links: [...first.links, ...second.links] };
}

function applyError(turn: Turn, error: ErrorInfo, now: Timestamp | null): TurnOutcome {
  const response = turn.response ?? placeholderResponse('failed', now);
  return {
    turn: {
      ...turn,
      response: { ...response, status: 'failed', error, completedAt: response.completedAt ?? now },
      items: settleItems(turn.items, 'failed', error, now),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Items

interface ItemLocation {
  readonly output_index: number;
  readonly item_id: string;
}

function findItemIndex(items: readonly OutputItem[], outputIndex: number, itemId: string): number {
  if (items[outputIndex]?.id === itemId) return outputIndex;
  return items.findIndex((item) => item.id === itemId);
}

function replaceItem(turn: Turn, index: number, item: OutputItem): Turn {
  if (turn.items[index] === item) return turn;
  const items = turn.items.slice();
  items[index] = item;
  return { ...turn, items };
}

function emptyMessage(id: string): MessageItem {
  return { kind: 'message', id, status: 'in_progress', text: '', refusal: null, annotations: [], links: [], phase: null };
}

function emptyCard(id: string, now: Timestamp | null): ExecutionCard {
  return createExecutionCard({ id, startedAt: now });
}

function emptyReasoning(id: string): ReasoningItem {
  return { kind: 'reasoning', id, status: 'in_progress', summary: [] };
}

/**
 * Finds the item an event addresses, creating it when the stream joined late (resumed after its
 * `output_item.added`). An item of another kind under that id is a protocol error: diagnosed, not applied.
 */
function updateItem<Kind extends OutputItem['kind']>(
  turn: Turn,
  location: ItemLocation & { type: string; sequence_number?: number },
  kind: Kind,
  create: () => Extract<OutputItem, { kind: Kind }>,
  update: (item: Extract<OutputItem, { kind: Kind }>) => Extract<OutputItem, { kind: Kind }>,
): { turn: Turn; item: Extract<OutputItem, { kind: Kind }> } | TurnOutcome {
  const index = findItemIndex(turn.items, location.output_index, location.item_id);
  const existing = turn.items[index];
  if (existing && existing.kind !== kind) {
    return unexpected(turn, location as UpstreamEvent, `${location.type} names item ${location.item_id}, which is a ${existing.kind}, not a ${kind}`);
  }
  const current = (existing as Extract<OutputItem, { kind: Kind }> | undefined) ?? create();
  const item = update(current);
  const next = existing ? replaceItem(turn, index, item) : { ...turn, items: [...turn.items, item] };
  return { turn: next, item };
}

function updateMessage(
  turn: Turn,
  event: ItemLocation & { type: string; sequence_number?: number },
  update: (message: MessageItem) => MessageItem,
): TurnOutcome {
  const result = updateItem(turn, event, 'message', () => emptyMessage(event.item_id), update);
  if (!('item' in result)) return result;
  return result.item.annotations.some((annotation) => annotation.type === 'container_file_citation') && event.type !== 'response.output_text.delta'
    ? { turn: result.turn, citationsOf: result.item }
    : { turn: result.turn };
}

function updateCard(
  turn: Turn,
  event: ItemLocation & { type: string; sequence_number?: number },
  now: Timestamp | null,
  update: (card: ExecutionCard) => ExecutionCard,
): TurnOutcome {
  const result = updateItem(turn, event, 'execution', () => emptyCard(event.item_id, now), (card) => {
    const next = update(card);
    // Only a change of logs or status can change the outcome: code deltas stay O(1).
    return next.logs === card.logs && next.status === card.status ? next : withLogOutcome(next);
  });
  return 'item' in result ? { turn: result.turn } : result;
}

function updateReasoning(
  turn: Turn,
  event: ItemLocation & { type: string; sequence_number?: number },
  update: (item: ReasoningItem) => ReasoningItem,
): TurnOutcome {
  const result = updateItem(turn, event, 'reasoning', () => emptyReasoning(event.item_id), update);
  return 'item' in result ? { turn: result.turn } : result;
}

/** Final text of part `contentIndex`; the first part's final text replaces what the deltas built. */
function finishText(message: MessageItem, contentIndex: number, text: string): MessageItem {
  const finalText = contentIndex === 0 ? text : message.text;
  return withFinalText(message, finalText);
}

function withFinalText(message: MessageItem, text: string): MessageItem {
  const links = parseSandboxLinks(text);
  return { ...message, text, links, annotations: resolveCitationPaths(message.annotations, text, links) };
}

function addAnnotations(message: MessageItem, wire: readonly Parameters<typeof normalizeAnnotation>[0][]): MessageItem {
  const incoming: Annotation[] = [];
  for (const annotation of wire) {
    const normalized = normalizeAnnotation(annotation, message.text, message.links);
    if (normalized) incoming.push(normalized);
  }
  const annotations = mergeAnnotations(message.annotations, incoming);
  return annotations === message.annotations ? message : { ...message, annotations };
}

function withCardStatus(card: ExecutionCard, status: ExecutionCard['status'], now: Timestamp | null): ExecutionCard {
  // A settled call stays settled: a late status event cannot revive it.
  if (isSettledStatus(card.status) || card.status === status) return card;
  return { ...card, status, completedAt: isSettledStatus(status) ? now : null };
}

function setSummary(item: ReasoningItem, index: number, update: (text: string | undefined) => string): ReasoningItem {
  const current = item.summary[index];
  const text = update(current);
  if (text === current) return item;
  const summary = item.summary.slice();
  while (summary.length < index) summary.push('');
  summary[index] = text;
  return { ...item, summary };
}

/** `output_item.added` creates the item; `output_item.done` (and the final response) makes it final. */
function applyItem(turn: Turn, item: WireOutputItem, done: boolean, now: Timestamp | null): TurnOutcome {
  if (item.type === 'other') return { turn };
  const location = { type: done ? 'response.output_item.done' : 'response.output_item.added', output_index: turn.items.length, item_id: item.id };
  switch (item.type) {
    case 'message': {
      const outcome = updateMessage(turn, location, (message) => {
        const phase = item.phase ?? message.phase;
        if (!done) return { ...message, phase, status: item.status ?? message.status };
        let text = '';
        let refusal: string | null = message.refusal;
        const wireAnnotations = [];
        for (const part of item.content) {
          if (part.type === 'output_text') {
            text += part.text;
            wireAnnotations.push(...part.annotations);
          } else if (part.type === 'refusal') refusal = part.refusal;
        }
        const final = withFinalText({ ...message, phase, refusal, status: item.status ?? 'completed' }, item.content.length > 0 ? text : message.text);
        return addAnnotations(final, wireAnnotations);
      });
      return outcome;
    }
    case 'code_interpreter_call':
      return updateCard(turn, location, now, (card) => {
        const outputs = item.outputs ?? card.outputs;
        // The final item (`output_item.done`, the final response's output) is the service's last word on
        // the call and overrides what the status events said; an `added` item cannot revive a settled call.
        const status = done || !isSettledStatus(card.status) ? item.status : card.status;
        const settled = isSettledStatus(status);
        // A call the final item reports completed did finish, whatever stopped the stream around it.
        const error = done && status === 'completed' ? null : card.error;
        return {
          ...card,
          status,
          code: done ? (item.code ?? card.code) : card.code || (item.code ?? ''),
          codeComplete: card.codeComplete || done || settled,
          ...(outputs ? cardFromOutputs(outputs) : null),
          containerId: item.container_id ?? card.containerId,
          completedAt: settled ? (card.completedAt ?? now) : null,
          error,
        };
      });
    case 'reasoning':
      return updateReasoning(turn, location, (reasoning) => ({
        ...reasoning,
        status: item.status ?? (done ? 'completed' : reasoning.status),
        summary: item.summary.length > 0 ? item.summary.map((part) => part.text) : reasoning.summary,
      }));
  }
}

