// @vitest-environment happy-dom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createConversationStore, parseEvent, type ConversationStore } from '@execards/core';
import { createClient } from './client.js';
import { memoryPendingTurnStorage, type PendingTurn } from './pending-turn.js';
import { recordingsDirectory, startTurnServer, type TurnServer } from './test-support/turn-server.js';
import { useConversation } from './use-conversation.js';
import { withRecordings } from '../../../tooling/fixtures/vitest.js';

let server: TurnServer | undefined;
afterEach(async () => {
  cleanup();
  await server?.close();
  server = undefined;
});

withRecordings(recordingsDirectory, () => {
  describe('useConversation', () => {
    it('folds a streamed turn into state and ends ready with the new token', async () => {
      server = await startTurnServer({ finalToken: 'token-1' });
      const client = createClient({ baseUrl: server.url });
      const { result } = renderHook(() => useConversation({ client }));
      expect(result.current.status).toBe('ready');
      let sending: Promise<unknown> = Promise.resolve();
      act(() => {
        sending = result.current.send('Make a chart', { model: 'gpt-5' });
      });
      expect(result.current.status).toBe('submitted');
      expect(result.current.state.turns[0]?.user?.text).toBe('Make a chart');
      await act(() => sending);
      expect(result.current.status).toBe('ready');
      expect(result.current.error).toBeNull();
      expect(result.current.state.conversationToken).toBe('token-1');
      const turn = result.current.state.turns[0];
      expect(turn?.response?.status).toBe('completed');
      expect(turn?.items.some((item) => item.kind === 'execution')).toBe(true);
    });

    it('keeps what arrived when stopped and returns to ready', async () => {
      server = await startTurnServer();
      const client = createClient({ baseUrl: server.url });
      const { result } = renderHook(() => useConversation({ client }));
      let sending: Promise<unknown> = Promise.resolve();
      act(() => {
        sending = result.current.send('Make a chart', { model: 'gpt-5' });
      });
      await waitFor(() => expect(result.current.status).toBe('streaming'));
      act(() => result.current.stop());
      await act(() => sending);
      expect(result.current.status).toBe('ready');
      expect(result.current.state.turns[0]?.response).not.toBeNull();
      expect(result.current.state.conversationToken).toBeNull();
    });

    it('reports reconnecting while a dropped answer is resumed, then streams on to the end', async () => {
      server = await startTurnServer({ dropAfter: [25, null] });
      const client = createClient({ baseUrl: server.url, resumeDelayMs: () => 200 });
      const { result } = renderHook(() => useConversation({ client }));
      let sending: Promise<unknown> = Promise.resolve();
      act(() => {
        sending = result.current.send('Make a chart', { model: 'gpt-5' });
      });
      await waitFor(() => expect(result.current.status).toBe('reconnecting'));
      await waitFor(() => expect(result.current.status).toBe('streaming'));
      await act(() => sending);
      expect(result.current.status).toBe('ready');
      expect(result.current.state.turns[0]?.response?.status).toBe('completed');
    });

    it("shows the server's refusal as the error", async () => {
      server = await startTurnServer({ dropAfter: [0] });
      const client = createClient({ baseUrl: server.url, resumeDelayMs: () => 1 });
      const { result } = renderHook(() => useConversation({ client }));
      let outcome: unknown;
      await act(async () => {
        outcome = await result.current.send('hello', { model: 'gpt-5' });
      });
      // Not answered: the app can give the message back to the composer.
      expect(outcome).toEqual({ outcome: 'failed', answered: false });
      expect(result.current.status).toBe('error');
      expect(result.current.error?.message).toBe('The connection was lost before the answer started. Please try again.');
    });
  });

  describe('useConversation across a page reload', () => {
    const pendingTurn = (overrides: Partial<PendingTurn> = {}): PendingTurn => ({
      messageId: 'user-before-reload',
      text: 'Make a chart',
      model: 'gpt-5',
      fileIds: ['file-1'],
      attachments: [{ name: 'sales.csv', bytes: 10, mimeType: 'text/csv', fileId: 'file-1' }],
      token: 'token-before-turn',
      responseId: null,
      sentAt: 1,
      ...overrides,
    });

    it('stores the turn before the request leaves, with its answer id once known, and forgets it at the end', async () => {
      server = await startTurnServer();
      const pendingTurns = memoryPendingTurnStorage();
      const client = createClient({ baseUrl: server.url });
      const { result } = renderHook(() => useConversation({ client, pendingTurns }));
      let sending: Promise<unknown> = Promise.resolve();
      act(() => {
        sending = result.current.send('Make a chart', { model: 'gpt-5', fileIds: ['file-1'], attachments: [{ name: 'sales.csv', fileId: 'file-1' }] });
      });
      expect(server.requests).toHaveLength(0);
      expect(pendingTurns.load()).toMatchObject({ text: 'Make a chart', model: 'gpt-5', fileIds: ['file-1'], attachments: [{ name: 'sales.csv' }], responseId: null });
      const responseId = (server.events[0]?.['response'] as { id: string }).id;
      await waitFor(() => expect(pendingTurns.load()?.responseId).toBe(responseId));
      await act(() => sending);
      expect(pendingTurns.load()).toBeNull();
    });

    it('offers a message that had not started as interrupted; Retry sends it into the same turn', async () => {
      server = await startTurnServer({ finalToken: 'token-after-retry' });
      const pendingTurns = memoryPendingTurnStorage(pendingTurn());
      const store = createConversationStore();
      const client = createClient({ baseUrl: server.url });
      const { result } = renderHook(() => useConversation({ client, store, pendingTurns }));
      expect(result.current.interrupted?.text).toBe('Make a chart');
      expect(result.current.status).toBe('ready');
      await waitFor(() => expect(result.current.state.turns.map((turn) => turn.user?.text)).toEqual(['Make a chart']));
      await act(() => result.current.retry());
      expect(result.current.interrupted).toBeNull();
      expect(result.current.state.turns).toHaveLength(1);
      expect(result.current.state.turns[0]?.response?.status).toBe('completed');
      expect(JSON.parse(server.requests[0]?.body ?? '')).toEqual({ text: 'Make a chart', model: 'gpt-5', fileIds: ['file-1'], token: 'token-before-turn' });
      expect(pendingTurns.load()).toBeNull();
    });

    it('resumes an answer that had started, after the events the saved conversation already has', async () => {
      server = await startTurnServer();
      const responseId = (server.events[0]?.['response'] as { id: string }).id;
      const store: ConversationStore = createConversationStore();
      store.dispatch({ type: 'conversation.user_message', id: 'user-before-reload', text: 'Make a chart' });
      for (const event of server.events.slice(0, 10)) store.dispatch(parseEvent(event));
      const pendingTurns = memoryPendingTurnStorage(pendingTurn({ responseId }));
      const client = createClient({ baseUrl: server.url });
      const { result } = renderHook(() => useConversation({ client, store, pendingTurns }));
      expect(result.current.interrupted).toBeNull();
      await waitFor(() => expect(result.current.state.turns[0]?.response?.status).toBe('completed'));
      await waitFor(() => expect(result.current.status).toBe('ready'));
      expect(server.requests.map((request) => `${request.method} ${request.url} ${request.token}`)).toEqual([`GET /api/responses/${responseId}/events?starting_after=9 token-before-turn`]);
      expect(result.current.state.turns).toHaveLength(1);
      expect(pendingTurns.load()).toBeNull();
    });

    it('offers Retry when the started answer cannot be resumed', async () => {
      server = await startTurnServer({ refuseResume: { status: 404, code: 'not_found', message: 'No such response.' } });
      const store = createConversationStore();
      store.dispatch({ type: 'conversation.user_message', id: 'user-before-reload', text: 'Make a chart' });
      const pendingTurns = memoryPendingTurnStorage(pendingTurn({ responseId: 'resp_gone' }));
      const client = createClient({ baseUrl: server.url });
      const { result } = renderHook(() => useConversation({ client, store, pendingTurns }));
      await waitFor(() => expect(result.current.interrupted?.text).toBe('Make a chart'));
      expect(pendingTurns.load()?.responseId).toBeNull();
    });
  });
});
