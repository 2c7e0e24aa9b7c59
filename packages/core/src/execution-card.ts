/**
 * The one constructor of execution cards: the reducer and the adapters (AI SDK, assistant-ui) build
 * their cards here, so a card always has every field and its logs and images are read from the
 * outputs the same way.
 */
import type { ExecutionCard, ExecutionImage, ExecutionOutput } from './state.js';

/** The fields a card derives from its outputs. */
export type CardOutputs = Pick<ExecutionCard, 'outputs' | 'logs' | 'images'>;

/**
 * Logs and images of a call's outputs, in order. Several `logs` outputs are joined with nothing in
 * between: upstream splits one stream of text around the images it captured, and each piece keeps
 * its own line ends. The recordings show it: pydantic-ai's `return_image` call sends a warning
 * (ending in `\n`), the image, then the last expression's repr; joining with `\n` would put a blank
 * line between them that the program never printed.
 */
export function cardFromOutputs(outputs: readonly ExecutionOutput[] | null): CardOutputs {
  let logs = '';
  const images: ExecutionImage[] = [];
  for (const output of outputs ?? []) {
    if (output.type === 'logs') logs += output.logs;
    else images.push({ url: output.url });
  }
  return { outputs, logs, images };
}

/** A card with every field not given at its starting value: in progress, no code, no outputs, no times. */
export function createExecutionCard(fields: Pick<ExecutionCard, 'id'> & Partial<Omit<ExecutionCard, 'kind' | 'id'>>): ExecutionCard {
  return {
    kind: 'execution',
    id: fields.id,
    status: fields.status ?? 'in_progress',
    code: fields.code ?? '',
    codeComplete: fields.codeComplete ?? false,
    logs: fields.logs ?? '',
    images: fields.images ?? [],
    outputs: fields.outputs ?? null,
    containerId: fields.containerId ?? null,
    startedAt: fields.startedAt ?? null,
    completedAt: fields.completedAt ?? null,
    error: fields.error ?? null,
  };
}
