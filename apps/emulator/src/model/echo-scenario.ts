import type { ScriptedTurn } from './scripted-turn.js';

/**
 * A ```markdown (or ```md) fenced block; a longer fence (````markdown) lets the block itself contain ``` lines.
 * The closing fence must be the same run of backticks on a line of its own.
 */
const fencedMarkdown = /^(`{3,})(?:markdown|md)[^\n]*\n([\s\S]*?)^\1[ \t]*$/gim;

/** The markdown blocks the user asked to have echoed, in order, exactly as written (empty blocks dropped). */
export function markdownBlocksIn(text: string): string[] {
  return [...text.matchAll(fencedMarkdown)].map((match) => (match[2] ?? '').replace(/\n$/, '')).filter((block) => block.trim() !== '');
}

/**
 * The echo scenario: the answer is the user's markdown blocks verbatim, so tests can make the "model" say
 * anything (hostile links, raw HTML, hand-written `sandbox:` links). Fenced python blocks in the same message
 * run first, so the echoed markdown can point at files they wrote.
 */
export function echoTurn(markdownBlocks: readonly string[], pythonBlocks: readonly string[]): ScriptedTurn {
  return {
    scenario: 'echo-markdown',
    steps: [...pythonBlocks.map((code) => ({ kind: 'call' as const, code })), { kind: 'message', compose: () => markdownBlocks.join('\n\n') }],
  };
}
