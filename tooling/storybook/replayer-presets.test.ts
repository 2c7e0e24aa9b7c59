import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldEvents } from '@execards/core';
import { readStream } from '../../docs/site/replayer/read-stream.js';
import { fixturesPath } from '../fixtures/index.js';
import { withRecordings } from '../fixtures/vitest.js';
import { readReplayerPresets, replayerPresets, replayerPresetsModule } from './replayer-presets.js';

function loadModule(directory: string): string {
  const plugin = replayerPresets(directory);
  const resolveId = plugin.resolveId as (id: string) => string | null;
  const load = plugin.load as (id: string) => string | null;
  const id = resolveId(replayerPresetsModule);
  if (id === null) throw new Error('the plugin did not resolve its module');
  return load(id) ?? '';
}

describe('replayer presets', () => {
  it('builds without the fixtures folder: no presets, and the module says where it looked', () => {
    const code = loadModule(path.join(fixturesPath('upstream'), 'absent-folder'));
    expect(code).toContain('export const presets = [];');
    expect(code).toContain('absent-folder');
  });

  withRecordings(fixturesPath('upstream'), () => {
    it('reads four recordings, each in a format the replayer parses into events core folds cleanly', () => {
      const presets = readReplayerPresets(fixturesPath('upstream'));
      expect(presets.map((preset) => readStream(preset.text).format)).toEqual(['json-lines', 'sse', 'sse', 'response']);
      for (const preset of presets) {
        const state = foldEvents(readStream(preset.text).events);
        expect(state.diagnostics).toEqual([]);
        expect(state.turns[0]?.response?.status).toBe('completed');
      }
    });
  });
});
