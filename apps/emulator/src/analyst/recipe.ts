/**
 * The contract between the analyst's engine and its recipes.
 *
 * A turn is: (1) an inspection call whose Python prints one JSON line (`Inspection`), (2) the recipe
 * the request matches plans the analysis call from what the inspection found, (3) that call's last
 * stdout line is a JSON summary the recipe reads back to write an answer with the real figures.
 */

/** One column as the inspection saw it. */
export interface InspectedColumn {
  name: string;
  /** `date` when most non-empty values parse as dates (whatever their written form). */
  dtype: 'number' | 'date' | 'text' | 'bool';
  nonNull: number;
  distinct: number;
  /** Up to three example values, as written in the file. */
  sample: string[];
}

/** A rectangular table: a CSV file, a workbook sheet, a table found on a PDF page or in a DOCX. */
export interface InspectedTable {
  /** Sheet name, `page 3`, `table 1`; the file name for a CSV. */
  name: string;
  /** 1-based page for PDF tables. */
  page?: number;
  /** 0-based row index of the header within the sheet (workbooks with title rows above the header). */
  headerRow?: number;
  rows: number;
  columns: InspectedColumn[];
}

export type InspectedKind = 'csv' | 'tsv' | 'xlsx' | 'pdf' | 'docx' | 'json' | 'text' | 'other';

/** One user file in /mnt/data. */
export interface InspectedFile {
  path: string;
  kind: InspectedKind;
  bytes: number;
  /** CSV/TSV/text: the detected delimiter and encoding. */
  delimiter?: string;
  encoding?: string;
  /** CSV/TSV: `,` when numbers are written with a decimal comma (then `.` groups thousands). */
  decimal?: string;
  tables: InspectedTable[];
  /** PDF: page count. DOCX: paragraph count. */
  pages?: number;
  paragraphs?: number;
  /** A short excerpt of the text (PDF first page, DOCX first paragraphs) for the answer. */
  excerpt?: string;
  /** Why the file could not be read, in words a user understands. */
  error?: string;
}

export interface Inspection {
  files: InspectedFile[];
}

/** What an earlier turn of the same conversation did, so follow-ups ("now per region") can build on it. */
export interface PriorAnalysis {
  recipe: string;
  /** The options the recipe chose (file, columns, frequency, chart kind…), recipe-specific but JSON-safe. */
  options: Record<string, unknown>;
}

export interface AnalystRequest {
  /** The user's sentence as typed. */
  text: string;
  inspection: Inspection;
  /** The most recent analysis of this conversation (via previous_response_id), if any. */
  previous?: PriorAnalysis;
}

export interface AnalysisPlan {
  /** The Python the card shows and the container runs; its last stdout line is a JSON summary. */
  code: string;
  /** Remembered for follow-ups. */
  options: Record<string, unknown>;
}

export interface Recipe {
  id: string;
  /** 0 when the request is not for this recipe; higher wins. Must be deterministic. */
  match(request: AnalystRequest): number;
  plan(request: AnalystRequest): AnalysisPlan;
  /**
   * The answer's markdown from the summary the code printed and the files it wrote (`/mnt/data/...`).
   * Link files with `fileLink`/`fileLinks` from `../model/answer-text.js`.
   */
  answer(request: AnalystRequest, plan: AnalysisPlan, summary: unknown, files: readonly string[]): string;
  /**
   * When the analysis call raised: a corrected plan for a second call (as a model retries after
   * reading the traceback), or undefined to explain the failure instead. `error` is the last line.
   */
  /** Why the user’s data cannot serve this request (no date column, no numbers…), in words; undefined when it fits. */
  misfit?(request: AnalystRequest): string | undefined;
  repair?(request: AnalystRequest, plan: AnalysisPlan, error: string): AnalysisPlan | undefined;
}
