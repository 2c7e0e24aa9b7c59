import path from 'node:path';
import { documentKindOf, inspectDocumentPython, type DocumentKind } from './inspect-documents.js';
import { pythonHelpersFor } from './python-helpers.js';

const delimitedInspector = String.raw`import csv, io, json, os

DECIMAL_COMMA = re.compile(r"^-?\d{1,3}(\.\d{3})*,\d+$|^-?\d+,\d+$")


def inspect_delimited(path):
    """A CSV/TSV file's encoding, delimiter, header and what each column holds."""
    raw = open(path, "rb").read()
    info = {"path": path, "kind": "tsv" if path.lower().endswith(".tsv") else "csv", "bytes": len(raw), "tables": []}
    for encoding in ("utf-8-sig", "utf-8", "cp1252", "latin-1"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    info["encoding"] = "utf-8" if encoding == "utf-8-sig" else encoding
    try:
        delimiter = csv.Sniffer().sniff(text[:20000], delimiters=",;\t|").delimiter
    except csv.Error:
        delimiter = "\t" if info["kind"] == "tsv" else ","
    info["delimiter"] = delimiter
    rows = [row for row in csv.reader(io.StringIO(text), delimiter=delimiter) if any(cell.strip() for cell in row)]
    if not rows:
        info["error"] = "The file is empty."
        return info
    # Decimal commas (1.234,5) are common with semicolon-separated files
    cells = [cell.strip() for row in rows[1:200] for cell in row]
    if delimiter != "," and sum(bool(DECIMAL_COMMA.match(cell)) for cell in cells) > len(cells) / 10:
        info["decimal"] = ","
        rows = [rows[0]] + [[c.replace(".", "").replace(",", ".") if DECIMAL_COMMA.match(c.strip()) else c for c in row] for row in rows[1:]]
    header, body = unique_names(rows[0]), rows[1:]
    table = profile_table(os.path.basename(path), header, body[:5000])
    table["rows"] = len(body)
    info["tables"].append(table)
    return info


def inspect_json(path):
    """A JSON file: a list of records becomes a table."""
    info = {"path": path, "kind": "json", "bytes": os.path.getsize(path), "tables": []}
    try:
        data = json.load(open(path, encoding="utf-8-sig"))
    except ValueError as error:
        info["error"] = f"The JSON could not be parsed ({error})."
        return info
    records = data if isinstance(data, list) else next((v for v in data.values() if isinstance(v, list)), None) if isinstance(data, dict) else None
    if records and all(isinstance(record, dict) for record in records):
        names = list(dict.fromkeys(key for record in records for key in record))
        info["tables"].append(profile_table(os.path.basename(path), names, [[record.get(n) for n in names] for record in records]))
    else:
        info["excerpt"] = json.dumps(data)[:300]
    return info


def inspect_other(path):
    info = {"path": path, "kind": "other", "bytes": os.path.getsize(path), "tables": []}
    try:
        info["excerpt"] = open(path, encoding="utf-8").read(300)
        info["kind"] = "text"
    except (UnicodeDecodeError, OSError):
        pass
    return info
`;

function inspectorFor(filePath: string): string {
  const extension = path.extname(filePath).toLowerCase();
  const document = documentKindOf(filePath);
  if (document) return `inspect_${document}`;
  if (extension === '.csv' || extension === '.tsv' || extension === '.txt') return 'inspect_delimited';
  if (extension === '.json') return 'inspect_json';
  return 'inspect_other';
}

/** The inspection call: the helpers, then one readable line per user file, then one JSON line (`Inspection`). */
export function inspectionCode(userFiles: readonly string[]): string {
  const kinds = [...new Set(userFiles.map((file) => documentKindOf(file)).filter((kind): kind is DocumentKind => kind !== undefined))];
  const calls = userFiles.map((file) => `    ${inspectorFor(file)}(${JSON.stringify(file)}),`);
  return [
    '# First, look at the files: their format, columns and what each column holds.',
    pythonHelpersFor(['pdf']),
    delimitedInspector,
    ...kinds.map((kind) => inspectDocumentPython(kind)),
    'found = [',
    ...calls,
    ']',
    'for file in found:',
    '    shapes = ", ".join(f"{t[\'name\']}: {t[\'rows\']} rows x {len(t[\'columns\'])} columns" for t in file["tables"]) or file.get("error", "no table")',
    '    print(f"{os.path.basename(file[\'path\'])} ({file[\'kind\']}, {file[\'bytes\']} bytes): {shapes}")',
    'print(json.dumps({"files": found}))',
    '',
  ].join('\n');
}
