import { z } from 'zod';
import { ApiError } from './api-error.js';

/**
 * Faults a caller can ask for, in the `x-emulator-fault` header or `metadata.emulator_fault`:
 * directives separated by `;` or `,`, e.g. `drop-after=40` or `stall-after=5;stall-ms=2000`.
 */
export interface FaultPlan {
  dropAfter?: number;
  rateLimitSeconds?: number;
  serverError?: boolean;
  expireContainer?: 'before' | 'mid';
  malformedAfter?: number;
  stallAfter?: number;
  stallMs?: number;
}

const count = z.coerce.number().int().min(0).max(1_000_000);
const directiveSchemas = {
  'drop-after': count,
  'rate-limit': z.coerce.number().int().min(0).max(3600),
  'server-error': z.literal('').or(z.literal('true')),
  'expire-container': z.enum(['before', 'mid']),
  'malformed-after': count,
  'stall-after': count,
  'stall-ms': z.coerce.number().int().min(0).max(600_000),
} as const;
type Directive = keyof typeof directiveSchemas;

export function parseFaults(header: string | undefined, metadataValue: string | undefined): FaultPlan {
  const text = [header, metadataValue].filter(Boolean).join(';');
  const plan: FaultPlan = {};
  for (const directive of text.split(/[;,]/).map((part) => part.trim()).filter(Boolean)) {
    const [rawName = '', rawValue = ''] = directive.split('=', 2).map((part) => part.trim());
    if (!(rawName in directiveSchemas)) {
      throw new ApiError(400, `Unknown emulator fault '${rawName}'. Known: ${Object.keys(directiveSchemas).join(', ')}.`, 'invalid_request_error', 'x-emulator-fault', 'invalid_fault');
    }
    const name = rawName as Directive;
    const value = directiveSchemas[name].safeParse(name === 'rate-limit' && rawValue === '' ? '1' : rawValue);
    if (!value.success) {
      throw new ApiError(400, `Invalid value '${rawValue}' for emulator fault '${name}'.`, 'invalid_request_error', 'x-emulator-fault', 'invalid_fault');
    }
    applyDirective(plan, name, value.data);
  }
  return plan;
}

function applyDirective(plan: FaultPlan, name: Directive, value: unknown): void {
  switch (name) {
    case 'drop-after':
      plan.dropAfter = Number(value);
      break;
    case 'rate-limit':
      plan.rateLimitSeconds = Number(value);
      break;
    case 'server-error':
      plan.serverError = true;
      break;
    case 'expire-container':
      plan.expireContainer = value as 'before' | 'mid';
      break;
    case 'malformed-after':
      plan.malformedAfter = Number(value);
      break;
    case 'stall-after':
      plan.stallAfter = Number(value);
      break;
    case 'stall-ms':
      plan.stallMs = Number(value);
      break;
  }
}
