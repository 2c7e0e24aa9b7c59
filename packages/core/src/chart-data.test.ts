import { describe, expect, it } from 'vitest';
import { chartDataFile } from './chart-data.js';
import { createExecutionCard } from './execution-card.js';
import { fileKind } from './file-kind.js';
import type { GeneratedFile, Turn } from './state.js';

function file(path: string, turnId = 'turn_1'): GeneratedFile {
  const filename = path.slice(path.lastIndexOf('/') + 1);
  return { path, filename, kind: fileKind(filename), fileId: `cfile_${filename}`, containerId: 'cntr_1', bytes: 10, url: `/files/${filename}`, autoCaptured: false, turnId, storage: 'container', sha256: null, availability: 'unknown', availabilityMessage: null };
}

const chartCall = createExecutionCard({ id: 'ci_chart', code: 'table.to_csv("/mnt/data/monthly.csv")\nfig.savefig("/mnt/data/monthly.png")' });
const otherCall = createExecutionCard({ id: 'ci_other', code: 'stats.to_csv("/mnt/data/stats.csv")' });

function turn(items: Turn['items']): Turn {
  return { id: 'turn_1', user: null, response: null, items, lastSequenceNumber: items.length };
}

describe('chartDataFile', () => {
  it('finds the CSV the chart\'s own call wrote, even beside other CSVs of the turn', () => {
    const files = Object.fromEntries([file('/mnt/data/stats.csv'), file('/mnt/data/monthly.csv'), file('/mnt/data/monthly.png')].map((f) => [f.path, f]));
    expect(chartDataFile(files, turn([otherCall, chartCall]), '/mnt/data/monthly.png')?.filename).toBe('monthly.csv');
  });

  it('falls back to the turn\'s only CSV, and gives none when the choice would be a guess', () => {
    const chartOnly = createExecutionCard({ id: 'ci_png', code: 'fig.savefig("/mnt/data/chart.png")' });
    const one = Object.fromEntries([file('/mnt/data/stats.csv'), file('/mnt/data/chart.png')].map((f) => [f.path, f]));
    expect(chartDataFile(one, turn([otherCall, chartOnly]), '/mnt/data/chart.png')?.filename).toBe('stats.csv');
    const two = { ...one, '/mnt/data/more.csv': file('/mnt/data/more.csv') };
    expect(chartDataFile(two, turn([otherCall, chartOnly]), '/mnt/data/chart.png')).toBeNull();
    const elsewhere = Object.fromEntries([file('/mnt/data/stats.csv', 'turn_0'), file('/mnt/data/chart.png')].map((f) => [f.path, f]));
    expect(chartDataFile(elsewhere, turn([chartOnly]), '/mnt/data/chart.png')).toBeNull();
  });
});
