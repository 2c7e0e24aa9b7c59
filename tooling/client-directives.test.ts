import { describe, expect, it } from 'vitest';
import { isKitUseClientWarning } from './client-directives.js';

const warning = (directive: string, file: string) => ({
  code: 'MODULE_LEVEL_DIRECTIVE',
  message: `[MODULE_LEVEL_DIRECTIVE] The semantics of the module level directive "${directive}" in "${file}" may not be preserved when bundling.`,
});

describe('the "use client" warning of browser-only bundles', () => {
  it('matches the kit\'s own sources, as the demo and Storybook name them', () => {
    expect(isKitUseClientWarning(warning('use client', '../../packages/react/src/image/ImageView.tsx'))).toBe(true);
    expect(isKitUseClientWarning(warning('use client', 'packages/assistant-ui/src/CodeInterpreterTool.tsx'))).toBe(true);
  });

  it('leaves every other warning alone', () => {
    expect(isKitUseClientWarning(warning('use server', 'packages/react/src/actions.ts'))).toBe(false);
    expect(isKitUseClientWarning(warning('use client', 'node_modules/some-lib/packages/x/src/index.js'))).toBe(false);
    expect(isKitUseClientWarning(warning('use client', 'apps/demo/src/App.tsx'))).toBe(false);
    expect(isKitUseClientWarning({ code: 'CIRCULAR_DEPENDENCY', message: 'packages/react/src/a.ts -> b.ts' })).toBe(false);
  });
});
