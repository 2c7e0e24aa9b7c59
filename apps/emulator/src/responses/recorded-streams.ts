import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { fixturesPath } from '../../../../tooling/fixtures/index.js';
import { parseSseText } from '../test-support.js';

export const recordingsDirectory = fixturesPath('upstream');

export type RecordedEvent = { type: string } & Record<string, unknown>;

export interface RecordedStream {
  source: string;
  events: RecordedEvent[];
}

function fromSse(text: string): RecordedEvent[] {
  return parseSseText(text).map((frame) => JSON.parse(frame.data) as RecordedEvent);
}

interface VcrCassette {
  interactions: Array<{ response: { body?: { string?: string } } }>;
}

interface DotnetSession {
  Entries: Array<{ ResponseBody: unknown }>;
}

/** Every streamed code-interpreter recording (three formats, see SOURCES.md), as event lists. */
export function loadRecordedStreams(): RecordedStream[] {
  const streams: RecordedStream[] = [];
  for (const name of readdirSync(recordingsDirectory).sort()) {
    const text = readFileSync(path.join(recordingsDirectory, name), 'utf8');
    if (name.endsWith('.chunks.txt')) {
      streams.push({ source: name, events: text.split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as RecordedEvent) });
    } else if (name.endsWith('.yaml')) {
      for (const interaction of (parseYaml(text) as VcrCassette).interactions) {
        const body = interaction.response.body?.string;
        if (body?.startsWith('event:')) streams.push({ source: name, events: fromSse(body) });
      }
    } else if (name.startsWith('openai-dotnet__') && name.endsWith('.json')) {
      for (const entry of (JSON.parse(text) as DotnetSession).Entries) {
        if (Array.isArray(entry.ResponseBody)) streams.push({ source: name, events: fromSse(entry.ResponseBody.join('')) });
      }
    }
  }
  return streams;
}

interface VcrJsonCassette {
  interactions: Array<{ response: { parsed_body?: unknown } }>;
}

function isResponseObject(value: unknown): value is RecordedEvent & { output: Array<Record<string, unknown>> } {
  return typeof value === 'object' && value !== null && (value as { object?: unknown }).object === 'response';
}

/** Every recorded non-streaming response object (`POST /responses` without `stream`). */
export function loadRecordedResponses(): Array<{ source: string; response: RecordedEvent & { output: Array<Record<string, unknown>> } }> {
  const found: Array<{ source: string; response: RecordedEvent & { output: Array<Record<string, unknown>> } }> = [];
  for (const name of readdirSync(recordingsDirectory).sort()) {
    const text = readFileSync(path.join(recordingsDirectory, name), 'utf8');
    const candidates: unknown[] = [];
    if (name.startsWith('vercel-ai__') && name.endsWith('.json')) candidates.push(JSON.parse(text));
    if (name.startsWith('openai-dotnet__')) candidates.push(...(JSON.parse(text) as DotnetSession).Entries.map((entry) => entry.ResponseBody));
    if (name.endsWith('.yaml')) candidates.push(...(parseYaml(text) as VcrJsonCassette).interactions.map((interaction) => interaction.response.parsed_body));
    for (const candidate of candidates) if (isResponseObject(candidate)) found.push({ source: name, response: candidate });
  }
  return found;
}
