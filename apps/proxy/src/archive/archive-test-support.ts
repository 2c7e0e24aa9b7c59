import { createHash } from 'node:crypto';
import type { ArchiveStorage } from './archive-storage.js';

export const sha256Of = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

export async function blobCount(storage: ArchiveStorage): Promise<number> {
  let count = 0;
  for await (const blob of storage.list()) if (blob.sha256) count += 1;
  return count;
}

/** Deletes a container on the (emulated) upstream, as its idle expiry would. */
export async function deleteContainer(emulatorUrl: string, containerId: string): Promise<void> {
  const response = await fetch(`${emulatorUrl}/v1/containers/${containerId}`, { method: 'DELETE', headers: { authorization: 'Bearer emulator-local-key' } });
  if (!response.ok) throw new Error(`Deleting ${containerId} failed with ${response.status}.`);
}

/** Python writing `filename` with exactly `content` (deterministic, so a re-run makes the same bytes). */
export function writeFileCode(filename: string, content: string): string {
  return `with open(${JSON.stringify(`/mnt/data/${filename}`)}, "w") as f:\n    f.write(${JSON.stringify(content)})`;
}

export const fenced = (code: string) => `\`\`\`python\n${code}\n\`\`\``;

export async function postJson(url: string, body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
