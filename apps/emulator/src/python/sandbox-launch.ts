import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { SandboxMode } from '../options.js';

export const runnerDirectory = fileURLToPath(new URL('../../python/', import.meta.url));
export const runnerPath = `${runnerDirectory}runner.py`;

export interface LaunchPlan {
  command: string;
  args: string[];
  /** The directory the code sees as its working directory and `/mnt/data`. */
  workDirectory: string;
  /** Rewrites `/mnt/data` in code when no mount namespace hides the real path. */
  mapCode(code: string): string;
  mode: 'namespace' | 'path-mapping';
}

let namespaceSupport: boolean | undefined;

/** Whether this machine lets us make a private mount + network namespace (root, unshare present). */
export function namespacesAvailable(): boolean {
  namespaceSupport ??= (() => {
    const probe = spawnSync('unshare', ['--mount', '--net', '--fork', '--', '/bin/sh', '-c', 'mount -t tmpfs tmpfs /mnt'], {
      stdio: 'ignore',
      timeout: 5000,
    });
    return probe.status === 0;
  })();
  return namespaceSupport;
}

// Inside a fresh mount namespace: a tmpfs over /mnt (the host's /mnt is untouched), then the
// container's directory bind-mounted on /mnt/data. `--net` leaves only a down loopback: no network.
const namespaceScript = 'mount -t tmpfs tmpfs /mnt && mkdir /mnt/data && mount --bind "$1" /mnt/data && exec "$2" "$3"';

export function planLaunch(mode: SandboxMode, directory: string, pythonPath: string): LaunchPlan {
  const useNamespace = mode === 'namespace' || (mode === 'auto' && namespacesAvailable());
  if (mode === 'namespace' && !namespacesAvailable()) {
    throw new Error('sandbox "namespace" needs root and util-linux unshare; use "path-mapping" instead');
  }
  if (useNamespace) {
    return {
      command: 'unshare',
      args: ['--mount', '--net', '--fork', '--kill-child', '--', '/bin/sh', '-c', namespaceScript, 'sh', directory, pythonPath, runnerPath],
      workDirectory: '/mnt/data',
      mapCode: (code) => code,
      mode: 'namespace',
    };
  }
  return {
    command: pythonPath,
    args: [runnerPath],
    workDirectory: directory,
    mapCode: (code) => code.replaceAll('/mnt/data', directory),
    mode: 'path-mapping',
  };
}
