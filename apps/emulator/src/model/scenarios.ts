import { fileLinks } from './answer-text.js';
import { callStep, filesOf, messageStep, type ScriptedTurn } from './scripted-turn.js';
import { echoTurn, markdownBlocksIn } from './echo-scenario.js';
import { analystTurn } from '../analyst/engine.js';
import type { PriorAnalysis } from '../analyst/recipe.js';
import { explicitScenario, namedScenarios } from './named-scenarios.js';

export { capabilities, explicitScenario } from './named-scenarios.js';

export interface TurnInput {
  text: string;
  /** Paths (`/mnt/data/...`) of the user's files in the container. */
  userFiles: readonly string[];
  codeInterpreterAvailable: boolean;
  /** What the previous turn of this conversation analysed (via previous_response_id). */
  previous?: PriorAnalysis;
}

const fencedPython = /```(?:python|py)[^\n]*\n([\s\S]*?)```/gi;

function fencedTurn(blocks: string[]): ScriptedTurn {
  return {
    scenario: 'fenced-code',
    steps: [
      { kind: 'reasoning' },
      ...blocks.map(callStep),
      messageStep((results) => {
        const lines = results.map((result, index) =>
          result.status === 'completed'
            ? `- Block ${index + 1} ran successfully.`
            : `- Block ${index + 1} failed: \`${result.error ?? 'unknown error'}\`.`,
        );
        const links = fileLinks(filesOf(results));
        return [`I ran ${blocks.length === 1 ? 'your code block' : `your ${blocks.length} code blocks`}.`, lines.join('\n'), links].filter(Boolean).join('\n\n');
      }),
    ],
  };
}

/** The scripted model: fenced Python runs as written, a scenario asked for by name plays, else the analyst. */
export function planTurn(input: TurnInput): ScriptedTurn {
  if (!input.codeInterpreterAvailable) {
    return { scenario: 'no-tool', steps: [messageStep(() => 'I can only run code when the `code_interpreter` tool is enabled for this request.')] };
  }
  const blocks = [...input.text.matchAll(fencedPython)].map((match) => match[1] ?? '').filter((code) => code.trim() !== '');
  const echoed = markdownBlocksIn(input.text);
  if (echoed.length > 0) return echoTurn(echoed, blocks);
  if (blocks.length > 0) return fencedTurn(blocks);
  const name = explicitScenario(input.text);
  const scenario = namedScenarios.find((candidate) => candidate.name === name);
  if (scenario) return scenario.build(input);
  return analystTurn({ text: input.text, userFiles: input.userFiles, ...(input.previous ? { previous: input.previous } : {}) });
}
