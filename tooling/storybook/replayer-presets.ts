/**
 * A Vite plugin giving the Storybook stream replayer a few real recordings from the shared fixtures
 * folder (`../shared/fixtures/upstream`), read at build time and inlined, so the built site works
 * offline. Each preset is handed over as the text a developer would paste (SSE, JSON lines, or a whole
 * response object), so presets and pasted streams go through the same parser. Without the folder
 * the module exports no presets and says where it looked.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { displayPath, fixturesPath } from '../fixtures/index.js';

export const replayerPresetsModule = 'virtual:execards-replayer-presets';
const resolvedId = `\0${replayerPresetsModule}`;

export interface ReplayerPreset {
  readonly id: string;
  readonly label: string;
  /** The recording's file name and where it came from (the folder's SOURCES.md). */
  readonly source: string;
  readonly text: string;
}

interface PresetFile {
  readonly file: string;
  readonly label: string;
  readonly origin: string;
}

/** Chosen to show each input format and a spread of shapes: several calls, an image, a file citation. */
const presetFiles: readonly PresetFile[] = [
  { file: 'vercel-ai__openai-code-interpreter-tool.1.chunks.txt', label: 'Three calls and a CSV citation (JSON lines)', origin: 'vercel/ai, Apache-2.0' },
  { file: 'pydantic-ai__test_openai_responses_code_execution_return_image_stream.yaml', label: 'A plot image (SSE)', origin: 'pydantic/pydantic-ai, MIT' },
  { file: 'pydantic-ai__test_openai_responses_code_execution_download_file_stream.yaml', label: 'Newest event shape, a CSV file (SSE)', origin: 'pydantic/pydantic-ai, MIT' },
  { file: 'vercel-ai__azure-code-interpreter-tool.1.json', label: 'Azure, a whole response object (JSON)', origin: 'vercel/ai, Apache-2.0' },
];

const cassetteSchema = z.object({
  interactions: z.array(z.object({ response: z.object({ body: z.object({ string: z.string().optional() }).optional() }) })),
});

/** The text a developer would paste for this recording: the file itself, or the SSE body inside a VCR cassette. */
function pasteableText(file: string, raw: string): string {
  if (!file.endsWith('.yaml')) return raw;
  const cassette = cassetteSchema.parse(parseYaml(raw));
  const sse = cassette.interactions.map(({ response }) => response.body?.string).find((body) => body !== undefined && /^event: /m.test(body));
  if (sse === undefined) throw new Error(`${file} holds no SSE stream`);
  return sse;
}

export function readReplayerPresets(directory: string): ReplayerPreset[] {
  return presetFiles
    .filter(({ file }) => existsSync(path.join(directory, file)))
    .map(({ file, label, origin }) => ({
      id: file.replace(/[^a-z0-9]+/gi, '-').toLowerCase(),
      label,
      source: `${file} (${origin})`,
      text: pasteableText(file, readFileSync(path.join(directory, file), 'utf8')),
    }));
}

export function replayerPresets(directory = fixturesPath('upstream')): Plugin {
  return {
    name: 'execards-replayer-presets',
    resolveId: (id) => (id === replayerPresetsModule ? resolvedId : null),
    load(id) {
      if (id !== resolvedId) return null;
      const presets = existsSync(directory) ? readReplayerPresets(directory) : [];
      return `export const presets = ${JSON.stringify(presets)};\nexport const presetsFolder = ${JSON.stringify(displayPath(directory))};\n`;
    },
  };
}
