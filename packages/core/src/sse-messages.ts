import { createParser, type EventSourceMessage } from 'eventsource-parser';

/** One SSE message: `data` joined across its lines, `event` and `id` when the server set them. */
export type SseMessage = EventSourceMessage;

/**
 * What `readSseMessages` needs of a `ReadableStream<string>` (an HTTP body piped through `TextDecoderStream`),
 * written out because core declares no DOM or Node types.
 */
export interface TextChunkStream {
  getReader(): { read(): Promise<{ done: boolean; value?: string | undefined }>; cancel(reason?: unknown): Promise<void> };
}

/**
 * The SSE messages of a text stream, in order. Comments and `retry:` lines are skipped and a message the stream
 * ends in the middle of is dropped, as the SSE standard has it. Stopping early cancels the stream (and with it the
 * HTTP body it reads).
 */
export async function* readSseMessages(text: TextChunkStream): AsyncGenerator<SseMessage, void, undefined> {
  const reader = text.getReader();
  const parsed: SseMessage[] = [];
  const parser = createParser({ onEvent: (message) => parsed.push(message) });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      parser.feed(value ?? '');
      for (const message of parsed.splice(0)) yield message;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
