/** What every file preview receives: the file's bytes, already fetched within its kind's size cap (see preview-kinds.ts). */
export interface PreviewProps {
  /** The file's bytes: the whole file, or for text-like kinds only its first bytes when `truncated`. */
  data: ArrayBuffer;
  /** The file's name, for its language, its sheet names' context and its labels. */
  fileName: string;
  /** The file is longer than `data`: the preview says so and points at the download. */
  truncated: boolean;
}
