/**
 * Finding and replacing the output item an event addresses, shared by messages, cards and reasoning.
 */
import type { OutputItem, Timestamp, Turn } from '../state.js';
import { turnWithItems } from './records.js';
import { unexpected, type EventIdentity, type TurnOutcome } from './outcome.js';

/** Where an event says its item is. */
export interface ItemLocation extends EventIdentity {
  readonly output_index: number;
  readonly item_id: string;
}

export type ItemOfKind<Kind extends OutputItem['kind']> = Extract<OutputItem, { kind: Kind }>;

/** An item update either applied (the new turn and item) or refused (the turn unchanged, with a diagnostic). */
export type ItemUpdate<Item extends OutputItem> =
  | { readonly applied: true; readonly turn: Turn; readonly item: Item }
  | { readonly applied: false; readonly outcome: TurnOutcome };

/** How to make and change an item of one kind. */
export interface ItemKind<Item extends OutputItem> {
  readonly kind: Item['kind'];
  /** A new item for an id, when the stream joined after its `output_item.added`. */
  readonly create: (id: string, now: Timestamp | null) => Item;
}

function isOfKind<Item extends OutputItem>(item: OutputItem, kind: Item['kind']): item is Item {
  return item.kind === kind;
}

function findItemIndex(items: readonly OutputItem[], outputIndex: number, itemId: string): number {
  if (items[outputIndex]?.id === itemId) return outputIndex;
  return items.findIndex((item) => item.id === itemId);
}

/**
 * Applies `update` to the item an event addresses, creating it when the stream joined late (resumed
 * after its `output_item.added`). An item of another kind under that id is a protocol error:
 * diagnosed, not applied.
 */
export function updateItem<Item extends OutputItem>(
  turn: Turn,
  location: ItemLocation,
  itemKind: ItemKind<Item>,
  now: Timestamp | null,
  update: (item: Item) => Item,
): ItemUpdate<Item> {
  const index = findItemIndex(turn.items, location.output_index, location.item_id);
  const existing = turn.items[index];
  if (existing === undefined) {
    const item = update(itemKind.create(location.item_id, now));
    return { applied: true, turn: turnWithItems(turn, [...turn.items, item]), item };
  }
  if (!isOfKind(existing, itemKind.kind)) {
    return { applied: false, outcome: unexpected(turn, location, `${location.type} names item ${location.item_id}, which is a ${existing.kind}, not a ${itemKind.kind}`) };
  }
  const item = update(existing);
  if (item === existing) return { applied: true, turn, item };
  const items = turn.items.slice();
  items[index] = item;
  return { applied: true, turn: turnWithItems(turn, items), item };
}
