import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { freePort, startBuiltServer } from '../../../../tooling/test-stack/built-server.js';

/** Azurite's documented development account (public, not a secret). */
const developmentAccount = 'devstoreaccount1';
const developmentKey = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface RunningAzurite {
  connectionString: string;
  /** The account's blob endpoint (https when started with `entra`), for Microsoft Entra ID sign-in. */
  accountUrl: string;
  close(): Promise<void>;
}

/** A self-signed certificate for 127.0.0.1 (Azurite accepts bearer tokens over https only). */
function selfSignedCertificate(directory: string): string[] {
  const cert = path.join(directory, 'cert.pem');
  const key = path.join(directory, 'key.pem');
  const made = spawnSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'],
    { stdio: 'pipe' },
  );
  if (made.status !== 0) throw new Error(`openssl could not make a test certificate: ${made.error?.message ?? made.stderr.toString()}`);
  return ['--cert', cert, '--key', key, '--oauth', 'basic'];
}

/**
 * Microsoft's storage emulator (blob service only), in memory on a free loopback port, for tests. With `entra`,
 * it serves https with a self-signed certificate and accepts bearer tokens (its "basic" OAuth checks their shape).
 */
export async function startAzurite(options: { entra?: boolean } = {}): Promise<RunningAzurite> {
  const main = createRequire(import.meta.url).resolve('azurite/dist/src/blob/main.js');
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'azurite-'));
  const port = await freePort();
  const tls = options.entra ? selfSignedCertificate(workspace) : [];
  const azurite = await startBuiltServer({
    command: [process.execPath, main, '--blobHost', '127.0.0.1', '--blobPort', String(port), '--inMemoryPersistence', '--skipApiVersionCheck', '--loose', '--silent', '--disableTelemetry', ...tls],
    // In-memory mode refuses --location; the working directory keeps any stray file out of the repository.
    cwd: workspace,
    env: process.env,
    ready: /successfully listens/i,
    timeoutMs: 20_000,
  }).catch((error: unknown) => {
    rmSync(workspace, { recursive: true, force: true });
    throw error;
  });
  return {
    connectionString: `DefaultEndpointsProtocol=http;AccountName=${developmentAccount};AccountKey=${developmentKey};BlobEndpoint=http://127.0.0.1:${port}/${developmentAccount};`,
    accountUrl: `${options.entra ? 'https' : 'http'}://127.0.0.1:${port}/${developmentAccount}`,
    async close() {
      await azurite.stop();
      rmSync(workspace, { recursive: true, force: true });
    },
  };
}
