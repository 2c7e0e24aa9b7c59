import { createHmac, randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** What this file needs of the proxy's built entry (`tsc -b` runs before the stack starts, so dist exists). */
interface ProxyModule {
  startProxy(options: { port: number; upstream: unknown; signingSecrets: readonly string[]; logger: unknown }): Promise<{ url: string; close(): Promise<void> }>;
  createLogger(options: { level: 'warn' }): unknown;
  selectUpstream(env: Record<string, string | undefined>, emulatorUrl: string): unknown;
}

export interface SigningProxy {
  /** A download URL on this proxy for the file, signed with its secret, valid until `expiresAtSeconds`. */
  downloadUrl(file: { container_id: string; file_id: string; filename: string }, expiresAtSeconds: number): string;
  close(): Promise<void>;
}

/**
 * A second, real proxy in front of the same emulator whose signing secret the test knows, so it can mint a
 * correctly signed link that has already expired (the stack's proxy keeps its random secret to itself, and its
 * shortest link lifetime is a minute). The message format mirrors apps/proxy/src/downloads/download-link.ts; a link with
 * a future expiry must download, which proves the format still matches.
 */
export async function startSigningProxy(emulatorUrl: string): Promise<SigningProxy> {
  const entry = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../apps/proxy/dist/index.js');
  const proxy = (await import(pathToFileURL(entry).href)) as ProxyModule;
  const secret = randomBytes(32).toString('base64url');
  const running = await proxy.startProxy({ port: 0, upstream: proxy.selectUpstream({}, emulatorUrl), signingSecrets: [secret], logger: proxy.createLogger({ level: 'warn' }) });
  return {
    downloadUrl(file, expires) {
      const message = ['download', file.container_id, file.file_id, file.filename, String(expires)].join('\n');
      const signature = createHmac('sha256', secret).update(message).digest('base64url');
      const pathPart = [file.container_id, file.file_id, file.filename].map(encodeURIComponent).join('/');
      return `${running.url}/api/files/${pathPart}?expires=${expires}&signature=${signature}`;
    },
    close: () => running.close(),
  };
}
