import { describe, expect, it } from 'vitest';
import { progressPerFile } from './upload-progress.js';

const files = [
  { name: 'a.csv', size: 100 },
  { name: 'b.csv', size: 300 },
];

describe('progressPerFile', () => {
  it('fills the files in the order they travel', () => {
    expect(progressPerFile(files, 0, 1000).map((file) => file.loaded)).toEqual([0, 0]);
    expect(progressPerFile(files, 200, 1000).map((file) => file.loaded)).toEqual([80, 0]);
    expect(progressPerFile(files, 500, 1000).map((file) => file.loaded)).toEqual([100, 100]);
    expect(progressPerFile(files, 1000, 1000)).toEqual([
      { index: 0, name: 'a.csv', loaded: 100, total: 100 },
      { index: 1, name: 'b.csv', loaded: 300, total: 300 },
    ]);
  });

  it('never reports more than a file holds, even if told more bytes than the body has', () => {
    expect(progressPerFile(files, 5000, 1000).map((file) => file.loaded)).toEqual([100, 300]);
  });
});
