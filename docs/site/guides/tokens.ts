export interface Token {
  readonly name: string;
  /** The default as the stylesheet sets it (or the fallback of its `var()` when only used). */
  readonly value: string;
  readonly isColor: boolean;
}

const stylesheets = import.meta.glob<string>('../../../packages/react/src/**/*.css', { query: '?raw', import: 'default', eager: true });

/** Every `--xc-*` custom property the kit's stylesheets declare or read, with its default, in first-seen order. */
export function readTokens(sources: readonly string[] = Object.values(stylesheets)): Token[] {
  const tokens = new Map<string, string>();
  const css = sources.join('\n').replace(/\/\*[\s\S]*?\*\//g, '');
  for (const [, name, value] of css.matchAll(/(--xc-[a-z0-9-]+)\s*:\s*([^;]+);/g)) {
    if (name !== undefined && value !== undefined && !tokens.has(name)) tokens.set(name, value.trim());
  }
  for (const [, name, fallback] of css.matchAll(/var\((--xc-[a-z0-9-]+)\s*,\s*([^)]+)\)/g)) {
    if (name !== undefined && fallback !== undefined && !tokens.has(name)) tokens.set(name, fallback.trim());
  }
  return [...tokens].map(([name, value]) => ({ name, value, isColor: /light-dark\(|#[0-9a-f]{3,8}\b|rgb\(/i.test(value) || /color|band|page|outline|skeleton|code-(?!line-height)/.test(name) }));
}
