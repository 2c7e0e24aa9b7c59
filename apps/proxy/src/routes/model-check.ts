import type { Context } from 'hono';
import type { ProxyModel } from '../config/config.js';
import { errorResponse } from './http-errors.js';

/** The 400 answer when `name` is not a configured model that can run the code interpreter; null when it is one. */
export function refuseModel(c: Context, models: readonly ProxyModel[], name: string): Response | null {
  const model = models.find((candidate) => candidate.name === name);
  if (!model) return errorResponse(c, 400, 'unknown_model', `The model "${name}" is not available here.`);
  if (model.supportsCodeInterpreter) return null;
  const compatible = models.filter((candidate) => candidate.supportsCodeInterpreter).map((candidate) => candidate.label ?? candidate.name);
  return errorResponse(
    c,
    400,
    'incompatible_model',
    `Code Execution is not available with the model "${model.label ?? model.name}". Please select a compatible model${compatible.length ? ` (${compatible.join(', ')})` : ''}.`,
  );
}
