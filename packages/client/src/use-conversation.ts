'use client';
import { createConversationStore, type AttachmentInput, type ConversationState, type ConversationStore } from '@execards/core';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useClient } from './ClientProvider.js';
import type { Client } from './client.js';
import { isAbortError, ProxyError } from './errors.js';

/**
 * `ready`: nothing running; `submitted`: waiting for the first event; `streaming`: events arriving;
 * `reconnecting`: the connection broke and the answer is being resumed; `error`: the last turn failed.
 */
export type ConversationStatus = 'ready' | 'submitted' | 'streaming' | 'reconnecting' | 'error';

export interface SendOptions {
  model: string;
  /** Uploaded file ids for this turn. */
  fileIds?: readonly string[];
  /** What the user message shows as attached. */
  attachments?: readonly AttachmentInput[];
}

export interface UseConversationOptions {
  client?: Client;
  /** Bring your own store (to persist or share it); a fresh one otherwise. */
  store?: ConversationStore;
}

export interface UseConversationResult {
  state: ConversationState;
  status: ConversationStatus;
  error: ProxyError | null;
  /** Starts a turn; resolves when it ends (never rejects: failures land in `error`). */
  send(text: string, options: SendOptions): Promise<void>;
  /** Stops the running turn, keeping what already arrived. */
  stop(): void;
  /** Replaces the conversation token (after an upload returned a newer one). */
  setToken(token: string): void;
  store: ConversationStore;
}

let nextMessageId = 0;

function errorFrom(error: unknown): ProxyError {
  return error instanceof ProxyError ? error : new ProxyError('Something went wrong. Please try again.', null, 'client_error', true);
}

export function useConversation(options: UseConversationOptions = {}): UseConversationResult {
  const contextClient = useClient();
  const client = options.client ?? contextClient;
  const [ownStore] = useState(() => createConversationStore());
  const store = options.store ?? ownStore;
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  const [status, setStatus] = useState<ConversationStatus>('ready');
  const [error, setError] = useState<ProxyError | null>(null);
  const running = useRef<AbortController | null>(null);

  useEffect(() => () => running.current?.abort(), []);

  const send = useCallback(
    async (text: string, sendOptions: SendOptions) => {
      if (running.current) return;
      const controller = new AbortController();
      running.current = controller;
      setError(null);
      setStatus('submitted');
      const errorsBefore = store.getSnapshot().proxyErrors.length;
      store.dispatch({ type: 'conversation.user_message', id: `user-${Date.now().toString(36)}-${++nextMessageId}`, text, attachments: sendOptions.attachments ?? [] });
      try {
        const events = client.send(
          { text, model: sendOptions.model, fileIds: sendOptions.fileIds ?? [], token: store.getSnapshot().conversationToken },
          {
            signal: controller.signal,
            onReconnecting: () => {
              live = false;
              setStatus('reconnecting');
            },
          },
        );
        let live = false;
        for await (const event of events) {
          if (!live) {
            live = true;
            setStatus('streaming');
          }
          store.dispatch(event);
        }
        const failure = store.getSnapshot().proxyErrors.slice(errorsBefore).at(-1);
        if (failure) {
          setError(new ProxyError(failure.message, null, failure.code, failure.retryable));
          setStatus('error');
        } else {
          setStatus('ready');
        }
      } catch (caught) {
        if (controller.signal.aborted || isAbortError(caught)) {
          store.dispatch({ type: 'conversation.stopped', reason: 'Stopped by the user.' });
          setStatus('ready');
        } else {
          store.dispatch({ type: 'conversation.stopped', reason: errorFrom(caught).message });
          setError(errorFrom(caught));
          setStatus('error');
        }
      } finally {
        if (running.current === controller) running.current = null;
      }
    },
    [client, store],
  );

  const stop = useCallback(() => running.current?.abort(), []);
  const setToken = useCallback((token: string) => store.dispatch({ type: 'proxy.conversation', token }), [store]);

  return { state, status, error, send, stop, setToken, store };
}
