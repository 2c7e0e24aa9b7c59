import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('README', () => {
  it('shows the typechecked usage example verbatim', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const example = readFileSync(new URL('./examples/usage-example.tsx', import.meta.url), 'utf8');
    expect(readme).toContain('```tsx\n' + example + '```');
  });

  it('shows the typechecked per-turn subscription example verbatim', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const example = readFileSync(new URL('./examples/per-turn-example.tsx', import.meta.url), 'utf8');
    expect(readme).toContain('```tsx\n' + example + '```');
  });
});
