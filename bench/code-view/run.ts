/**
 * bench/code-view: 10,000 lines of Python, first render and one appended delta, CodeView (segment
 * cache + visible-window rendering) against the naive prism-react-renderer <Highlight> block that
 * renders and re-tokenizes every line, in the same run. DOM: happy-dom (not a real browser), so the
 * figures cover tokenizing, React work and DOM construction, not layout or paint.
 */
import { Window } from 'happy-dom';
import { performance } from 'node:perf_hooks';
import { Highlight, themes, type RenderProps } from 'prism-react-renderer';
import { median, withRatio, writeResult, type Metric } from '../lib/report.js';

const window = new Window({ url: 'http://localhost/' });
const globals = ['document', 'navigator', 'HTMLElement', 'HTMLIFrameElement', 'Node', 'Element', 'Text', 'Event', 'MouseEvent', 'KeyboardEvent', 'getComputedStyle', 'requestAnimationFrame', 'cancelAnimationFrame'] as const;
Object.assign(globalThis, { window, IS_REACT_ACT_ENVIRONMENT: false });
for (const name of globals) Object.defineProperty(globalThis, name, { value: (window as unknown as Record<string, unknown>)[name], configurable: true, writable: true });

// Production React, as an app ships it (the development build adds checks that dwarf the work measured).
process.env.NODE_ENV = 'production';
const React = await import('react');
// tsx compiles the kit's JSX with the classic runtime here (the root tsconfig sets no "jsx"), which reads a global React.
Object.assign(globalThis, { React });
const { flushSync } = await import('react-dom');
const { createRoot } = await import('react-dom/client');
const { CodeView } = await import('../../packages/react/src/code/CodeView.js');

const lineCount = 10_000;
// One sample: the naive block takes minutes per render in happy-dom.
const samples = Number(process.env.CODE_VIEW_BENCH_SAMPLES ?? 1);

function python(lines: number): string {
  const block = ['import numpy as np', '', 'def step_{n}(values):', '    """Scale and shift."""', '    return np.asarray(values) * {n} + 1', ''];
  const out: string[] = [];
  for (let index = 0; out.length < lines; index += 1) out.push(...block.map((line) => line.replaceAll('{n}', String(index))));
  return out.slice(0, lines).join('\n');
}

function NaiveBlock({ code }: { code: string }) {
  const children = ({ tokens, getLineProps, getTokenProps }: RenderProps) =>
    React.createElement(
      'pre',
      null,
      tokens.map((line, lineIndex) =>
        React.createElement('div', { key: lineIndex, ...getLineProps({ line }) }, React.createElement('span', null, lineIndex + 1), line.map((token, tokenIndex) => React.createElement('span', { key: tokenIndex, ...getTokenProps({ token }) }))),
      ),
    );
  return React.createElement(Highlight, { code, language: 'python', theme: themes.github, children });
}

type Renderer = (code: string) => React.ReactElement;

function measure(render: Renderer): { first: number; delta: number; nodes: number } {
  const container = window.document.createElement('div');
  window.document.body.appendChild(container);
  const root = createRoot(container as unknown as HTMLElement);
  const code = python(lineCount);
  let start = performance.now();
  flushSync(() => root.render(render(code)));
  const first = performance.now() - start;
  start = performance.now();
  flushSync(() => root.render(render(`${code}\nprint(step_1([1, 2, 3]))`)));
  const delta = performance.now() - start;
  const nodes = container.querySelectorAll('*').length;
  root.unmount();
  container.remove();
  return { first, delta, nodes };
}

const ours = { first: [] as number[], delta: [] as number[], nodes: 0 };
const naive = { first: [] as number[], delta: [] as number[], nodes: 0 };
for (let sample = 0; sample < samples; sample += 1) {
  const a = measure((code) => React.createElement(CodeView, { code, streaming: true }));
  process.stderr.write(`CodeView sample ${sample + 1}: first ${a.first.toFixed(0)} ms, delta ${a.delta.toFixed(1)} ms\n`);
  ours.first.push(a.first);
  ours.delta.push(a.delta);
  ours.nodes = a.nodes;
  const b = measure((code) => React.createElement(NaiveBlock, { code }));
  process.stderr.write(`naive sample ${sample + 1}: first ${b.first.toFixed(0)} ms, delta ${b.delta.toFixed(1)} ms\n`);
  naive.first.push(b.first);
  naive.delta.push(b.delta);
  naive.nodes = b.nodes;
}

const metrics: Metric[] = [
  withRatio({ name: 'first render, 10,000 lines', value: median(ours.first), unit: 'ms', baseline: { name: 'naive <Highlight> all lines', value: median(naive.first) }, target: 'renders only visible lines', met: ours.nodes < naive.nodes / 10 }),
  withRatio({ name: 'one appended delta, 10,000 lines', value: median(ours.delta), unit: 'ms', baseline: { name: 'naive <Highlight> all lines', value: median(naive.delta) }, target: 're-highlights only what changed', met: median(ours.delta) < median(naive.delta) / 5 }),
  withRatio({ name: 'DOM elements after render', value: ours.nodes, unit: 'elements', baseline: { name: 'naive <Highlight> all lines', value: naive.nodes } }),
];

const table = await writeResult({
  benchmark: 'code-view',
  description: `CodeView vs the naive prism-react-renderer block, ${lineCount.toLocaleString('en')} lines of Python, streaming mode, median of ${samples} runs; DOM is happy-dom in Node (no layout/paint).`,
  metrics,
});
process.stdout.write(`${table}\n`);
await window.happyDOM.close();
