// `pnpm bench bundle`: production builds of each package entry (Vite library mode, minified, peer dependencies
// external, everything else bundled as an app would ship it) into a temporary directory, sized after gzip.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';
import { withRatio, writeResult, type Metric } from '../lib/report.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const kibibyte = 1024;
const peers = [/^react($|\/)/, /^react-dom($|\/)/];

interface PackageBuild {
  name: string;
  entries: Record<string, string>;
}

const packages: PackageBuild[] = [
  { name: '@execards/core', entries: { core: 'packages/core/src/index.ts' } },
  { name: '@execards/client', entries: { client: 'packages/client/src/index.ts' } },
  {
    name: '@execards/react',
    entries: { react: 'packages/react/src/index.ts', 'react-table': 'packages/react/src/table/index.ts', 'react-html': 'packages/react/src/html/index.ts' },
  },
];

type Chunk = Rolldown.OutputChunk;

/** Our minimal shiki code block (bench/bundle/shiki-code-block.tsx), built the same way as the kit's entries. */
const shikiBlock: PackageBuild = { name: 'shiki code block', entries: { 'shiki-code-block': 'bench/bundle/shiki-code-block.tsx' } };
/** What its first Python block in both themes loads on top of the entry: the grammar, the two themes, the Oniguruma WASM. */
const shikiFirstBlock = [/@shikijs\/langs\/dist\/python\.mjs$/, /@shikijs\/themes\/dist\/github-light\.mjs$/, /@shikijs\/themes\/dist\/github-dark\.mjs$/, /shiki\/dist\/wasm\.mjs$/];

const gzipBytes = (text: string | Uint8Array) => gzipSync(text, { level: 9 }).length;

async function buildPackage(target: PackageBuild, outDir: string): Promise<(Chunk | Rolldown.OutputAsset)[]> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    resolve: { conditions: ['@execards/source', 'module', 'browser', 'production', 'default'] },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir,
      emptyOutDir: true,
      write: false,
      minify: true,
      sourcemap: false,
      cssCodeSplit: true,
      lib: { entry: Object.fromEntries(Object.entries(target.entries).map(([name, file]) => [name, path.join(root, file)])), formats: ['es'] },
      rolldownOptions: { external: (id: string) => peers.some((pattern) => pattern.test(id)) },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  return outputs.flatMap((output) => ('output' in output ? output.output : []));
}

/** A chunk and every chunk it imports statically, transitively: what loading it costs. */
function staticClosure(start: Chunk, byName: Map<string, Chunk>): Set<Chunk> {
  const seen = new Set<Chunk>();
  const visit = (chunk: Chunk) => {
    if (seen.has(chunk)) return;
    seen.add(chunk);
    for (const name of chunk.imports) {
      const next = byName.get(name);
      if (next) visit(next);
    }
  };
  visit(start);
  return seen;
}

const sizeOf = (chunks: Iterable<Chunk>) => [...chunks].reduce((sum, chunk) => sum + gzipBytes(chunk.code), 0);

const metrics: Metric[] = [];
const outRoot = await mkdtemp(path.join(os.tmpdir(), 'execards-bundle-'));
let kitInitial = 0;
let previewFrameBytes = 0;
let shikiEntryBytes = 0;
let shikiFirstBlockBytes = 0;
const lazyViews: { name: string; inInitial: boolean; addedBytes: number }[] = [];
try {
  for (const target of packages) {
    const outputs = await buildPackage(target, path.join(outRoot, target.name.replace('/', '-')));
    const chunks = outputs.filter((output): output is Chunk => output.type === 'chunk');
    const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
    for (const entry of chunks.filter((chunk) => chunk.isEntry)) {
      const initial = staticClosure(entry, byName);
      const initialBytes = sizeOf(initial);
      if (entry.name === 'react') {
        kitInitial = initialBytes;
        // The preview frame that must load with a chat (the Preview button, the bounded reader, the states), by module.
        previewFrameBytes = [...initial].flatMap((chunk) => Object.entries(chunk.modules)).filter(([id]) => id.includes('/src/preview/')).reduce((sum, [, module]) => sum + module.renderedLength, 0);
      }
      metrics.push({ name: `${target.name} entry \`${entry.name}\`: loaded with it (entry + static imports), gzip`, value: initialBytes / kibibyte, unit: 'KiB' });
      // Lazy chunks: what each dynamic import adds on top of what the entry already loaded. A lazy chunk may import
      // another lazily (the spreadsheet preview its table, the PDF preview pdf.js): each is listed once.
      const pending = [...new Set([...initial].flatMap((chunk) => chunk.dynamicImports))];
      const listed = new Set<string>();
      while (pending.length > 0) {
        const dynamicName = pending.shift() ?? '';
        const lazy = byName.get(dynamicName);
        if (!lazy || listed.has(dynamicName)) continue;
        listed.add(dynamicName);
        const closure = staticClosure(lazy, byName);
        pending.push(...[...closure].flatMap((chunk) => chunk.dynamicImports));
        const added = [...closure].filter((chunk) => !initial.has(chunk));
        const module = path.basename(lazy.facadeModuleId ?? lazy.name);
        const addedBytes = sizeOf(added);
        metrics.push({ name: `${target.name} \`${entry.name}\` lazy chunk ${module}, added on first use, gzip`, value: addedBytes / kibibyte, unit: 'KiB' });
        if (entry.name === 'react') lazyViews.push({ name: module, inInitial: initial.has(lazy), addedBytes });
      }
    }
    // Workers (the table's parser, the spreadsheet reader, pdf.js, mammoth) are files of their own, fetched when a view starts one.
    for (const worker of outputs.filter((output) => /worker/i.test(output.fileName) && /\.m?js$/.test(output.fileName))) {
      const code = worker.type === 'chunk' ? worker.code : worker.source;
      metrics.push({ name: `${target.name} worker ${path.basename(worker.fileName).replace(/-[\w-]{8}\.(m?js)$/, '.$1')}, fetched when first started, gzip`, value: gzipBytes(code) / kibibyte, unit: 'KiB' });
    }
    for (const asset of outputs.filter((output): output is Rolldown.OutputAsset => output.type === 'asset' && output.fileName.endsWith('.css'))) {
      metrics.push({ name: `${target.name} stylesheet ${path.basename(asset.fileName)}, gzip`, value: gzipBytes(asset.source) / kibibyte, unit: 'KiB' });
    }
  }
  const shikiOutputs = await buildPackage(shikiBlock, path.join(outRoot, 'shiki-code-block'));
  const shikiChunks = shikiOutputs.filter((output): output is Chunk => output.type === 'chunk');
  const shikiByName = new Map(shikiChunks.map((chunk) => [chunk.fileName, chunk]));
  const shikiEntry = shikiChunks.find((chunk) => chunk.isEntry);
  if (!shikiEntry) throw new Error('the shiki code block built no entry');
  const shikiInitial = staticClosure(shikiEntry, shikiByName);
  const firstBlockLazy = [...new Set([...shikiInitial].flatMap((chunk) => chunk.dynamicImports))]
    .map((name) => shikiByName.get(name))
    .filter((chunk): chunk is Chunk => chunk !== undefined && shikiFirstBlock.some((pattern) => pattern.test(chunk.facadeModuleId ?? '')));
  if (firstBlockLazy.length !== shikiFirstBlock.length) throw new Error(`expected ${shikiFirstBlock.length} lazy chunks for a Python block, found ${firstBlockLazy.length}`);
  const firstBlock = new Set([...shikiInitial, ...firstBlockLazy.flatMap((chunk) => [...staticClosure(chunk, shikiByName)])]);
  shikiEntryBytes = sizeOf(shikiInitial);
  shikiFirstBlockBytes = sizeOf(firstBlock);
  metrics.push({ name: 'shiki code block (our minimal equivalent of AI Elements\' code block): loaded with it (entry + static imports), gzip', value: shikiEntryBytes / kibibyte, unit: 'KiB' });
  metrics.push({ name: 'shiki code block: with its first Python block in light and dark (grammar, two themes, Oniguruma WASM loaded on first use), gzip', value: shikiFirstBlockBytes / kibibyte, unit: 'KiB' });
} finally {
  await rm(outRoot, { recursive: true, force: true });
}

for (const view of ['TableView', 'HtmlView', 'XlsxPreview', 'PdfPreview', 'DocxPreview', 'TextPreview']) {
  const lazy = lazyViews.find((candidate) => candidate.name.startsWith(view));
  metrics.push({
    name: `${view} split out of the kit's main entry (loaded on first use)`,
    value: lazy && !lazy.inInitial ? 1 : 0,
    unit: lazy && !lazy.inInitial ? '(lazy)' : '(in the main entry)',
    target: 'lazy',
    met: Boolean(lazy && !lazy.inInitial),
  });
}
metrics.push({
  name: 'file-preview code in the kit main entry (the Preview button and the strings; the reader, its states and every viewer are lazy), minified, before gzip',
  value: previewFrameBytes / kibibyte,
  unit: 'KiB',
});
metrics.push(
  withRatio({
    name: 'kit main entry `@execards/react` with core, loaded with a chat, gzip',
    value: kitInitial / kibibyte,
    unit: 'KiB',
    baseline: { name: 'the same with the table, HTML and file-preview views loaded eagerly', value: (kitInitial + lazyViews.reduce((sum, view) => sum + view.addedBytes, 0)) / kibibyte },
    target: 'small enough to load with a chat (no fixed number)',
  }),
);

metrics.push(
  withRatio({
    name: 'kit main entry `@execards/react` with core (every card, code view, markdown), gzip, beside a shiki code block showing one Python block',
    value: kitInitial / kibibyte,
    unit: 'KiB',
    baseline: { name: 'the shiki code block with its first Python block in both themes', value: shikiFirstBlockBytes / kibibyte },
    target: 'reported beside a shiki-based code block (no fixed number)',
  }),
);

const table = await writeResult({
  benchmark: 'bundle',
  description:
    'Vite 8 (rolldown) library builds of each package entry, minified, `react`/`react-dom` external (peer dependencies), every other dependency bundled as an app would ship it; sizes are gzip level 9 of the emitted JavaScript. "Loaded with it" is the entry plus every chunk it imports statically; a lazy chunk counts only what it adds beyond that. The shiki code block is ours (`bench/bundle/shiki-code-block.tsx`: shiki 4 from npm, its main entry, `codeToHtml` with a light and a dark theme): AI Elements\' own code block is shadcn-registry source that this machine cannot fetch, so an equivalent minimal block is built the same way instead; its first Python block adds the lazy chunks of the Python grammar, the two themes and the Oniguruma WASM engine.',
  metrics,
});
process.stdout.write(table);
