import { strFromU8, unzipSync } from 'fflate';

/** Cell reference → what it shows, per sheet name: `"C6" → "=SUM(C2:C5)"`. */
export type StoredFormulas = Map<string, Map<string, string>>;

const entities: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return entities[name.toLowerCase()] ?? whole;
  });
}

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? decodeXml(match[1] ?? '') : null;
}

/**
 * The formulas a workbook stores without a result. A spreadsheet program saves each formula's result beside it,
 * and the preview shows that; a workbook written by a script (openpyxl, as code interpreters do) stores none, and
 * an empty cell where the total should be would mislead, so such a cell shows its formula as text. Nothing is
 * evaluated. Shared formulas without their own text are left empty.
 */
export function storedFormulasWithoutResults(data: ArrayBuffer): StoredFormulas {
  const files = unzipSync(new Uint8Array(data), {
    filter: (file) => file.name === 'xl/workbook.xml' || file.name === 'xl/_rels/workbook.xml.rels' || /^xl\/worksheets\/[^/]+\.xml$/.test(file.name),
  });
  const workbook = files['xl/workbook.xml'];
  const relations = files['xl/_rels/workbook.xml.rels'];
  const result: StoredFormulas = new Map();
  if (!workbook || !relations) return result;
  const targets = new Map<string, string>();
  for (const [tag] of strFromU8(relations).matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  for (const [tag] of strFromU8(workbook).matchAll(/<sheet\b[^>]*>/g)) {
    const name = attribute(tag, 'name');
    const path = targets.get(attribute(tag, 'r:id') ?? '');
    const sheet = path ? files[path] : undefined;
    if (name === null || !sheet) continue;
    const formulas = new Map<string, string>();
    for (const [, attributes = '', inner = ''] of strFromU8(sheet).matchAll(/<c\b([^>]*?)>([\s\S]*?)<\/c>/g)) {
      // openpyxl writes an empty <v></v>: only a value with content is a stored result.
      if (/<v\b[^>]*>[^<]+<\/v>/.test(inner)) continue;
      const formula = /<f\b[^>]*>([\s\S]*?)<\/f>/.exec(inner)?.[1];
      const reference = attribute(` ${attributes}`, 'r');
      if (formula && reference) formulas.set(reference, `=${decodeXml(formula)}`);
    }
    if (formulas.size > 0) result.set(name, formulas);
  }
  return result;
}

/** "C6" → row 5, column 2 (zero-based); null for anything else. */
export function cellPosition(reference: string): { row: number; column: number } | null {
  const match = /^([A-Z]{1,3})(\d+)$/.exec(reference);
  if (!match) return null;
  const column = [...(match[1] ?? '')].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, column };
}
