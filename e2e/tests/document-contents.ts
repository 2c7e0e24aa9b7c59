import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';

/**
 * What a document really holds, read by the same Python libraries that wrote it (pypdf, openpyxl, python-docx):
 * the previews are checked against the file, not against what the test expects the file to say.
 */
const readerScript = String.raw`
import json, sys, datetime
kind, file = sys.argv[1], sys.argv[2]
if kind == "pdf":
    from pypdf import PdfReader
    print(json.dumps([page.extract_text() for page in PdfReader(file).pages]))
elif kind == "xlsx":
    from openpyxl import load_workbook
    book = load_workbook(file)
    def text(value):
        if isinstance(value, (datetime.datetime, datetime.date)): return value.isoformat()[:10]
        return "" if value is None else str(value)
    print(json.dumps({sheet.title: [[text(cell) for cell in row] for row in sheet.iter_rows(values_only=True)] for sheet in book.worksheets}))
elif kind == "docx":
    from docx import Document
    document = Document(file)
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    print(json.dumps({"paragraphs": [p.text for p in document.paragraphs if p.text.strip()], "cells": cells}))
`;

function read(kind: 'pdf' | 'xlsx' | 'docx', bytes: Buffer): unknown {
  const directory = mkdtempSync(path.join(tmpdir(), 'execards-document-'));
  try {
    const file = path.join(directory, `document.${kind}`);
    writeFileSync(file, bytes);
    return JSON.parse(execFileSync('/usr/bin/python3', ['-c', readerScript, kind, file], { encoding: 'utf8' }));
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

export const pdfPageTexts = (bytes: Buffer): string[] => z.array(z.string()).parse(read('pdf', bytes));
export const workbookCells = (bytes: Buffer): Record<string, string[][]> => z.record(z.string(), z.array(z.array(z.string()))).parse(read('xlsx', bytes));
export const wordText = (bytes: Buffer): { paragraphs: string[]; cells: string[] } => z.object({ paragraphs: z.array(z.string()), cells: z.array(z.string()) }).parse(read('docx', bytes));
