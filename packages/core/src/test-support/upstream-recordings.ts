/**
 * The real upstream recordings in `../shared/fixtures/upstream` and `../shared/fixtures/upstream-extra`, each
 * folder described by its SOURCES.md, read by the one loader in `tooling/fixtures/recordings.js`: streamed events
 * in order, and whole (non-streamed) response objects. Test support only; not part of the package.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fixturesPath } from '../../../../tooling/fixtures/index.js';
import { readRecording, recordingNames, type Recording } from '../../../../tooling/fixtures/recordings.js';

export { withRecordings } from '../../../../tooling/fixtures/vitest.js';
export { eventsFromSse, type Recording } from '../../../../tooling/fixtures/recordings.js';

export const upstreamFixturesDirectory = fixturesPath('upstream');
export const extraFixturesDirectory = fixturesPath('upstream-extra');

/** Every recording file of `../shared/fixtures/upstream` (SOURCES.md excluded), sorted by name. */
export function listRecordings(): string[] {
  return recordingNames(upstreamFixturesDirectory);
}

/** Every recording file of `../shared/fixtures/upstream-extra` (SOURCES.md excluded), sorted by name. */
export function listExtraRecordings(): string[] {
  return recordingNames(extraFixturesDirectory);
}

/** A recording by file name, from `upstream` or else `upstream-extra`. */
export function loadRecording(name: string): Recording {
  const inUpstream = existsSync(path.join(upstreamFixturesDirectory, name));
  return readRecording(path.join(inUpstream ? upstreamFixturesDirectory : extraFixturesDirectory, name));
}
