import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../server.js';
import { parseSseText, startTestEmulator } from '../../../../tooling/test-stack/emulator.js';
import { loadRecordedResponses, loadRecordedStreams, recordingsDirectory, type RecordedEvent } from './recorded-streams.js';
import { withRecordings } from '../../../../tooling/fixtures/vitest.js';

/** Our stream for one request, read from the raw wire (event names and JSON as sent). */
async function emulatorStream(server: RunningEmulator, body: Record<string, unknown>): Promise<RecordedEvent[]> {
  const response = await fetch(`${server.url}/v1/responses`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ model: 'emulator', stream: true, ...body }) });
  expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
  const text = await response.text();
  expect(text).not.toContain('[DONE]');
  return parseSseText(text).map((frame) => {
    const event = JSON.parse(frame.data) as RecordedEvent;
    expect(frame.event).toBe(event.type);
    return event;
  });
}

/** Type sequence with runs of the same delta collapsed, so transitions compare shapes, not lengths. */
function transitions(events: RecordedEvent[]): Set<string> {
  const types = events.map((event) => event.type).filter((type, index, all) => !(type.endsWith('.delta') && all[index - 1] === type));
  return new Set(types.slice(1).map((type, index) => `${types[index]} → ${type}`));
}

function itemKey(event: RecordedEvent): string | undefined {
  const item = event.item as { type?: string } | undefined;
  return item?.type ? `${event.type}:${item.type}` : undefined;
}

function keysOf(value: unknown): string[] {
  return value && typeof value === 'object' ? Object.keys(value).sort() : [];
}

withRecordings(recordingsDirectory, () => {
  describe('emulator streams match the recorded upstream streams', { timeout: 20_000 }, () => {
    const recorded = loadRecordedStreams();
    const recordedEvents = recorded.flatMap((stream) => stream.events);
    let server: RunningEmulator;
    let ours: RecordedEvent[][];

    beforeAll(async () => {
      ({ server } = await startTestEmulator());
      const tools = [{ type: 'code_interpreter', container: { type: 'auto' } }];
      const include = ['code_interpreter_call.outputs'];
      const chart = await emulatorStream(server, { input: 'scenario: chart', tools, include });
      const previous_response_id = (chart[0]?.response as { id: string }).id;
      // The same conversation (one container, one Python process) keeps this suite fast.
      ours = [
        chart,
        await emulatorStream(server, { input: 'scenario: multi', tools, include, previous_response_id }),
        await emulatorStream(server, { input: '```python\nprint(1)\n```', tools, previous_response_id }),
        await emulatorStream(server, { input: 'hello', tools, previous_response_id }),
      ];
    }, 60_000);
    afterAll(() => server.close());

    it('loads all nine recorded streams', () => {
      expect(recorded.length).toBe(9);
      expect(recordedEvents.length).toBeGreaterThan(3000);
    });

    it('numbers events 0..n without gaps and ends at response.completed', () => {
      for (const stream of ours) {
        expect(stream.map((event) => event.sequence_number)).toEqual(stream.map((_, index) => index));
        expect(stream.at(-1)?.type).toBe('response.completed');
      }
    });

    it('emits only event types the upstream emits', () => {
      const known = new Set(recordedEvents.map((event) => event.type));
      const unknown = [...new Set(ours.flat().map((event) => event.type))].filter((type) => !known.has(type));
      expect(unknown).toEqual([]);
    });

    it('orders events the way the upstream does (every transition appears in a recording)', () => {
      const allowed = new Set(recorded.flatMap((stream) => [...transitions(stream.events)]));
      const novel = ours.flatMap((stream) => [...transitions(stream)]).filter((transition) => !allowed.has(transition));
      expect([...new Set(novel)]).toEqual([]);
    });

    it('gives each event type the same top-level fields as the upstream', () => {
      const recordedKeys = new Map<string, Set<string>>();
      for (const event of recordedEvents) recordedKeys.set(event.type, new Set([...(recordedKeys.get(event.type) ?? []), ...Object.keys(event)]));
      for (const event of ours.flat()) {
        const expected = [...(recordedKeys.get(event.type) ?? [])].sort();
        expect({ type: event.type, keys: keysOf(event) }).toEqual({ type: event.type, keys: expected });
      }
    });

    it('shapes items (code_interpreter_call, message, reasoning) like the upstream', () => {
      const recordedItemKeys = new Map<string, Set<string>>();
      for (const event of recordedEvents) {
        const key = itemKey(event);
        if (key) recordedItemKeys.set(key, new Set([...(recordedItemKeys.get(key) ?? []), ...keysOf(event.item)]));
      }
      for (const event of ours.flat()) {
        const key = itemKey(event);
        if (!key) continue;
        const expected = recordedItemKeys.get(key);
        expect(expected, key).toBeDefined();
        const missing = [...(expected ?? [])].filter((field) => !keysOf(event.item).includes(field) && !['encrypted_content', 'content', 'phase'].includes(field));
        const extra = keysOf(event.item).filter((field) => !expected?.has(field));
        expect({ key, missing, extra }).toEqual({ key, missing: [], extra: [] });
      }
    });

    it('starts a call with empty code and outputs [] (with include) or null (without), like the recordings', () => {
      const added = (stream: RecordedEvent[]) =>
        stream.filter((event) => event.type === 'response.output_item.added' && (event.item as { type: string }).type === 'code_interpreter_call').map((event) => event.item);
      expect(added(ours[0] ?? [])).toEqual([expect.objectContaining({ code: '', status: 'in_progress', outputs: [] })]);
      expect(added(ours[2] ?? [])).toEqual([expect.objectContaining({ code: '', status: 'in_progress', outputs: null })]);
    });

    it('sends images as PNG data URLs inside outputs, and annotations before output_text.done', () => {
      const chart = ours[0] ?? [];
      const done = chart.find((event) => event.type === 'response.output_item.done' && (event.item as { type: string }).type === 'code_interpreter_call');
      const outputs = (done?.item as { outputs: Array<{ type: string; url?: string }> }).outputs;
      expect(outputs.map((output) => output.type)).toEqual(['image', 'logs']);
      expect(outputs[0]?.url).toMatch(/^data:image\/png;base64,/);
      const types = chart.map((event) => event.type);
      expect(types.lastIndexOf('response.output_text.annotation.added')).toBe(types.indexOf('response.output_text.done') - 1);
    });

    it('carries the response fields every recorded response carries', () => {
      const commonKeys = recorded
        .map((stream) => new Set(keysOf(stream.events.at(-1)?.response)))
        .reduce((common, keys) => new Set([...common].filter((key) => keys.has(key))));
      for (const stream of ours) {
        const keys = keysOf(stream.at(-1)?.response);
        expect([...commonKeys].filter((key) => !keys.includes(key))).toEqual([]);
      }
    });

    it('shapes a non-streaming response like the recorded non-streaming responses', async () => {
      const recordedResponses = loadRecordedResponses();
      expect(recordedResponses.length).toBeGreaterThanOrEqual(10);
      const response = await fetch(`${server.url}/v1/responses`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'emulator', input: '```python\nopen("/mnt/data/a.txt", "w").write("a")\n```', tools: [{ type: 'code_interpreter', container: { type: 'auto' } }] }),
      });
      const ours = (await response.json()) as { output: Array<Record<string, unknown>> } & Record<string, unknown>;
      const commonKeys = recordedResponses.map(({ response: recorded }) => new Set(Object.keys(recorded))).reduce((common, keys) => new Set([...common].filter((key) => keys.has(key))));
      expect([...commonKeys].filter((key) => !(key in ours))).toEqual([]);
      const recordedItemKeys = new Map<string, Set<string>>();
      for (const { response: recorded } of recordedResponses) {
        for (const item of recorded.output) recordedItemKeys.set(String(item.type), new Set([...(recordedItemKeys.get(String(item.type)) ?? []), ...Object.keys(item)]));
      }
      for (const item of ours.output) {
        const extra = Object.keys(item).filter((key) => !recordedItemKeys.get(String(item.type))?.has(key));
        expect({ type: item.type, extra }).toEqual({ type: item.type, extra: [] });
      }
      expect(ours.output.map((item) => item.type)).toEqual(['reasoning', 'code_interpreter_call', 'message']);
    });
  });
});
