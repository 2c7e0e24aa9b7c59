import path from 'node:path';
import type { CallSummary, ScriptedTurn, TurnStep } from '../model/scripted-turn.js';
import { inspectionCode } from './inspection.js';
import { lastJsonLine, parseInspectionLine } from './inspection-schema.js';
import type { AnalysisPlan, AnalystRequest, Inspection, PriorAnalysis, Recipe } from './recipe.js';
import { recipes as registered } from './recipes/index.js';

export interface AnalystInput {
  text: string;
  /** Paths (`/mnt/data/...`) of the user's files in the container. */
  userFiles: readonly string[];
  previous?: PriorAnalysis;
}

/** The recipe with the highest score for the request, or undefined when none applies. */
export function chooseRecipe(request: AnalystRequest, candidates: readonly Recipe[] = registered): Recipe | undefined {
  let best: { recipe: Recipe; score: number } | undefined;
  for (const recipe of candidates) {
    const score = recipe.match(request);
    if (score > 0 && (!best || score > best.score)) best = { recipe, score };
  }
  return best?.recipe;
}

/** "cols: a (number), b (date)" — what the inspection saw, in words, for answers that cannot analyse. */
export function describeInspection(inspection: Inspection): string {
  if (inspection.files.length === 0) return 'There are no files in this conversation yet.';
  return inspection.files
    .map((file) => {
      const name = `\`${path.basename(file.path)}\``;
      if (file.error) return `- ${name}: ${file.error}`;
      const pages = file.pages !== undefined ? `, ${file.pages} page${file.pages === 1 ? '' : 's'}` : '';
      const tables = file.tables.map(
        (table) => `  - ${table.name}: ${table.rows.toLocaleString('en-US')} rows; columns ${table.columns.map((column) => `\`${column.name}\` (${column.dtype})`).join(', ') || 'none'}`,
      );
      const excerpt = file.tables.length === 0 && file.excerpt ? `  - begins: “${file.excerpt.slice(0, 160)}”` : '';
      return [`- ${name} (${file.kind.toUpperCase()}, ${file.bytes.toLocaleString('en-US')} bytes${pages})`, ...tables, excerpt].filter(Boolean).join('\n');
    })
    .join('\n');
}

export const analystAbilities = [
  '- **trends and growth over time** (“monthly revenue growth as a line chart”), resampling daily data to weeks, months, quarters or years',
  '- **comparisons by category** (“revenue per region”), **distributions** (histogram), **correlations** (scatter and r)',
  '- **outliers** (z-score and IQR), **forecasts** (ARIMA/SARIMA chosen by AIC, with confidence intervals)',
  '- **summaries and tables**, an **HTML report** of your data, exports to CSV, Excel, PDF, Word, PNG and SVG',
  '- cleaning workbooks into CSVs and extracting tables from PDF pages',
].join('\n');

function notUnderstood(request: AnalystRequest): string {
  const found = request.inspection.files.length > 0 ? `Here is what I found in your files:\n\n${describeInspection(request.inspection)}` : 'Upload a CSV, Excel, PDF or Word file and ask about it.';
  return [`I could not match “${request.text.trim().slice(0, 200)}” to an analysis I can run on this data.`, found, `I can do:\n\n${analystAbilities}`].join('\n\n');
}

function failureAnswer(request: AnalystRequest, error: string | null): string {
  return [`The analysis failed: \`${error ?? 'unknown error'}\`.`, `Here is what I found in your files:\n\n${describeInspection(request.inspection)}`].join('\n\n');
}

/**
 * The analyst's turn: reasoning, an inspection call (when there are files), the recipe the request
 * matches, its analysis call, a repaired second call if the first raised, and an answer from the
 * JSON summary the code printed.
 */
export function analystTurn(input: AnalystInput, candidates: readonly Recipe[] = registered): ScriptedTurn {
  let remembered: PriorAnalysis | undefined;
  const base = (inspection: Inspection): AnalystRequest => ({ text: input.text, inspection, ...(input.previous ? { previous: input.previous } : {}) });

  const analyse = (request: AnalystRequest, recipe: Recipe): TurnStep[] => {
    const plan = recipe.plan(request);
    const answerFrom = (used: AnalysisPlan, result: CallSummary | undefined): string => {
      const summary = result ? lastJsonLine(result.logs) : undefined;
      if (result?.status !== 'completed' || summary === undefined) return failureAnswer(request, result?.error ?? 'the analysis printed no summary');
      remembered = { recipe: recipe.id, options: used.options };
      return recipe.answer(request, used, summary, result.files.map((file) => file.path));
    };
    return [
      { kind: 'reasoning' },
      { kind: 'call', code: plan.code },
      {
        kind: 'decide',
        next: (results) => {
          const first = results.at(-1);
          if (first?.status === 'completed') return [{ kind: 'message', compose: () => answerFrom(plan, first) }];
          const repaired = recipe.repair?.(request, plan, first?.error ?? '');
          if (!repaired) return [{ kind: 'message', compose: () => failureAnswer(request, first?.error ?? null) }];
          return [
            { kind: 'reasoning' },
            { kind: 'call', code: repaired.code },
            {
              kind: 'message',
              compose: (after) => {
                const second = after.at(-1);
                const note = `My first attempt raised \`${first?.error ?? 'an error'}\`, so I corrected the code and ran it again.`;
                return `${note}\n\n${answerFrom(repaired, second)}`;
              },
            },
          ];
        },
      },
    ];
  };

  const remember = () => remembered;
  const talk = smallTalk(input.text, input.userFiles);
  // A greeting or "what can you do" needs no Python, as a model would not run any
  if (talk) return { scenario: 'analyst:help', steps: [{ kind: 'message', compose: () => talk }], remember: () => input.previous };
  if (input.userFiles.length === 0) {
    const request = base({ files: [] });
    const recipe = chooseRecipe(request, candidates);
    const misfit = recipe?.misfit?.(request);
    const steps: TurnStep[] = !recipe
      ? [{ kind: 'message', compose: () => helpText() }]
      : misfit
        ? [{ kind: 'message', compose: () => `${misfit}\n\nUpload a file and ask again; here is what I can do:\n\n${analystAbilities}` }]
        : analyse(request, recipe);
    return { scenario: recipe ? `analyst:${recipe.id}` : 'analyst:help', steps, remember };
  }
  return {
    scenario: 'analyst',
    remember,
    steps: [
      { kind: 'reasoning' },
      { kind: 'call', code: inspectionCode(input.userFiles) },
      {
        kind: 'decide',
        next: (results) => {
          const inspected = results.at(-1);
          const inspection = inspected ? parseInspectionLine(inspected.logs) : undefined;
          if (!inspection) return [{ kind: 'message', compose: () => `I could not inspect your files: \`${inspected?.error ?? 'the inspection printed nothing I could read'}\`.` }];
          const request = base(inspection);
          const recipe = chooseRecipe(request, candidates);
          if (!recipe) return [{ kind: 'message', compose: () => notUnderstood(request) }];
          const misfit = recipe.misfit?.(request);
          if (misfit) return [{ kind: 'message', compose: () => `${misfit}\n\nHere is what I found in your files:\n\n${describeInspection(request.inspection)}` }];
          return analyse(request, recipe);
        },
      },
    ],
  };
}

const greeting = /^\s*(hi|hello|hey|hiya|howdy|good (morning|afternoon|evening)|greetings)( there| everyone| all| again)?[\s!.,]*$/i;
const thanks = /^\s*(thanks|thank you|thx|cheers|great|perfect|nice)( (so|very) much)?( for (that|this|the help))?[\s!.,]*$/i;
const whatCanYouDo = /^\s*((hi|hello|hey)[\s!,.]+)?(help|what (else )?can (you|i) (do|ask)( (for|with) (me|this|my (data|files?)))?|what do you do|who are you|what are you|how do(es)? (you|this|it) work)[\s?!.]*$/i;

/** The answer to a greeting, thanks or "what can you do", or undefined for anything else. */
export function smallTalk(text: string, userFiles: readonly string[]): string | undefined {
  const files = userFiles.map((file) => `\`${path.basename(file)}\``);
  const yours = files.length > 0 ? `You have uploaded ${files.join(', ')}: ask me about ${files.length === 1 ? 'it' : 'them'}, for example “monthly revenue growth as a line chart”.` : '';
  if (thanks.test(text)) return ['You’re welcome. Ask for a follow-up (“now per region”, “as a bar chart”, “export that to Excel”) or a new analysis whenever you like.', yours].filter(Boolean).join(' ');
  if (greeting.test(text)) return [`Hello! ${helpText()}`, yours].filter(Boolean).join('\n\n');
  if (whatCanYouDo.test(text)) return [helpText(), yours].filter(Boolean).join('\n\n');
  return undefined;
}

function helpText(): string {
  return [
    'I am the execards emulator’s analyst: a deterministic stand-in for a model that runs real Python on your files. Upload a CSV, Excel, PDF or Word file and ask, for example:',
    analystAbilities,
    'Without a file I can prototype an outlier detector on synthetic data, or forecast a clearly-labelled synthetic series. Test scenarios answer to their exact name (`chart`, `table`, `html`, `files`, `error`, `logs`, `multi`) or `scenario: <name>`; fenced ```python blocks run as written.',
  ].join('\n\n');
}
