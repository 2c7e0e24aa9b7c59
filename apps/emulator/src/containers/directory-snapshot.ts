import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export interface FileFingerprint {
  size: number;
  modifiedMs: number;
}

/** Every regular file under `root` (relative POSIX paths), skipping dot-files and dot-directories. */
export async function snapshotDirectory(root: string): Promise<Map<string, FileFingerprint>> {
  const found = new Map<string, FileFingerprint>();
  async function walk(relative: string): Promise<void> {
    const entries = await readdir(path.join(root, relative), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(child);
      else if (entry.isFile()) {
        const info = await stat(path.join(root, child));
        found.set(child, { size: info.size, modifiedMs: info.mtimeMs });
      }
    }
  }
  await walk('');
  return found;
}
