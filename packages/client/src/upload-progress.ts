export interface FileProgress {
  /** Index of the file in the list given to `uploadFiles`. */
  index: number;
  name: string;
  loaded: number;
  total: number;
}

/**
 * Spreads the progress of one multipart body over its files: they travel in order, so the bytes sent so far
 * fill the first file, then the next. The multipart framing is spread proportionally.
 */
export function progressPerFile(files: readonly { name: string; size: number }[], loaded: number, total: number): FileProgress[] {
  const sizes = files.map((file) => file.size);
  const fileBytes = sizes.reduce((sum, size) => sum + size, 0);
  let remaining = total > 0 ? (Math.min(loaded, total) / total) * fileBytes : 0;
  return files.map((file, index) => {
    const size = sizes[index] ?? 0;
    const sent = Math.min(size, Math.max(0, remaining));
    remaining -= size;
    return { index, name: file.name, loaded: Math.round(sent), total: size };
  });
}
