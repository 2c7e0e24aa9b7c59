import { isRecord, parseEvent, type ParsedEvent } from '@execards/core';
import { EventSourceParserStream } from 'eventsource-parser/stream';

/**
 * One SSE message as a validated event. The proxy's own frames carry their type only in the `event:` field
 * (`event: proxy.file` + a payload without `type`), so the field fills in a missing `type`.
 */
export function eventFromMessage(eventName: string | undefined, data: string): ParsedEvent {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return parseEvent(data);
  }
  if (isRecord(value) && typeof value['type'] !== 'string' && eventName) value = { ...value, type: eventName };
  return parseEvent(value);
}

/** Bytes of an SSE body → validated events: `TextDecoderStream` → `EventSourceParserStream` → `parseEvent`. */
export async function* readEvents(body: ReadableStream<Uint8Array<ArrayBuffer>>): AsyncGenerator<ParsedEvent, void, undefined> {
  const messages = body.pipeThrough(new TextDecoderStream()).pipeThrough(new EventSourceParserStream());
  const reader = messages.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield eventFromMessage(value.event, value.data);
    }
  } finally {
    // Ends the HTTP body too when the consumer stops early.
    await reader.cancel().catch(() => undefined);
  }
}
