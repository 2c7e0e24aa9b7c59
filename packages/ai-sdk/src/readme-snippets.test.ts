// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

function source(name: string): string {
  return readFileSync(new URL(`./examples/${name}`, import.meta.url), 'utf8');
}

describe('README', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

  it('shows the type-checked examples verbatim', () => {
    expect(readme).toContain('```tsx\n' + source('chat-example.tsx') + '```');
    expect(readme).toContain('```ts\n' + source('next-route-handlers.ts') + '```');
    expect(readme).toContain('```ts\n' + source('hono-routes.ts') + '```');
  });

  it('keeps the client integration under fifteen lines', () => {
    expect(source('chat-example.tsx').trimEnd().split('\n').length).toBeLessThan(15);
  });
});
