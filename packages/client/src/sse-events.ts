import { isRecord, parseEvent, readSseMessages, type ParsedEvent } from '@execards/core';

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

/** Bytes of an SSE body → validated events: `TextDecoderStream` → core's `readSseMessages` → `parseEvent`. */
export async function* readEvents(body: ReadableStream<Uint8Array<ArrayBuffer>>): AsyncGenerator<ParsedEvent, void, undefined> {
  // Stopping early cancels the messages' stream, which ends the HTTP body too.
  for await (const message of readSseMessages(body.pipeThrough(new TextDecoderStream()))) yield eventFromMessage(message.event, message.data);
}
