import { createConversationStore, type ParsedEvent } from '@execards/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from './client.js';
import { ProxyError } from './errors.js';
import { recordingsDirectory, startTurnServer, type TurnServer } from './test-support/turn-server.js';
import { withRecordings } from '../../../tooling/fixtures/vitest.js';

let server: TurnServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function collect(events: AsyncIterable<ParsedEvent>): Promise<ParsedEvent[]> {
  const collected: ParsedEvent[] = [];
  for await (const event of events) collected.push(event);
  return collected;
}

function sequenceNumbers(events: readonly ParsedEvent[]): number[] {
  return events.flatMap((event) => ('sequence_number' in event && typeof event.sequence_number === 'number' ? [event.sequence_number] : []));
}

function fold(events: readonly ParsedEvent[]) {
  const store = createConversationStore({ clock: () => 0 });
  store.dispatch({ type: 'conversation.user_message', id: 'user-1', text: 'chart please' });
  for (const event of events) store.dispatch(event);
  return store.getSnapshot();
}

const request = { text: 'chart please', model: 'gpt-5', token: 'token-before-turn' };
const quickResume = { maxResumes: 3, resumeDelayMs: () => 1 };

withRecordings(recordingsDirectory, () => {
  describe('send', () => {
    it('yields every recorded event validated, then the new conversation token', async () => {
      server = await startTurnServer();
      const events = await collect(createClient({ baseUrl: server.url }).send(request));
      expect(sequenceNumbers(events)).toEqual(server.events.map((_, index) => index));
      expect(events.filter((event) => event.type === 'execards.invalid')).toEqual([]);
      expect(events.at(-1)).toEqual({ type: 'proxy.conversation', token: 'token-after-turn' });
      expect(JSON.parse(server.requests[0]?.body ?? '')).toEqual({ text: 'chart please', model: 'gpt-5', fileIds: [], token: 'token-before-turn' });
      expect(fold(events).turns[0]?.response?.status).toBe('completed');
    });

    it('resumes after two dropped connections without losing or repeating an event', async () => {
      // The second connection starts 5 events early (20…59): the overlap must be dropped, the cut resumed at 59.
      server = await startTurnServer({ dropAfter: [25, 40, null], resumeOverlap: 5 });
      const client = createClient({ baseUrl: server.url, ...quickResume });
      const events = await collect(client.send(request));
      expect(sequenceNumbers(events)).toEqual(server.events.map((_, index) => index));
      const resumes = server.requests.filter((entry) => entry.method === 'GET');
      expect(resumes.map((entry) => entry.url)).toEqual([
        expect.stringMatching(/^\/api\/responses\/resp_[^/]+\/events\?starting_after=24$/),
        expect.stringMatching(/\?starting_after=59$/),
      ]);
      expect(resumes.map((entry) => entry.token)).toEqual(['token-before-turn', 'token-before-turn']);

      await server.close();
      server = await startTurnServer();
      const uninterrupted = await collect(createClient({ baseUrl: server.url }).send(request));
      expect(fold(events)).toEqual(fold(uninterrupted));
    });

    it('resumes a connection that went silent without closing, once nothing arrived for the idle timeout', async () => {
      server = await startTurnServer({ stallAfter: [30, null] });
      const client = createClient({ baseUrl: server.url, ...quickResume, idleTimeoutMs: 300 });
      const events = await collect(client.send(request));
      expect(sequenceNumbers(events)).toEqual(server.events.map((_, index) => index));
      expect(server.requests.filter((entry) => entry.method === 'GET').map((entry) => entry.url)).toEqual([expect.stringMatching(/\?starting_after=29$/)]);
      await server.clientClosed;
    });

    it('gives up with a readable error when the connection drops before the answer started', async () => {
      server = await startTurnServer({ dropAfter: [0] });
      const error = await collect(createClient({ baseUrl: server.url, ...quickResume }).send(request)).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ProxyError);
      expect(error).toMatchObject({ code: 'stream_interrupted', retryable: true, message: 'The connection was lost before the answer started. Please try again.' });
    });

    it('gives up after the configured number of resumes that make no progress', async () => {
      server = await startTurnServer({ dropAfter: [10, 0, 0, 0, 0] });
      const error = await collect(createClient({ baseUrl: server.url, maxResumes: 2, resumeDelayMs: () => 1 }).send(request)).catch((caught: unknown) => caught);
      expect(error).toMatchObject({ code: 'stream_interrupted', message: 'The connection was lost and could not be resumed. Please try again.' });
      expect(server.requests.filter((entry) => entry.method === 'GET')).toHaveLength(2);
    });

    it("carries the server's message when it refuses to resume", async () => {
      server = await startTurnServer({ dropAfter: [10], refuseResume: { status: 404, code: 'response_not_found', message: 'This answer can no longer be resumed.' } });
      const error = await collect(createClient({ baseUrl: server.url, ...quickResume }).send(request)).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ProxyError);
      expect(error).toMatchObject({ status: 404, code: 'response_not_found', message: 'This answer can no longer be resumed.' });
    });

    it('stops reading and closes the connection when aborted', async () => {
      server = await startTurnServer();
      const controller = new AbortController();
      const received: ParsedEvent[] = [];
      const error = await (async () => {
        for await (const event of createClient({ baseUrl: server?.url ?? '' }).send(request, { signal: controller.signal })) {
          received.push(event);
          if (received.length === 3) controller.abort();
        }
      })().catch((caught: unknown) => caught);
      expect(error).toMatchObject({ name: 'AbortError' });
      expect(received).toHaveLength(3);
      await server.clientClosed;
    });
  });
});
