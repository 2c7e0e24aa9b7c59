/** The README's "fold a stream" example is a real file: quoted verbatim, type-checked and run here. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { loadRecording, upstreamFixturesDirectory, withRecordings } from './test-support/upstream-recordings.js';

const packageDirectory = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const examplePath = path.join(packageDirectory, 'examples/fold-stream.ts');

describe('README example', () => {
  it('is quoted verbatim in the README', () => {
    const readme = readFileSync(path.join(packageDirectory, 'README.md'), 'utf8');
    const example = readFileSync(examplePath, 'utf8');
    expect(readme).toContain('```ts\n' + example + '```');
    expect(example.trim().split('\n').length).toBeLessThanOrEqual(12);
  });

  it('type-checks strictly against the package source', () => {
    const program = ts.createProgram([examplePath], {
      strict: true,
      noUncheckedIndexedAccess: true,
      verbatimModuleSyntax: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2023.d.ts'],
      customConditions: ['@execards/source'],
      types: [],
      skipLibCheck: true,
      noEmit: true,
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    expect(diagnostics).toEqual([]);
  }, 60_000);

  withRecordings(upstreamFixturesDirectory, () => {
    it('describes a real recorded stream: the calls, their logs and the generated file', async () => {
      const example = (await import(/* @vite-ignore */ examplePath)) as { describeStream: (payloads: Iterable<string>) => string[] };
      const [events = []] = loadRecording('vercel-ai__openai-code-interpreter-tool.1.chunks.txt').streams;
      expect(example.describeStream(events.map((event) => JSON.stringify(event)))).toEqual([
        'completed: import random, math → (2, 12, 69868, 6.9868)',
        "completed: import csv, pathlib → (PosixPath('/mnt/data/roll2dice_sums_10000.csv'), True, 10000)",
        'completed: sums[:20] → [6, 7, 2, 5, 5, 11, 4, 8, 10, 7, 5, 8, 8, 7, 10, 8, 9, 5, 4, 7]',
        'csv /mnt/data/roll2dice_sums_10000.csv from ci_68c2e6fd57948193aa93df6bdb00a86d02d3a5742c7ddae9',
      ]);
    });
  });
});
