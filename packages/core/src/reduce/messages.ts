/**
 * Assistant messages: streamed text (with `sandbox:` links found as they complete), refusals,
 * annotations, and the final text of `output_text.done` or the final item.
 */
import { mergeAnnotations, normalizeAnnotation, resolveCitationPaths } from '../annotations.js';
import type { StreamEventOf, WireAnnotation, WireOutputItem } from '../events.js';
import { parseSandboxLinks } from '../sandbox-links.js';
import type { Annotation, MessageItem, Turn } from '../state.js';
import { appendStreamedText } from '../streaming-links.js';
import { updateItem, type ItemKind, type ItemLocation } from './items.js';
import type { TurnOutcome } from './outcome.js';

const messageKind: ItemKind<MessageItem> = {
  kind: 'message',
  create: (id) => ({ kind: 'message', id, status: 'in_progress', text: '', refusal: null, annotations: [], links: [], phase: null }),
};

function hasFileCitation(message: MessageItem): boolean {
  return message.annotations.some((annotation) => annotation.type === 'container_file_citation');
}

export function updateMessage(turn: Turn, location: ItemLocation, update: (message: MessageItem) => MessageItem): TurnOutcome {
  const result = updateItem(turn, location, messageKind, null, update);
  if (!result.applied) return result.outcome;
  // A text delta adds no annotation, so it cannot name a new file: only the other events are checked.
  return location.type !== 'response.output_text.delta' && hasFileCitation(result.item) ? { turn: result.turn, citationsOf: result.item } : { turn: result.turn };
}

function withFinalText(message: MessageItem, text: string): MessageItem {
  const links = parseSandboxLinks(text);
  return { ...message, text, links, annotations: resolveCitationPaths(message.annotations, text, links) };
}

function addAnnotations(message: MessageItem, wire: readonly WireAnnotation[]): MessageItem {
  const incoming: Annotation[] = [];
  for (const annotation of wire) {
    const normalized = normalizeAnnotation(annotation, message.text, message.links);
    if (normalized) incoming.push(normalized);
  }
  const annotations = mergeAnnotations(message.annotations, incoming);
  return annotations === message.annotations ? message : { ...message, annotations };
}

type MessageEvent = StreamEventOf<
  | 'response.content_part.done'
  | 'response.output_text.delta'
  | 'response.output_text.done'
  | 'response.output_text.annotation.added'
  | 'response.refusal.delta'
  | 'response.refusal.done'
>;

/** Applies an event addressed to a message's content. */
export function applyMessageEvent(turn: Turn, event: MessageEvent): TurnOutcome {
  switch (event.type) {
    case 'response.output_text.delta':
      return updateMessage(turn, event, (message) => appendStreamedText(message, event.delta));
    case 'response.content_part.done': {
      const part = event.part;
      if (part.type !== 'output_text') return { turn };
      return updateMessage(turn, event, (message) => addAnnotations(message, part.annotations));
    }
    case 'response.output_text.done':
      // The first part's final text replaces what the deltas built; a later part's adds nothing new.
      return updateMessage(turn, event, (message) => withFinalText(message, event.content_index === 0 ? event.text : message.text));
    case 'response.output_text.annotation.added':
      return updateMessage(turn, event, (message) => addAnnotations(message, [event.annotation]));
    case 'response.refusal.delta':
      return updateMessage(turn, event, (message) => ({ ...message, refusal: (message.refusal ?? '') + event.delta }));
    case 'response.refusal.done':
      return updateMessage(turn, event, (message) => ({ ...message, refusal: event.refusal }));
  }
}

/** `output_item.added` opens the message; `output_item.done` (and the final response) gives its final text and annotations. */
export function applyMessageItem(turn: Turn, location: ItemLocation, item: Extract<WireOutputItem, { type: 'message' }>, done: boolean): TurnOutcome {
  return updateMessage(turn, location, (message) => {
    const phase = item.phase ?? message.phase;
    if (!done) return { ...message, phase, status: item.status ?? message.status };
    let text = '';
    let refusal: string | null = message.refusal;
    const wireAnnotations: WireAnnotation[] = [];
    for (const part of item.content) {
      if (part.type === 'output_text') {
        text += part.text;
        wireAnnotations.push(...part.annotations);
      } else if (part.type === 'refusal') refusal = part.refusal;
    }
    const final = withFinalText({ ...message, phase, refusal, status: item.status ?? 'completed' }, item.content.length > 0 ? text : message.text);
    return addAnnotations(final, wireAnnotations);
  });
}
