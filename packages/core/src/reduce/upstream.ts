/**
 * Upstream events: each is applied to the turn of its response, once (by sequence number), by the
 * module that owns what it changes.
 */
import { recordCitedFiles } from '../generated-files.js';
import type { ContainerFileCitation, ConversationState, Diagnostic, Timestamp, Turn } from '../state.js';
import { applyCardEvent } from './execution-cards.js';
import { applyError, applyLifecycle, isLifecycleOrError, isLifecycleType } from './lifecycle.js';
import { applyMessageEvent } from './messages.js';
import type { TurnOutcome, UpstreamEvent } from './outcome.js';
import { applyOutputItem } from './output-items.js';
import { applyReasoningEvent } from './reasoning.js';
import { turnWithSequenceNumber } from './records.js';
import { emptyTurn, replaceTurn, withFiles } from './turns.js';

function applyToTurn(turn: Turn, event: UpstreamEvent, now: Timestamp | null): TurnOutcome {
  switch (event.type) {
    // The deltas first: they are nearly every event of a stream.
    case 'response.output_text.delta':
      return applyMessageEvent(turn, event);
    case 'response.code_interpreter_call_code.delta':
      return applyCardEvent(turn, event, now);
    case 'response.reasoning_summary_text.delta':
      return applyReasoningEvent(turn, event);
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
      return applyOutputItem(turn, event.item, event.type === 'response.output_item.done', now);
    case 'response.content_part.added':
      return { turn };
    case 'response.content_part.done':
    case 'response.output_text.done':
    case 'response.output_text.annotation.added':
    case 'response.refusal.delta':
    case 'response.refusal.done':
      return applyMessageEvent(turn, event);
    case 'response.code_interpreter_call.in_progress':
    case 'response.code_interpreter_call.interpreting':
    case 'response.code_interpreter_call.completed':
    case 'response.code_interpreter_call_code.done':
      return applyCardEvent(turn, event, now);
    case 'response.reasoning_summary_part.added':
    case 'response.reasoning_summary_text.done':
    case 'response.reasoning_summary_part.done':
      return applyReasoningEvent(turn, event);
  }
}

/** Whether the event belongs to the latest turn; otherwise it starts a new response (a new turn). */
function belongsToLastTurn(state: ConversationState, event: UpstreamEvent): boolean {
  const last = state.turns.at(-1);
  if (last === undefined) return false;
  const responseId = isLifecycleEvent(event) ? event.response.id : null;
  return responseId === null || last.response === null || last.response.id === '' || last.response.id === responseId;
}

function isLifecycleEvent(event: UpstreamEvent): event is Extract<UpstreamEvent, { response: unknown }> {
  return isLifecycleType(event.type);
}

function withNewTurn(state: ConversationState, event: UpstreamEvent): ConversationState {
  const id = isLifecycleEvent(event) ? event.response.id : `turn-${state.turns.length + 1}`;
  return { ...state, turns: [...state.turns, emptyTurn(id)] };
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

function withDiagnostic(state: ConversationState, diagnostic: Diagnostic): ConversationState {
  return { ...state, diagnostics: [...state.diagnostics, diagnostic] };
}

export function reduceUpstream(state: ConversationState, event: UpstreamEvent, now: Timestamp | null): ConversationState {
  const located = belongsToLastTurn(state, event) ? state : withNewTurn(state, event);
  const index = located.turns.length - 1;
  const turn = located.turns[index];
  if (!turn) return state;
  const sequenceNumber = event.sequence_number;
  // A replayed or duplicated event (same or older sequence number) changes nothing.
  if (sequenceNumber !== undefined && sequenceNumber <= turn.lastSequenceNumber) return state;
  const unsequenced = sequenceNumber === undefined && turn.arrivalOrdered !== true && !isLifecycleOrError(event.type);
  const advanced: Turn = sequenceNumber !== undefined ? turnWithSequenceNumber(turn, sequenceNumber) : unsequenced ? { ...turn, arrivalOrdered: true } : turn;
  const outcome = applyToTurn(advanced, event, now);
  let next = replaceTurn(located, index, outcome.turn);
  if (unsequenced) next = withDiagnostic(next, missingSequenceNumber(event));
  if (outcome.diagnostic) next = withDiagnostic(next, outcome.diagnostic);
  if (outcome.citationsOf) {
    const message = outcome.citationsOf;
    const citations = message.annotations.filter((annotation): annotation is ContainerFileCitation => annotation.type === 'container_file_citation');
    if (citations.length > 0) next = withFiles(next, recordCitedFiles(next.files, citations, message.links, outcome.turn.id));
  }
  return next;
}
