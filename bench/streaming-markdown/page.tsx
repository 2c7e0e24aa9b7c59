/**
 * One page, two renderers of the same streamed answer: the kit's AssistantMessage, and react-markdown re-rendering
 * the whole text on every delta (what an app without block memoisation does). `window.streamAnswer(mode, …)` streams
 * into a fresh root and returns the main-thread time of each delta: React's render and commit (flushSync) plus the
 * style and layout that the new text forces.
 */
import '@execards/react/styles.css';
import { AssistantMessage } from '@execards/react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { deltaEnds, generateAnswer } from './answer.js';

export type Mode = 'kit' | 'naive';

export interface StreamResult {
  readonly mode: Mode;
  readonly bytes: number;
  /** Milliseconds of main-thread work per delta, in stream order. */
  readonly deltaMs: number[];
  /** One render of the whole final text into a fresh root, for scale. */
  readonly oneRenderMs: number;
  readonly domNodes: number;
}

declare global {
  interface Window {
    streamAnswer: (mode: Mode, bytes: number, deltas: number) => Promise<StreamResult>;
  }
}

const remarkPlugins = [remarkGfm];
// What core's reducer gives a message without `sandbox:` links: the same empty list on every delta.
const noLinks: never[] = [];

function Answer({ mode, text }: { mode: Mode; text: string }) {
  if (mode === 'naive') return <Markdown remarkPlugins={remarkPlugins}>{text}</Markdown>;
  return <AssistantMessage message={{ text, links: noLinks, status: 'in_progress' }} />;
}

const host = document.getElementById('root');
if (!host) throw new Error('no #root');

/** Lets the browser paint and collect garbage between deltas, as between network chunks. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function renderTimed(root: ReturnType<typeof createRoot>, container: HTMLElement, mode: Mode, text: string): number {
  const start = performance.now();
  flushSync(() => root.render(<Answer mode={mode} text={text} />));
  // Reading a layout property makes the browser recalculate style and lay out the new text now, inside the timing.
  void container.offsetHeight;
  return performance.now() - start;
}

window.streamAnswer = async (mode, bytes, deltas) => {
  const answer = generateAnswer(bytes);
  const container = document.createElement('div');
  host.replaceChildren(container);
  const root = createRoot(container);
  const deltaMs: number[] = [];
  for (const end of deltaEnds(answer.length, deltas)) {
    deltaMs.push(renderTimed(root, container, mode, answer.slice(0, end)));
    await nextTask();
  }
  const domNodes = container.querySelectorAll('*').length;
  root.unmount();
  await nextTask();
  const fresh = document.createElement('div');
  host.replaceChildren(fresh);
  const freshRoot = createRoot(fresh);
  const oneRenderMs = renderTimed(freshRoot, fresh, mode, answer);
  freshRoot.unmount();
  host.replaceChildren();
  return { mode, bytes: answer.length, deltaMs, oneRenderMs, domNodes };
};
