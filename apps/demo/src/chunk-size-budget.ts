import type { Plugin } from 'vite';

/** Vite's own warning threshold (`build.chunkSizeWarningLimit`), in its unit: 1000 characters of minified code. */
export const chunkSizeLimitKb = 500;

interface BundleItem {
  type: 'chunk' | 'asset';
  fileName: string;
  code?: string;
}

/** The chunks over the limit, as `name (size kB)`, largest first. */
export function chunksOverBudget(bundle: Record<string, BundleItem>, limitKb = chunkSizeLimitKb): string[] {
  return Object.values(bundle)
    .filter((item) => item.type === 'chunk' && (item.code?.length ?? 0) / 1000 > limitKb)
    .sort((a, b) => (b.code?.length ?? 0) - (a.code?.length ?? 0))
    .map((item) => `${item.fileName} (${((item.code?.length ?? 0) / 1000).toFixed(1)} kB)`);
}

/**
 * Fails the build when a chunk grows past Vite's warning threshold, so a regression is fixed by splitting code
 * (see the build's `codeSplitting` groups, or a lazy `import()`) instead of scrolling by as a warning.
 */
export function chunkSizeBudget(limitKb = chunkSizeLimitKb): Plugin {
  return {
    name: 'execards:chunk-size-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const over = chunksOverBudget(bundle as Record<string, BundleItem>, limitKb);
      if (over.length > 0) this.error(`chunks over ${limitKb} kB after minification: ${over.join(', ')}; split them rather than raising the limit`);
    },
  };
}
