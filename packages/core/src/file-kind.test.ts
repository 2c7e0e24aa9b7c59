import { describe, expect, it } from 'vitest';
import { fileExtension, fileKind } from './file-kind.js';

describe('fileKind', () => {
  it.each([
    ['chart.png', 'image'],
    ['photo.JPG', 'image'],
    ['photo.jpeg', 'image'],
    ['anim.gif', 'image'],
    ['pic.WebP', 'image'],
    ['vector.svg', 'image'],
    ['data.csv', 'csv'],
    ['DATA.CSV', 'csv'],
    ['page.html', 'html'],
    ['page.htm', 'html'],
    ['report.pdf', 'pdf'],
    ['letter.docx', 'docx'],
    ['sheet.xlsx', 'xlsx'],
    ['deck.pptx', 'pptx'],
    ['notes.md', 'md'],
    ['notes.txt', 'txt'],
    ['run.log', 'txt'],
    ['data.json', 'json'],
    ['analysis.py', 'code'],
    ['query.SQL', 'code'],
    ['config.yaml', 'code'],
    ['config.yml', 'code'],
    ['feed.xml', 'code'],
    ['app.ts', 'code'],
    ['run.sh', 'code'],
    ['bundle.zip', 'zip'],
    ['archive.tar.gz', 'other'],
    ['Makefile', 'other'],
    ['.png', 'other'],
    ['my chart (1).png', 'image'],
    ['übersicht – 2024.csv', 'csv'],
    ['/mnt/data/sub.dir/report', 'other'],
    ['cfile_68dd937c234081919ee5238a16b4fd87.png', 'image'],
  ])('%s is %s', (name, kind) => {
    expect(fileKind(name)).toBe(kind);
  });

  it('falls back to the MIME type when the name says nothing, and the name wins otherwise', () => {
    expect(fileKind('download', 'image/png')).toBe('image');
    expect(fileKind('download', 'text/csv; charset=utf-8')).toBe('csv');
    expect(fileKind('download', 'TEXT/HTML')).toBe('html');
    expect(fileKind('download', 'application/octet-stream')).toBe('other');
    expect(fileKind('table.csv', 'text/plain')).toBe('csv');
    expect(fileKind('download', 'text/x-python')).toBe('code');
    expect(fileKind('download', 'application/xml')).toBe('code');
  });

  it('reads extensions of paths, ignoring dots in folder names', () => {
    expect(fileExtension('/mnt/data/v1.2/chart.PNG')).toBe('png');
    expect(fileExtension('/mnt/data/v1.2/README')).toBe('');
  });
});
