'use client';
import { createConversationStore, type AttachmentInput, type ConversationState, type ConversationStore, type ParsedEvent } from '@execards/core';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useClient } from './ClientProvider.js';
import type { Client, SendStreamOptions } from './client.js';
import { isAbortError, ProxyError } from './errors.js';
import type { PendingTurn, PendingTurnStorage } from './pending-turn.js';

/**
 * `ready`: nothing running; `submitted`: waiting for the first event; `streaming`: events arriving;
 * `reconnecting`: the connection broke (or the page reloaded) and the answer is being resumed; `error`: the last turn failed.
 */
export type ConversationStatus = 'ready' | 'submitted' | 'streaming' | 'reconnecting' | 'error';

export interface SendOptions {
  model: string;
  /** Uploaded file ids for this turn. */
  fileIds?: readonly string[];
  /** What the user message shows as attached. */
  attachments?: readonly AttachmentInput[];
}

/**
 * How a turn ended. `busy`: not sent, another turn is running. `answered`: the answer began (its response
 * started upstream); a failure without it means the request was refused or never reached the model, so the
 * message can be given back to the composer.
 */
export interface SendResult {
  outcome: 'completed' | 'stopped' | 'failed' | 'busy';
  answered: boolean;
}

export interface UseConversationOptions {
  client?: Client;
  /** Bring your own store (to persist or share it); a fresh one otherwise. */
  store?: ConversationStore;
  /**
   * Keeps the turn in flight across page reloads (written before the request leaves). After a reload, a turn
   * whose answer had started is resumed; one that had not is offered as `interrupted`, for `retry`.
   */
  pendingTurns?: PendingTurnStorage;
}

export interface UseConversationResult {
  state: ConversationState;
  status: ConversationStatus;
  error: ProxyError | null;
  /** Starts a turn; resolves when it ends (never rejects: failures land in `error`). */
  send(text: string, options: SendOptions): Promise<SendResult>;
  /** Stops the running turn, keeping what already arrived. */
  stop(): void;
  /** Replaces the conversation token (after an upload returned a newer one). */
  setToken(token: string): void;
  /** A message a page reload cut off before it was answered (and that could not be resumed): offer `retry`. */
  interrupted: PendingTurn | null;
  /** Sends the interrupted message again, with its model and files. */
  retry(): Promise<SendResult>;
  store: ConversationStore;
}

let nextMessageId = 0;

function errorFrom(error: unknown): ProxyError {
  return error instanceof ProxyError ? error : new ProxyError('Something went wrong. Please try again.', null, 'client_error', true);
}

function responseIdOf(event: ParsedEvent): string | null {
  if (!('response' in event)) return null;
  const response: unknown = event.response;
  return typeof response === 'object' && response !== null && 'id' in response && typeof response.id === 'string' && response.id !== '' ? response.id : null;
}

type OpenEvents = (options: SendStreamOptions) => AsyncIterable<ParsedEvent>;

/** What a reload left behind: a turn to resume (its answer had started) or to offer again; stale records are dropped. */
function pendingAtLoad(storage: PendingTurnStorage | null, store: ConversationStore): { resume: PendingTurn | null; interrupted: PendingTurn | null } {
  const found = storage?.load() ?? null;
  if (!found) return { resume: null, interrupted: null };
  const last = store.getSnapshot().turns.at(-1);
  const status = last?.user?.id === found.messageId ? last.response?.status : undefined;
  if (status !== undefined && status !== 'in_progress' && status !== 'queued') {
    storage?.clear();
    return { resume: null, interrupted: null };
  }
  return found.responseId === null ? { resume: null, interrupted: found } : { resume: found, interrupted: null };
}

export function useConversation(options: UseConversationOptions = {}): UseConversationResult {
  const contextClient = useClient();
  const client = options.client ?? contextClient;
  const [ownStore] = useState(() => createConversationStore());
  const store = options.store ?? ownStore;
  const pendingTurns = options.pendingTurns ?? null;
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  const [atLoad] = useState(() => pendingAtLoad(pendingTurns, store));
  const [interrupted, setInterrupted] = useState<PendingTurn | null>(atLoad.interrupted);
  const [status, setStatus] = useState<ConversationStatus>(atLoad.resume ? 'reconnecting' : 'ready');
  const [error, setError] = useState<ProxyError | null>(null);
  const running = useRef<AbortController | null>(null);

  useEffect(() => () => running.current?.abort(), []);

  // A reload cancels the page's requests: that failure must neither settle the turn nor forget it, since the
  // point of keeping it is to pick it up after the reload.
  const leaving = useRef(false);
  useEffect(() => {
    const leave = () => {
      leaving.current = true;
    };
    const stay = () => {
      leaving.current = false;
    };
    window.addEventListener('beforeunload', leave);
    window.addEventListener('pagehide', leave);
    window.addEventListener('pageshow', stay);
    return () => {
      window.removeEventListener('beforeunload', leave);
      window.removeEventListener('pagehide', leave);
      window.removeEventListener('pageshow', stay);
    };
  }, []);

  /** Runs one turn's events into the store, keeping `pending` stored until the turn ends. */
  const run = useCallback(
    async (pending: PendingTurn, open: OpenEvents, initialStatus: ConversationStatus): Promise<SendResult> => {
      if (running.current) return { outcome: 'busy', answered: false };
      const controller = new AbortController();
      running.current = controller;
      let current = pending;
      // Stored before the request leaves: a reload from now on finds the message.
      pendingTurns?.save(current);
      setError(null);
      setStatus(initialStatus);
      const errorsBefore = store.getSnapshot().proxyErrors.length;
      const answered = () => current.responseId !== null;
      try {
        let live = false;
        const events = open({
          signal: controller.signal,
          onReconnecting: () => {
            live = false;
            setStatus('reconnecting');
          },
        });
        for await (const event of events) {
          if (!live) {
            live = true;
            setStatus('streaming');
          }
          if (current.responseId === null) {
            const responseId = responseIdOf(event);
            if (responseId !== null) {
              current = { ...current, responseId };
              pendingTurns?.save(current);
            }
          }
          store.dispatch(event);
        }
        const failure = store.getSnapshot().proxyErrors.slice(errorsBefore).at(-1);
        if (failure) {
          setError(new ProxyError(failure.message, null, failure.code, failure.retryable));
          setStatus('error');
          return { outcome: 'failed', answered: answered() };
        }
        setStatus('ready');
        return { outcome: 'completed', answered: answered() };
      } catch (caught) {
        if (leaving.current && !controller.signal.aborted) return { outcome: 'stopped', answered: answered() };
        if (controller.signal.aborted || isAbortError(caught)) {
          store.dispatch({ type: 'conversation.stopped', reason: 'Stopped by the user.' });
          setStatus('ready');
          return { outcome: 'stopped', answered: answered() };
        }
        store.dispatch({ type: 'conversation.stopped', reason: errorFrom(caught).message });
        setError(errorFrom(caught));
        setStatus('error');
        return { outcome: 'failed', answered: answered() };
      } finally {
        if (running.current === controller) running.current = null;
        // Only this turn's record: a newer one (another chat) stays.
        if (!leaving.current && pendingTurns?.load()?.messageId === current.messageId) pendingTurns.clear();
      }
    },
    [pendingTurns, store],
  );

  /** Starts `pending` as a new request; its user message is added unless the store already ends with it, unanswered. */
  const start = useCallback(
    (pending: PendingTurn): Promise<SendResult> => {
      if (running.current) return Promise.resolve({ outcome: 'busy', answered: false });
      const last = store.getSnapshot().turns.at(-1);
      if (!(last?.user?.id === pending.messageId && last.response === null)) {
        store.dispatch({ type: 'conversation.user_message', id: pending.messageId, text: pending.text, attachments: pending.attachments });
      }
      return run(pending, (streamOptions) => client.send({ text: pending.text, model: pending.model, fileIds: pending.fileIds, token: pending.token }, streamOptions), 'submitted');
    },
    [client, run, store],
  );

  const send = useCallback(
    (text: string, sendOptions: SendOptions) =>
      start({
        messageId: `user-${Date.now().toString(36)}-${++nextMessageId}`,
        text,
        model: sendOptions.model,
        fileIds: [...(sendOptions.fileIds ?? [])],
        attachments: (sendOptions.attachments ?? []).map((attachment) => ({ ...attachment })),
        token: store.getSnapshot().conversationToken,
        responseId: null,
        sentAt: Date.now(),
      }),
    [start, store],
  );

  const retry = useCallback(async (): Promise<SendResult> => {
    if (!interrupted || running.current) return { outcome: 'busy', answered: false };
    setInterrupted(null);
    // The token it was sent with covers its files even if a later token was lost with the reload.
    return start({ ...interrupted, token: interrupted.token ?? store.getSnapshot().conversationToken, responseId: null, sentAt: Date.now() });
  }, [interrupted, start, store]);

  // After a reload: the interrupted message is shown where it was, even if the conversation was saved without it.
  useEffect(() => {
    const pending = atLoad.resume ?? atLoad.interrupted;
    if (!pending) return;
    if (store.getSnapshot().turns.some((turn) => turn.user?.id === pending.messageId)) return;
    store.dispatch({ type: 'conversation.user_message', id: pending.messageId, text: pending.text, attachments: pending.attachments });
  }, [atLoad, store]);

  // After a reload: an answer that had started is picked up where the saved conversation left it.
  const resumed = useRef(false);
  useEffect(() => {
    const pending = atLoad.resume;
    if (!pending?.responseId || resumed.current) return;
    const responseId = pending.responseId;
    // Deferred a tick: React's development double mount cancels the first timer, so the answer is resumed once.
    const timer = setTimeout(() => {
      resumed.current = true;
      const last = store.getSnapshot().turns.at(-1);
      const startingAfter = last?.user?.id === pending.messageId ? last.lastSequenceNumber : -1;
      void run(pending, (streamOptions) => client.resume({ responseId, startingAfter, token: pending.token }, streamOptions), 'reconnecting').then((result) => {
        if (result.outcome !== 'failed') return;
        store.dispatch({ type: 'conversation.stopped', reason: 'The answer could not be picked up after the page was reloaded.' });
        // Kept (as not started) so Retry survives another reload.
        const again = { ...pending, responseId: null };
        pendingTurns?.save(again);
        setInterrupted(again);
      });
    }, 0);
    return () => clearTimeout(timer);
  }, [atLoad, client, pendingTurns, run, store]);

  const stop = useCallback(() => running.current?.abort(), []);
  const setToken = useCallback((token: string) => store.dispatch({ type: 'proxy.conversation', token }), [store]);

  return { state, status, error, send, stop, setToken, interrupted, retry, store };
}
