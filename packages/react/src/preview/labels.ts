/** The strings of the preview frame (opening, loading, failing); each kind's own view adds its strings below. */
export interface PreviewLabels {
  /** The disclosure button's visible text; its accessible name is `openFile(name)`. */
  open: string;
  openFile(name: string): string;
  /** Name of the region that holds an open preview. */
  region(name: string): string;
  loading(percent: number | null): string;
  failed: string;
  /** A document over its preview cap: nothing is read, the download is the way in. */
  tooLarge(size: string | null, cap: string): string;
}

export const previewLabels: PreviewLabels = {
  open: 'Preview',
  openFile: (name) => `Preview ${name}`,
  region: (name) => `Preview of ${name}`,
  loading: (percent) => (percent === null ? 'Loading preview…' : `Loading preview… ${percent}%`),
  failed: 'The preview could not be loaded.',
  tooLarge: (size, cap) => `This file${size ? ` (${size})` : ''} is larger than a preview can show (${cap}). Download it to see it.`,
};
