import { describe, expect, it } from 'vitest';
import { checkUploadLimits, formatBytes, type UploadLimits } from './upload-limits.js';

const megabyte = 1024 * 1024;
const limits: UploadLimits = {
  enabled: true,
  maxFilesPerMessage: 10,
  maxFileBytes: 100 * megabyte,
  allowedTypes: [
    { label: 'CSV', extensions: ['csv'], mimeType: 'text/csv' },
    { label: 'XLSX', extensions: ['xlsx'], mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  ],
  accept: '.csv,.xlsx',
};

describe('checkUploadLimits', () => {
  it('accepts allowed files whatever the case of their extension', () => {
    expect(checkUploadLimits([{ name: 'a.CSV', size: 10 }, { name: 'b.xlsx', size: 20 }], 0, limits)).toEqual({ accepted: [0, 1], rejected: [] });
  });

  it('refuses the eleventh file, a file over 100 MB and an .exe, each with its own message', () => {
    const files = [...Array.from({ length: 11 }, (_, index) => ({ name: `part-${index}.csv`, size: 5 })), { name: 'huge.csv', size: 101 * megabyte }, { name: 'tool.exe', size: 5 }];
    const { accepted, rejected } = checkUploadLimits(files, 0, limits);
    expect(accepted).toHaveLength(10);
    expect(rejected).toEqual([
      { name: 'part-10.csv', code: 'too_many_files', message: '"part-10.csv" was not attached: at most 10 files can be sent with one message.' },
      { name: 'huge.csv', code: 'file_too_large', message: '"huge.csv" was not attached: it is 101 MB, and files can be at most 100 MB.' },
      { name: 'tool.exe', code: 'file_type_not_allowed', message: '"tool.exe" was not attached: only CSV, XLSX files can be uploaded.' },
    ]);
  });

  it('counts files already attached against the per-message limit', () => {
    expect(checkUploadLimits([{ name: 'a.csv', size: 1 }], 10, limits).rejected[0]?.code).toBe('too_many_files');
  });

  it('refuses empty files and everything when uploads are off', () => {
    expect(checkUploadLimits([{ name: 'a.csv', size: 0 }], 0, limits).rejected[0]?.code).toBe('empty_file');
    expect(checkUploadLimits([{ name: 'a.csv', size: 3 }], 0, { ...limits, enabled: false }).rejected[0]?.code).toBe('uploads_disabled');
  });
});

describe('formatBytes', () => {
  it('prints sizes a person reads at a glance', () => {
    expect([formatBytes(512), formatBytes(1536), formatBytes(15 * 1024), formatBytes(101 * megabyte)]).toEqual(['512 B', '1.5 KB', '15 KB', '101 MB']);
  });
});
