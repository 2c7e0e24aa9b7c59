import { readFileSync } from 'node:fs';

/**
 * A default prompt text, kept readable in `apps/proxy/prompts/` and read once at import. The URL is relative to
 * this module, and `../../prompts/` is the same folder from `src/config/` (tsx, vitest) and from `dist/config/` (node).
 */
function promptText(name: string): string {
  return readFileSync(new URL(`../../prompts/${name}`, import.meta.url), 'utf8').trimEnd();
}

/** The tool's description, first in the instructions (the product documentation's wording). */
export const defaultToolDescription = promptText('tool-description.txt');

/** The system prompt that follows it: where files live and how to link them so the kit shows them as cards. */
export const defaultSystemPrompt = promptText('system-prompt.txt');
