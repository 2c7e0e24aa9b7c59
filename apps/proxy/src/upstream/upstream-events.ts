import { isRecord } from '@execards/core';
import { EventSourceParserStream } from 'eventsource-parser/stream';

/** One upstream stream event, kept as the exact JSON text it arrived as so the relay forwards it unchanged. */
export interface UpstreamEvent {
  type: string;
  sequenceNumber: number | null;
  /** The event's JSON, byte for byte as received. */
  data: string;
  payload: Record<string, unknown>;
}

export type MalformedEventHandler = (details: { reason: string; sample: string }) => void;

const eventTypePattern = /^[\w.-]{1,200}$/;

/**
 * Parses an upstream SSE body into events: bytes → text → SSE messages → JSON objects with a `type`.
 * A message that is not such an object is reported to `onMalformed` and skipped, never fatal.
 */
export async function* readUpstreamEvents(body: ReadableStream<Uint8Array>, onMalformed: MalformedEventHandler): AsyncGenerator<UpstreamEvent> {
  const messages = body.pipeThrough(new TextDecoderStream()).pipeThrough(new EventSourceParserStream());
  const reader = messages.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      if (value.data === '[DONE]') continue;
      let payload: unknown;
      try {
        payload = JSON.parse(value.data);
      } catch {
        onMalformed({ reason: 'data is not JSON', sample: value.data.slice(0, 200) });
        continue;
      }
      if (!isRecord(payload) || typeof payload['type'] !== 'string' || payload['type'] === '') {
        onMalformed({ reason: 'event has no type', sample: value.data.slice(0, 200) });
        continue;
      }
      // The type becomes the relayed `event:` line, so it must not be able to break the SSE framing.
      if (!eventTypePattern.test(payload['type'])) {
        onMalformed({ reason: 'event type has characters outside [A-Za-z0-9._-]', sample: value.data.slice(0, 200) });
        continue;
      }
      const sequence = payload['sequence_number'];
      yield { type: payload['type'], sequenceNumber: typeof sequence === 'number' ? sequence : null, data: value.data, payload };
    }
  } finally {
    reader.releaseLock();
    await messages.cancel().catch(() => undefined);
  }
}
