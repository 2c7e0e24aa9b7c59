import { pythonHelpersFor, type HelperName } from './python-helpers.js';

/**
 * Python for the inspection call's document part: workbooks, PDFs and Word files. Each kind's
 * snippet defines `inspect_<kind>(path)` returning a dict shaped like the contract's InspectedFile;
 * `inspectDocumentsPython` composes the helpers, the definitions, and a loop that appends one dict
 * per document in /mnt/data to the list `found` (which the including call defines).
 */

export type DocumentKind = 'xlsx' | 'pdf' | 'docx';

export const documentExtensions: Readonly<Record<DocumentKind, readonly string[]>> = {
  xlsx: ['.xlsx', '.xlsm'],
  pdf: ['.pdf'],
  docx: ['.docx'],
};

/** The kind of a document by its file name, or undefined for anything else (CSV, JSON… are the engine's). */
export function documentKindOf(fileName: string): DocumentKind | undefined {
  const lower = fileName.toLowerCase();
  return (Object.keys(documentExtensions) as DocumentKind[]).find((kind) => documentExtensions[kind].some((extension) => lower.endsWith(extension)));
}

const xlsxSnippet = String.raw`def inspect_xlsx(path):
    """Every sheet of a workbook: where its header row is, its columns and what they hold."""
    from openpyxl import load_workbook
    info = {"path": path, "kind": "xlsx", "bytes": os.path.getsize(path), "tables": []}
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:
        info["error"] = f"The workbook could not be opened ({type(error).__name__}: {error})."
        return info
    for sheet in book.worksheets:
        header_row, columns, body = sheet_table(sheet.iter_rows(values_only=True))
        info["tables"].append(profile_table(sheet.title, columns, body, header_row=header_row))
    book.close()
    return info
`;

const pdfSnippet = String.raw`def inspect_pdf(path):
    """A PDF's page count, the tables on each page (columns aligned in the layout), and its opening text."""
    info = {"path": path, "kind": "pdf", "bytes": os.path.getsize(path), "tables": []}
    try:
        pages = pdf_page_texts(path)
    except Exception as error:
        info["error"] = f"The PDF could not be read ({type(error).__name__}: {error})."
        return info
    info["pages"] = len(pages)
    for number, text in enumerate(pages, start=1):
        tables = text_tables(text)
        for index, (header, rows) in enumerate(tables, start=1):
            name = f"page {number}" if len(tables) == 1 else f"page {number} table {index}"
            info["tables"].append(profile_table(name, header, rows, page=number))
    opening = " ".join(" ".join(pages).split())
    info["excerpt"] = opening[:300]
    if not opening:
        info["error"] = "The PDF has no text layer (scanned pages?), so its text and tables cannot be read."
    return info
`;

const docxSnippet = String.raw`def inspect_docx(path):
    """A Word document's paragraphs (count and opening) and its tables (first row as header)."""
    import docx
    info = {"path": path, "kind": "docx", "bytes": os.path.getsize(path), "tables": []}
    try:
        document = docx.Document(path)
    except Exception as error:
        info["error"] = f"The Word document could not be opened ({type(error).__name__}: {error})."
        return info
    paragraphs = [p.text.strip() for p in document.paragraphs if p.text.strip()]
    info["paragraphs"] = len(paragraphs)
    info["excerpt"] = " ".join(paragraphs)[:300]
    for index, table in enumerate(document.tables, start=1):
        rows = [[cell.text.strip() for cell in row.cells] for row in table.rows]
        if rows:
            info["tables"].append(profile_table(f"table {index}", unique_names(rows[0]), rows[1:]))
    return info
`;

const snippets: Record<DocumentKind, string> = { xlsx: xlsxSnippet, pdf: pdfSnippet, docx: docxSnippet };
const helpersByKind: Record<DocumentKind, HelperName[]> = { xlsx: ['tables'], pdf: ['pdf'], docx: ['tables'] };

/** The `inspect_<kind>(path)` definition for one kind (needs `pythonHelpersFor` of that kind first). */
export function inspectDocumentPython(kind: DocumentKind): string {
  return snippets[kind];
}

/** Helpers + definitions for the given kinds + a loop appending every such file in /mnt/data to `found`. */
export function inspectDocumentsPython(kinds: readonly DocumentKind[] = ['xlsx', 'pdf', 'docx']): string {
  const present = (['xlsx', 'pdf', 'docx'] as const).filter((kind) => kinds.includes(kind));
  if (present.length === 0) return '';
  const extensions = present.flatMap((kind) => documentExtensions[kind].map((extension) => [extension, kind] as const));
  const dispatch = extensions.map(([extension, kind]) => `"${extension}": inspect_${kind}`).join(', ');
  return [
    'import os',
    pythonHelpersFor(present.flatMap((kind) => helpersByKind[kind])),
    ...present.map((kind) => snippets[kind]),
    `# Documents: one entry per workbook, PDF and Word file`,
    `inspectors = {${dispatch}}`,
    `for name in sorted(os.listdir("/mnt/data")):`,
    `    inspector = inspectors.get(os.path.splitext(name)[1].lower())`,
    `    if inspector:`,
    `        found.append(inspector(os.path.join("/mnt/data", name)))`,
    '',
  ].join('\n');
}
