import type { Plugin } from 'vite';

interface BundlerLog {
  code?: string;
  id?: string;
  message: string;
}

const workspaceSource = /(^|[\\/])packages[\\/][^\\/]+[\\/]src[\\/]/;

/** True for the bundler's warning that it dropped a `"use client"` directive from one of the kit's own sources. */
export function isKitUseClientWarning(log: BundlerLog): boolean {
  if (log.code !== 'MODULE_LEVEL_DIRECTIVE') return false;
  const match = /directive "([^"]+)" in "([^"]+)"/.exec(log.message);
  const directive = match?.[1];
  const file = log.id ?? match?.[2] ?? '';
  return directive === 'use client' && workspaceSource.test(file) && !file.includes('node_modules');
}

/**
 * For browser-only bundles of the kit (the demo, Storybook). The kit's modules start with `"use client"` on purpose:
 * they are published file by file (tsc), and a React Server Components app (Next.js App Router) needs that marker on
 * each module it may import from a server component. A browser-only bundle has no server/client boundary, so the
 * bundler drops the directive, correctly, and warns once per module that its meaning may be lost; here there is
 * nothing to lose, as every module is client code. Only that warning, for the kit's own sources, is dropped: any
 * other directive, or one from a dependency, still warns.
 */
export function clientOnlyBundle(): Plugin {
  return {
    name: 'execards:client-only-bundle',
    apply: 'build',
    onLog(level, log) {
      if (level === 'warn' && isKitUseClientWarning(log)) return false;
      return undefined;
    },
  };
}
