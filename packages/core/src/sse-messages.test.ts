import { describe, expect, it } from 'vitest';
import { readSseMessages, type SseMessage } from './sse-messages.js';

function textStream(chunks: readonly string[]): { stream: ReadableStream<string>; cancelled: () => boolean } {
  let cancelled = false;
  let next = 0;
  const stream = new ReadableStream<string>({
    pull(controller) {
      const chunk = chunks[next++];
      if (chunk === undefined) controller.close();
      else controller.enqueue(chunk);
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, cancelled: () => cancelled };
}

async function collect(chunks: readonly string[]): Promise<SseMessage[]> {
  const messages: SseMessage[] = [];
  for await (const message of readSseMessages(textStream(chunks).stream)) messages.push(message);
  return messages;
}

describe('readSseMessages', () => {
  it('reads messages split anywhere across chunks, with their event names and multi-line data', async () => {
    const messages = await collect(['event: proxy.fi', 'le\ndata: {"a":', '1}\n\n: keep-alive\n\ndata: line one\r\ndata: line two\n', '\n']);
    expect(messages).toEqual([
      { event: 'proxy.file', data: '{"a":1}', id: undefined },
      { event: undefined, data: 'line one\nline two', id: undefined },
    ]);
  });

  it('drops a message the stream ends in the middle of', async () => {
    expect(await collect(['data: whole\n\n', 'data: cut'])).toEqual([{ event: undefined, data: 'whole', id: undefined }]);
  });

  it('cancels the stream when the reader stops early', async () => {
    const { stream, cancelled } = textStream(['data: 1\n\n', 'data: 2\n\n', 'data: 3\n\n']);
    for await (const message of readSseMessages(stream)) {
      expect(message.data).toBe('1');
      break;
    }
    expect(cancelled()).toBe(true);
  });
});
