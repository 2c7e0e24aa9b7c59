// Renders every component the packages export with react-dom/server, as a Next.js or Remix server would.
import { createElement, Suspense } from 'react';
import { renderToString } from 'react-dom/server';

const entries = ['@execards/react', '@execards/react/table', '@execards/react/html', '@execards/client', '@execards/ai-sdk', '@execards/assistant-ui'];
const notComponents = new Set(['ProxyError']);

const card = { kind: 'execution', id: 'ci_1', status: 'completed', code: 'print(1)', codeComplete: true, logs: '1\n', images: [], outputs: [], containerId: 'cntr_1', startedAt: 1, completedAt: 2, error: null };
const file = { path: '/mnt/data/report.pdf', filename: 'report.pdf', kind: 'pdf', fileId: 'cfile_1', containerId: 'cntr_1', bytes: 2048, url: '/files/report.pdf', autoCaptured: false, turnId: 'turn_1', storage: 'container', sha256: null, availability: 'unknown', availabilityMessage: null };
const output = { file, url: '/files/report.pdf', title: null };
const part = { type: 'tool-code_interpreter', toolCallId: 'ci_2', state: 'output-available', providerExecuted: true, input: { containerId: 'cntr_1', code: 'print(2)' }, output: { outputs: [] } };

/** Props for each exported component; a component missing here fails the run, so new exports get rendered too. */
const props = {
  StatusBadge: { status: 'completed', startedAt: 1, completedAt: 2 },
  LabelsProvider: { children: 'x' },
  HeadingLevelProvider: { level: 2, children: 'x' },
  LiveRegion: { message: 'done' },
  ExecutionCard: { card },
  CodeView: { code: 'print(1)' },
  ImageView: { src: '/image.png', alt: 'chart' },
  FileCard: { name: 'report.pdf', size: 2048, url: '/files/report.pdf' },
  PreviewableFileCard: { name: 'report.pdf', size: 2048, url: '/files/report.pdf', kind: 'pdf', previewKind: 'pdf' },
  FileIcon: { kind: 'pdf' },
  FileAvailability: { filename: 'report.pdf', availability: 'gone' },
  DownloadsProvider: { children: 'x' },
  AssistantMessage: { message: { text: 'Here is **the** table.' } },
  MarkdownText: { text: 'Plot `sales.csv` **by month**' },
  OutputView: { ...output, components: undefined },
  DefaultFileOutput: output,
  DefaultHtmlOutput: output,
  DefaultImageOutput: output,
  DefaultTableOutput: output,
  LazyTableView: { rows: [['a'], ['1']] },
  LazyMount: { children: 'x' },
  ChartDataTable: {
    file: { path: '/mnt/data/data.csv', filename: 'data.csv', kind: 'csv', fileId: null, containerId: null, bytes: 4, url: '/files/data.csv', autoCaptured: false, turnId: null, storage: 'container', sha256: null, availability: 'live', availabilityMessage: null },
  },
  LazyHtmlView: { html: '<p>x</p>' },
  TableView: { rows: [['a'], ['1']] },
  HtmlView: { html: '<p>x</p>' },
  ClientProvider: { children: 'x' },
  CodeInterpreterPart: { part },
  CodeInterpreterMessage: { message: { id: 'm1', role: 'assistant', parts: [part] } },
  CodeInterpreterTool: { type: 'tool-call', toolCallId: 'ci_3', toolName: 'code_interpreter', args: { code: 'print(3)' }, argsText: '', status: { type: 'complete' } },
  SandboxMarkdownText: { type: 'text', text: 'hello', status: { type: 'complete' } },
  // Registers a tool UI inside assistant-ui's runtime; it renders nothing by itself.
  CodeInterpreterToolUI: null,
};

function isComponent(name, value) {
  if (!/^[A-Z]/.test(name) || notComponents.has(name)) return false;
  return typeof value === 'function' || (typeof value === 'object' && value !== null && '$$typeof' in value);
}

let failures = 0;
let rendered = 0;
const seen = new Set();
for (const entry of entries) {
  const module = await import(entry);
  for (const [name, component] of Object.entries(module)) {
    if (!isComponent(name, component) || seen.has(name)) continue;
    seen.add(name);
    if (!(name in props)) {
      console.error(`✖ ${entry} exports ${name}: no props for it in ssr.mjs`);
      failures += 1;
      continue;
    }
    if (props[name] === null) continue;
    try {
      const html = renderToString(createElement(Suspense, { fallback: null }, createElement(component, props[name])));
      rendered += 1;
      if (process.env.VERBOSE) console.log(`✔ ${name}: ${html.length} characters`);
    } catch (error) {
      console.error(`✖ ${name}: ${error instanceof Error ? error.stack : String(error)}`);
      failures += 1;
    }
  }
}
console.log(`renderToString: ${rendered} components rendered, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
