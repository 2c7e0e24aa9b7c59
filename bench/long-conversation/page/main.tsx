/**
 * The demo's transcript as the demo renders it (its Chat shape: `useConversation` over the store, the turn ids, a
 * memoised TurnView per turn, the transcript scroll hook), fed from `window.bench` instead of the network.
 */
import '@execards/react/styles.css';
import '../../../apps/demo/src/app.css';
import { createClient, useConversation, useTurnIds } from '@execards/client';
import { createConversationStore, type ConversationStore } from '@execards/core';
import { DownloadsProvider } from '@execards/react';
import { useCallback, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { TurnView } from '../../../apps/demo/src/TurnView.js';
import { useTranscriptScroll } from '../../../apps/demo/src/use-transcript-scroll.js';

interface TurnScript {
  readonly user: { readonly id: string; readonly text: string };
  readonly events: readonly Record<string, unknown>[];
}

interface StreamResult {
  /** Time between consecutive animation frames while streaming (ms): each frame carries one event. */
  readonly frameIntervals: number[];
  readonly events: number;
  /** The event each frame over 50 ms drew, with its index in the stream. */
  readonly slowEvents: string[];
}

const store = createConversationStore();
// Never called: the bench feeds the store directly.
const client = createClient({ baseUrl: location.origin });

function Chat({ store }: { store: ConversationStore }) {
  // Like the demo's Chat: the component holding the conversation reads its whole state (and so renders per delta).
  const { state } = useConversation({ store, client });
  const turnIds = useTurnIds(store);
  const transcript = useRef<HTMLElement>(null);
  const { awayFromLatest } = useTranscriptScroll(turnIds.length, transcript);
  const onRerun = useCallback(() => Promise.reject(new Error('No re-runs in the bench.')), []);
  return (
    <main ref={transcript} data-slot="transcript" aria-label="Conversation" data-away={awayFromLatest ? 'true' : undefined} data-turns={state.turns.length}>
      {turnIds.map((turnId) => (
        <TurnView key={turnId} store={store} turnId={turnId} onRerun={onRerun} />
      ))}
    </main>
  );
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

function addUser(script: TurnScript) {
  store.dispatch({ type: 'conversation.user_message', id: script.user.id, text: script.user.text, attachments: [{ name: 'sales_2024.csv', bytes: 48_210 }] });
}

const bench = {
  /** Whole turns at once (the conversation so far), then two frames to draw them. */
  async append(scripts: readonly TurnScript[]): Promise<void> {
    for (const script of scripts) {
      addUser(script);
      for (const event of script.events) store.ingest(event);
    }
    await nextFrame();
    await nextFrame();
  },
  /** One turn streamed as it would arrive: the message, then one event per animation frame. */
  async stream(script: TurnScript): Promise<StreamResult> {
    addUser(script);
    let last = await nextFrame();
    const frameIntervals: number[] = [];
    const slowEvents: string[] = [];
    for (const [index, event] of script.events.entries()) {
      store.ingest(event);
      const now = await nextFrame();
      frameIntervals.push(now - last);
      if (now - last > 50) slowEvents.push(`#${index} ${String(event['type'])} ${(now - last).toFixed(0)} ms`);
      last = now;
    }
    await nextFrame();
    return { frameIntervals, events: script.events.length, slowEvents };
  },
  /** Scrolls the page from top to bottom in wheel-sized steps, one per frame; the frame intervals. */
  async scrollThrough(step: number): Promise<number[]> {
    window.scrollTo(0, 0);
    let last = await nextFrame();
    const intervals: number[] = [];
    while (window.scrollY + window.innerHeight < document.documentElement.scrollHeight - 1) {
      const before = window.scrollY;
      window.scrollBy(0, step);
      const now = await nextFrame();
      intervals.push(now - last);
      last = now;
      if (window.scrollY === before) break;
    }
    return intervals;
  },
  domNodes: () => document.getElementsByTagName('*').length,
};

declare global {
  interface Window {
    bench: typeof bench;
  }
}
window.bench = bench;

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <DownloadsProvider maxConcurrentDownloads={6}>
    <Chat store={store} />
  </DownloadsProvider>,
);
