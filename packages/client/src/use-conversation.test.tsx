// @vitest-environment happy-dom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from './client.js';
import { startTurnServer, type TurnServer } from './test-support/turn-server.js';
import { useConversation } from './use-conversation.js';

let server: TurnServer | undefined;
afterEach(async () => {
  cleanup();
  await server?.close();
  server = undefined;
});

describe('useConversation', () => {
  it('folds a streamed turn into state and ends ready with the new token', async () => {
    server = await startTurnServer({ finalToken: 'token-1' });
    const client = createClient({ baseUrl: server.url });
    const { result } = renderHook(() => useConversation({ client }));
    expect(result.current.status).toBe('ready');
    let sending: Promise<void> = Promise.resolve();
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
    let sending: Promise<void> = Promise.resolve();
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
    let sending: Promise<void> = Promise.resolve();
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
    await act(() => result.current.send('hello', { model: 'gpt-5' }));
    expect(result.current.status).toBe('error');
    expect(result.current.error?.message).toBe('The connection was lost before the answer started. Please try again.');
  });
});
