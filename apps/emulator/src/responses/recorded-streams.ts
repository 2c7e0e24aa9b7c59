/** The shared upstream recordings (see their SOURCES.md) through the one loader in `tooling/fixtures`. Test support only. */
import path from 'node:path';
import { fixturesPath } from '../../../../tooling/fixtures/index.js';
import { readRecording, recordingNames } from '../../../../tooling/fixtures/recordings.js';

export const recordingsDirectory = fixturesPath('upstream');

export type RecordedEvent = { type: string } & Record<string, unknown>;

export interface RecordedStream {
  source: string;
  events: RecordedEvent[];
}

type RecordedResponse = RecordedEvent & { output: Array<Record<string, unknown>> };

function recordings() {
  return recordingNames(recordingsDirectory).map((name) => readRecording(path.join(recordingsDirectory, name)));
}

/** Every streamed code-interpreter recording (three formats, see SOURCES.md), as event lists. */
export function loadRecordedStreams(): RecordedStream[] {
  return recordings().flatMap((recording) => recording.streams.map((events) => ({ source: recording.name, events: events as RecordedEvent[] })));
}

/** Every recorded non-streaming response object (`POST /responses` without `stream`). */
export function loadRecordedResponses(): Array<{ source: string; response: RecordedResponse }> {
  return recordings().flatMap((recording) => recording.responses.map((response) => ({ source: recording.name, response: response as RecordedResponse })));
}
