import { describe, expect, it } from 'vitest';
import { parseSandboxLinks } from './sandbox-links.js';
import type { MessageItem } from './state.js';
import { appendStreamedText, tailRebuilds } from './streaming-links.js';

function emptyMessage(id: string): MessageItem {
  return { kind: 'message', id, status: 'in_progress', text: '', refusal: null, annotations: [], links: [], phase: null };
}

describe('appendStreamedText', () => {
  it('never re-reads the whole text while one message streams, links or not', () => {
    let message = emptyMessage('msg_cost');
    const before = tailRebuilds.count;
    for (let index = 0; index < 2_000; index += 1) {
      const delta = index % 10 === 9 ? `**Chart ${index}**\n[*Generating…*](sandbox:/mnt/data/c${index}.png)\n` : ' word';
      message = appendStreamedText(message, delta);
    }
    // One rebuild at most: the first delta of a message nobody has seen (its text is still empty).
    expect(tailRebuilds.count - before).toBeLessThanOrEqual(1);
    expect(message.links).toHaveLength(200);
    expect(message.links).toEqual(parseSandboxLinks(message.text));
  });

  it('keeps the tail of two messages streaming in turn (two chats at once) without re-reading either text', () => {
    let first = emptyMessage('msg_first');
    let second = emptyMessage('msg_second');
    const before = tailRebuilds.count;
    for (let index = 0; index < 500; index += 1) {
      first = appendStreamedText(first, index % 50 === 49 ? '[a](sandbox:/mnt/data/a.csv)\n' : ' one');
      second = appendStreamedText(second, index % 50 === 49 ? '[b](sandbox:/mnt/data/b.csv)\n' : ' two');
    }
    // At most the first delta of each: both start empty.
    expect(tailRebuilds.count - before).toBeLessThanOrEqual(2);
    expect(first.links).toEqual(parseSandboxLinks(first.text));
    expect(second.links).toEqual(parseSandboxLinks(second.text));
  });

  it('rebuilds the tail from the text for a message it has not seen, with the same result', () => {
    const streamed = appendStreamedText(appendStreamedText(emptyMessage('msg_a'), '**Title**\n[x](sandbox:/mnt/data/'), 'a.png)');
    const restored = appendStreamedText({ ...emptyMessage('msg_a'), text: '**Title**\n[x](sandbox:/mnt/data/' }, 'a.png)');
    expect(restored).toEqual(streamed);
    expect(streamed.links.map((link) => [link.path, link.title])).toEqual([['/mnt/data/a.png', '**Title**']]);
  });

  it('keeps the line it scans bounded when a line grows without end', () => {
    let message = emptyMessage('msg_long');
    for (let index = 0; index < 5_000; index += 1) message = appendStreamedText(message, 'abcdefghij');
    message = appendStreamedText(message, ' [x](sandbox:/mnt/data/end.csv)');
    expect(message.links.map((link) => [link.path, link.start])).toEqual([['/mnt/data/end.csv', 50_001]]);
  });
});
