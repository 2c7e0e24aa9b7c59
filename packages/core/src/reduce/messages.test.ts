import { describe, expect, it } from 'vitest';
import { foldEvents } from '../fold.js';
import { parseEvent } from '../parse-event.js';
import { reduce } from '../reduce.js';
import { lastTurn, messageOf, response, userMessage } from '../test-support/reducer-fixtures.js';
import { syntheticStream } from '../test-support/synthetic-stream.js';

describe('reduce: streaming', () => {
  const events = syntheticStream(response);

  it('finds a sandbox link as soon as its closing parenthesis streams in, before done', () => {
    const lastDelta = events.findLastIndex((event) => event.type === 'response.output_text.delta');
    const before = foldEvents(events.slice(0, lastDelta));
    expect(messageOf(before).links).toEqual([]);
    const after = foldEvents(events.slice(0, lastDelta + 1));
    const [link] = messageOf(after).links;
    expect(link).toMatchObject({ path: '/mnt/data/chart.png', title: '**Chart**', start: 10 });
    expect(messageOf(after).text.slice(link?.start, link?.end)).toBe(link?.markdown);
  });

  it('shares structure: a text delta leaves other items, files and earlier turns untouched', () => {
    const lastDelta = events.findLastIndex((event) => event.type === 'response.output_text.delta');
    const before = foldEvents([...syntheticStream({ ...response, responseId: 'resp_0' }), userMessage, ...events.slice(0, lastDelta)]);
    expect(before.turns).toHaveLength(2);
    const after = reduce(before, parseEvent(events[lastDelta]));
    expect(after.turns[0]).toBe(before.turns[0]);
    expect(after.files).toBe(before.files);
    expect(lastTurn(after).items[0]).toBe(lastTurn(before).items[0]);
    expect(lastTurn(after).items[1]).toBe(lastTurn(before).items[1]);
    expect(lastTurn(after).items[2]).not.toBe(lastTurn(before).items[2]);
  });
});

describe('reduce: message content events', () => {
  const location = { output_index: 0, item_id: 'msg_1', content_index: 0 };

  it('streams a refusal, then its final text', () => {
    const events = [
      { type: 'response.refusal.delta', sequence_number: 1, ...location, delta: 'I cannot' },
      { type: 'response.refusal.delta', sequence_number: 2, ...location, delta: ' run that.' },
    ];
    expect(messageOf(foldEvents(events)).refusal).toBe('I cannot run that.');
    expect(messageOf(foldEvents([...events, { type: 'response.refusal.done', sequence_number: 3, ...location, refusal: 'No.' }])).refusal).toBe('No.');
  });

  it('output_text.done replaces the streamed text of the first part and finds its links again', () => {
    const state = foldEvents([
      { type: 'response.output_text.delta', sequence_number: 1, ...location, delta: 'draft' },
      { type: 'response.output_text.done', sequence_number: 2, ...location, text: 'See [a](sandbox:/mnt/data/a.csv)' },
    ]);
    expect(messageOf(state)).toMatchObject({ text: 'See [a](sandbox:/mnt/data/a.csv)', links: [{ path: '/mnt/data/a.csv' }] });
  });

  it('an added container file citation records the file it names', () => {
    const text = 'See [a](sandbox:/mnt/data/a.csv)';
    const annotation = { type: 'container_file_citation', container_id: 'cntr_1', file_id: 'cfile_1', filename: 'a.csv', start_index: 4, end_index: text.length };
    const state = foldEvents([
      { type: 'response.output_text.done', sequence_number: 1, ...location, text },
      { type: 'response.output_text.annotation.added', sequence_number: 2, ...location, annotation_index: 0, annotation },
    ]);
    expect(messageOf(state).annotations).toMatchObject([{ type: 'container_file_citation', fileId: 'cfile_1', path: '/mnt/data/a.csv' }]);
    expect(state.files['/mnt/data/a.csv']).toMatchObject({ fileId: 'cfile_1', containerId: 'cntr_1' });
  });
});
