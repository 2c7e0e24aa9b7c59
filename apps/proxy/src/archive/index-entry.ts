import { z } from 'zod';
import type { ArchiveIndexEntry } from './archive-storage.js';

/** Index entries are read back from storage another instance may have written: validated, never trusted. */
export const archiveIndexEntrySchema = z.object({
  containerId: z.string().min(1),
  fileId: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  filename: z.string().min(1),
  bytes: z.number().int().min(0),
  archivedAt: z.number().int().min(0),
});

export function parseIndexEntry(text: string): ArchiveIndexEntry | null {
  try {
    const parsed = archiveIndexEntrySchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
