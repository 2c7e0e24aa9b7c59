import { isRecord, readSseMessages } from '@execards/core';

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
 * Parses an upstream SSE body into events: bytes → text → SSE messages (core's `readSseMessages`) → JSON objects
 * with a `type`. A message that is not such an object is reported to `onMalformed` and skipped, never fatal.
 */
export async function* readUpstreamEvents(body: ReadableStream<Uint8Array>, onMalformed: MalformedEventHandler): AsyncGenerator<UpstreamEvent> {
  for await (const message of readSseMessages(body.pipeThrough(new TextDecoderStream()))) {
    const event = upstreamEventOf(message.data, onMalformed);
    if (event) yield event;
  }
}

function upstreamEventOf(data: string, onMalformed: MalformedEventHandler): UpstreamEvent | null {
  if (data === '[DONE]') return null;
  let payload: unknown;
  try {
    payload = JSON.parse(data);
  } catch {
    onMalformed({ reason: 'data is not JSON', sample: data.slice(0, 200) });
    return null;
  }
  if (!isRecord(payload) || typeof payload['type'] !== 'string' || payload['type'] === '') {
    onMalformed({ reason: 'event has no type', sample: data.slice(0, 200) });
    return null;
  }
  // The type becomes the relayed `event:` line, so it must not be able to break the SSE framing.
  if (!eventTypePattern.test(payload['type'])) {
    onMalformed({ reason: 'event type has characters outside [A-Za-z0-9._-]', sample: data.slice(0, 200) });
    return null;
  }
  const sequence = payload['sequence_number'];
  return { type: payload['type'], sequenceNumber: typeof sequence === 'number' ? sequence : null, data, payload };
}
