/**
 * Reads the real upstream recordings in `../shared/fixtures/upstream` (in their three container
 * formats) and `../shared/fixtures/upstream-extra` (JSON lines and response objects), each folder
 * described by its SOURCES.md, and hands back what a client would have received: streamed events in
 * order, and whole (non-streamed) response objects. Test support only; not part of the package.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createParser } from 'eventsource-parser';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { fixturesPath } from '../../../../tooling/fixtures/index.js';

export { withRecordings } from '../../../../tooling/fixtures/vitest.js';

export const upstreamFixturesDirectory = fixturesPath('upstream');
export const extraFixturesDirectory = fixturesPath('upstream-extra');

export interface Recording {
  /** File name in the fixtures directory. */
  readonly name: string;
  /** Each streamed response: its events, JSON-parsed, in order. */
  readonly streams: readonly (readonly unknown[])[];
  /** Each non-streamed Responses API `response` object. */
  readonly responses: readonly unknown[];
}

/** Splits raw SSE text into the JSON values of its `data:` payloads, checking `event:` equals `data.type`. */
export function eventsFromSse(text: string): unknown[] {
  const events: unknown[] = [];
  const parser = createParser({
    onEvent(message) {
      const value: unknown = JSON.parse(message.data);
      const type = (value as { type?: unknown }).type;
      if (message.event !== undefined && message.event !== type) throw new Error(`SSE event name ${message.event} differs from data.type ${String(type)}`);
      events.push(value);
    },
  });
  parser.feed(text);
  parser.feed('\n\n');
  return events;
}

function isResponseObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { object?: unknown }).object === 'response';
}

const cassetteSchema = z.object({
  interactions: z.array(
    z.object({
      response: z.object({
        body: z.object({ string: z.string().optional() }).optional(),
        parsed_body: z.unknown().optional(),
      }),
    }),
  ),
});

const sessionRecordSchema = z.object({
  Entries: z.array(z.object({ ResponseBody: z.unknown().optional() })),
});

function readRecording(name: string): Recording {
  const inUpstream = existsSync(path.join(upstreamFixturesDirectory, name));
  const text = readFileSync(path.join(inUpstream ? upstreamFixturesDirectory : extraFixturesDirectory, name), 'utf8');
  if (name.endsWith('.chunks.txt') || name.endsWith('.jsonl')) {
    const events = text
      .split('\n')
      .filter((line) => line.trim().length > 0)
      .map((line): unknown => JSON.parse(line));
    return { name, streams: [events], responses: [] };
  }
  if (name.endsWith('.yaml')) {
    const cassette = cassetteSchema.parse(parseYaml(text));
    const streams: unknown[][] = [];
    const responses: unknown[] = [];
    for (const { response } of cassette.interactions) {
      const body = response.body?.string;
      if (body !== undefined && /^event: /m.test(body)) streams.push(eventsFromSse(body));
      else if (isResponseObject(response.parsed_body)) responses.push(response.parsed_body);
    }
    return { name, streams, responses };
  }
  const value: unknown = JSON.parse(text);
  if (name.startsWith('openai-dotnet__')) {
    const streams: unknown[][] = [];
    const responses: unknown[] = [];
    for (const entry of sessionRecordSchema.parse(value).Entries) {
      const body = entry.ResponseBody;
      if (Array.isArray(body) && body.every((line) => typeof line === 'string')) streams.push(eventsFromSse(body.join('')));
      else if (isResponseObject(body)) responses.push(body);
    }
    return { name, streams, responses };
  }
  return { name, streams: [], responses: isResponseObject(value) ? [value] : [] };
}

/** Every recording file of `../shared/fixtures/upstream` (SOURCES.md excluded), sorted by name. */
export function listRecordings(): string[] {
  return readdirSync(upstreamFixturesDirectory)
    .filter((name) => name !== 'SOURCES.md')
    .sort();
}

/** Every recording file of `../shared/fixtures/upstream-extra` (SOURCES.md excluded), sorted by name. */
export function listExtraRecordings(): string[] {
  return readdirSync(extraFixturesDirectory)
    .filter((name) => name !== 'SOURCES.md')
    .sort();
}

export function loadRecording(name: string): Recording {
  return readRecording(name);
}
