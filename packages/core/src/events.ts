/**
 * Zod schemas for the Responses API stream events this package consumes (docs/architecture.md#upstream-events) and the
 * proxy's own `proxy.*` events (from `protocol/`, docs/architecture.md#proxy-events). Unknown fields are ignored; unknown event types are
 * handled by `parseEvent`, not here. Two upstream quirks are normalized at this edge:
 * the older code-delta spelling and the two shapes of the `error` event.
 */
import { z } from 'zod';
import { executionStatuses } from './execution-status.js';
import { proxyEventSchemas } from './protocol/proxy-events.js';
import type { Diagnostic } from './state.js';

const sequenceNumber = z.number().int().nonnegative();
const optionalSequenceNumber = sequenceNumber.optional();
const nullableString = z.string().nullish().transform((value) => value ?? null);

export const errorObjectSchema = z.object({
  code: z.union([z.string(), z.number()]).nullish().transform((value) => (value == null ? null : String(value))),
  message: z.string(),
});

const usageSchema = z.object({
  input_tokens: z.number(),
  output_tokens: z.number(),
  total_tokens: z.number(),
  input_tokens_details: z.object({ cached_tokens: z.number().nullish() }).nullish(),
  output_tokens_details: z.object({ reasoning_tokens: z.number().nullish() }).nullish(),
});

export const containerFileCitationSchema = z.object({
  type: z.literal('container_file_citation'),
  container_id: z.string(),
  file_id: z.string(),
  filename: z.string(),
  start_index: z.number().int(),
  end_index: z.number().int(),
});

const urlCitationSchema = z.object({
  type: z.literal('url_citation'),
  url: z.string(),
  title: nullableString,
  start_index: z.number().int(),
  end_index: z.number().int(),
});

const fileCitationSchema = z.object({
  type: z.literal('file_citation'),
  file_id: z.string(),
  filename: nullableString,
  index: z.number().int(),
});

const knownAnnotationTypes: readonly string[] = ['container_file_citation', 'url_citation', 'file_citation'];
/** Annotation kinds this package does not render (e.g. `file_path`) are kept as `other` and ignored. */
const otherAnnotationSchema = z.looseObject({ type: z.string().refine((type) => !knownAnnotationTypes.includes(type)) }).transform(() => ({ type: 'other' as const }));

export const annotationSchema = z.union([containerFileCitationSchema, urlCitationSchema, fileCitationSchema, otherAnnotationSchema]);
export type WireAnnotation = z.output<typeof annotationSchema>;

const outputTextPartSchema = z.object({
  type: z.literal('output_text'),
  text: z.string(),
  annotations: z.array(annotationSchema).nullish().transform((value) => value ?? []),
});
const refusalPartSchema = z.object({ type: z.literal('refusal'), refusal: z.string() });
const otherPartSchema = z
  .looseObject({ type: z.string().refine((type) => type !== 'output_text' && type !== 'refusal') })
  .transform(() => ({ type: 'other' as const }));
export const contentPartSchema = z.union([outputTextPartSchema, refusalPartSchema, otherPartSchema]);
export type WireContentPart = z.output<typeof contentPartSchema>;

const itemStatus = z.enum(['in_progress', 'completed', 'incomplete']).nullish();

export const messageItemSchema = z.object({
  type: z.literal('message'),
  id: z.string(),
  status: itemStatus,
  role: z.string().optional(),
  content: z.array(contentPartSchema).nullish().transform((value) => value ?? []),
  phase: nullableString,
});

export const executionOutputSchema = z.union([
  z.object({ type: z.literal('logs'), logs: z.string() }),
  z.object({ type: z.literal('image'), url: z.string() }),
]);

export const codeInterpreterCallSchema = z.object({
  type: z.literal('code_interpreter_call'),
  id: z.string(),
  status: z.enum(executionStatuses),
  code: nullableString,
  container_id: nullableString,
  outputs: z.array(executionOutputSchema).nullish().transform((value) => value ?? null),
});

export const reasoningItemSchema = z.object({
  type: z.literal('reasoning'),
  id: z.string(),
  status: itemStatus,
  summary: z
    .array(z.object({ text: z.string() }))
    .nullish()
    .transform((value) => value ?? []),
});

const knownItemTypes: readonly string[] = ['message', 'code_interpreter_call', 'reasoning'];
/** Other output items (function calls, web search…) are not shown by this kit; they keep their place only. */
const otherItemSchema = z
  .looseObject({ type: z.string().refine((type) => !knownItemTypes.includes(type)), id: z.string().optional() })
  .transform((item) => ({ type: 'other' as const, id: item.id ?? null, itemType: item.type }));

export const outputItemSchema = z.union([messageItemSchema, codeInterpreterCallSchema, reasoningItemSchema, otherItemSchema]);
export type WireOutputItem = z.output<typeof outputItemSchema>;

export const responseObjectSchema = z.object({
  id: z.string(),
  status: z.enum(['queued', 'in_progress', 'completed', 'failed', 'incomplete', 'cancelled']).nullish(),
  model: nullableString,
  error: errorObjectSchema.nullish(),
  incomplete_details: z.object({ reason: nullableString }).nullish(),
  usage: usageSchema.nullish(),
  output: z.array(outputItemSchema).nullish(),
});
export type WireResponse = z.output<typeof responseObjectSchema>;

export const responseLifecycleTypes = [
  'response.created',
  'response.queued',
  'response.in_progress',
  'response.completed',
  'response.failed',
  'response.incomplete',
] as const;
export type ResponseLifecycleType = (typeof responseLifecycleTypes)[number];

function lifecycleSchema<Type extends ResponseLifecycleType>(type: Type) {
  return z.object({ type: z.literal(type), sequence_number: optionalSequenceNumber, response: responseObjectSchema });
}

// Older API versions and some relays send no `sequence_number`: such events are applied in arrival order.
const itemLocation = { sequence_number: optionalSequenceNumber, output_index: z.number().int().nonnegative(), item_id: z.string() };
const partLocation = { ...itemLocation, content_index: z.number().int().nonnegative() };

const codeDeltaSchema = z
  .object({ type: z.enum(['response.code_interpreter_call_code.delta', 'response.code_interpreter_call.code.delta']), ...itemLocation, delta: z.string() })
  .transform((event) => ({ ...event, type: 'response.code_interpreter_call_code.delta' as const }));

const codeDoneSchema = z
  .object({ type: z.enum(['response.code_interpreter_call_code.done', 'response.code_interpreter_call.code.done']), ...itemLocation, code: z.string() })
  .transform((event) => ({ ...event, type: 'response.code_interpreter_call_code.done' as const }));

/** `error` comes flat (`{type, code, message, param}`) or nested (`{type, error: {...}}`): both become flat. */
const errorEventSchema = z
  .object({
    type: z.literal('error'),
    sequence_number: optionalSequenceNumber,
    code: z.union([z.string(), z.number()]).nullish(),
    message: z.string().optional(),
    param: z.string().nullish(),
    error: z.object({ code: z.union([z.string(), z.number()]).nullish(), message: z.string(), param: z.string().nullish() }).optional(),
  })
  .refine((event) => event.message !== undefined || event.error !== undefined, { message: 'error event has neither message nor error' })
  .transform((event) => {
    const code = event.error?.code ?? event.code;
    return {
      type: 'error' as const,
      sequence_number: event.sequence_number,
      code: code == null ? null : String(code),
      message: event.error?.message ?? event.message ?? '',
      param: event.error?.param ?? event.param ?? null,
    };
  });

/** Every consumed event type and its schema; the map key is the wire `type`. */
export const eventSchemas = {
  'response.created': lifecycleSchema('response.created'),
  'response.queued': lifecycleSchema('response.queued'),
  'response.in_progress': lifecycleSchema('response.in_progress'),
  'response.completed': lifecycleSchema('response.completed'),
  'response.failed': lifecycleSchema('response.failed'),
  'response.incomplete': lifecycleSchema('response.incomplete'),
  'response.output_item.added': z.object({ type: z.literal('response.output_item.added'), sequence_number: optionalSequenceNumber, output_index: z.number().int().nonnegative(), item: outputItemSchema }),
  'response.output_item.done': z.object({ type: z.literal('response.output_item.done'), sequence_number: optionalSequenceNumber, output_index: z.number().int().nonnegative(), item: outputItemSchema }),
  'response.content_part.added': z.object({ type: z.literal('response.content_part.added'), ...partLocation, part: contentPartSchema }),
  'response.content_part.done': z.object({ type: z.literal('response.content_part.done'), ...partLocation, part: contentPartSchema }),
  'response.output_text.delta': z.object({ type: z.literal('response.output_text.delta'), ...partLocation, delta: z.string() }),
  'response.output_text.done': z.object({ type: z.literal('response.output_text.done'), ...partLocation, text: z.string() }),
  'response.output_text.annotation.added': z.object({
    type: z.literal('response.output_text.annotation.added'),
    ...partLocation,
    annotation_index: z.number().int().nonnegative().optional(),
    annotation: annotationSchema,
  }),
  'response.refusal.delta': z.object({ type: z.literal('response.refusal.delta'), ...partLocation, delta: z.string() }),
  'response.refusal.done': z.object({ type: z.literal('response.refusal.done'), ...partLocation, refusal: z.string() }),
  'response.code_interpreter_call.in_progress': z.object({ type: z.literal('response.code_interpreter_call.in_progress'), ...itemLocation }),
  'response.code_interpreter_call.interpreting': z.object({ type: z.literal('response.code_interpreter_call.interpreting'), ...itemLocation }),
  'response.code_interpreter_call.completed': z.object({ type: z.literal('response.code_interpreter_call.completed'), ...itemLocation }),
  'response.code_interpreter_call_code.delta': codeDeltaSchema,
  'response.code_interpreter_call.code.delta': codeDeltaSchema,
  'response.code_interpreter_call_code.done': codeDoneSchema,
  'response.code_interpreter_call.code.done': codeDoneSchema,
  'response.reasoning_summary_part.added': z.object({ type: z.literal('response.reasoning_summary_part.added'), ...itemLocation, summary_index: z.number().int().nonnegative() }),
  'response.reasoning_summary_part.done': z.object({
    type: z.literal('response.reasoning_summary_part.done'),
    ...itemLocation,
    summary_index: z.number().int().nonnegative(),
    part: z.object({ text: z.string() }),
  }),
  'response.reasoning_summary_text.delta': z.object({ type: z.literal('response.reasoning_summary_text.delta'), ...itemLocation, summary_index: z.number().int().nonnegative(), delta: z.string() }),
  'response.reasoning_summary_text.done': z.object({ type: z.literal('response.reasoning_summary_text.done'), ...itemLocation, summary_index: z.number().int().nonnegative(), text: z.string() }),
  error: errorEventSchema,
  ...proxyEventSchemas,
} as const;

type EventSchemas = typeof eventSchemas;

/** A validated, normalized stream event (upstream or proxy). */
export type StreamEvent = z.output<EventSchemas[keyof EventSchemas]>;
export type StreamEventType = StreamEvent['type'];
export type StreamEventOf<Type extends StreamEventType> = Extract<StreamEvent, { type: Type }>;

/** An event whose type this package does not know: ignored by the reducer, but counted. */
export interface UnknownStreamEvent {
  readonly type: 'execards.unknown';
  readonly eventType: string;
  readonly sequence_number: number | undefined;
}

/** Input that is not a valid event: the reducer records its diagnostic and changes nothing else. */
export interface InvalidStreamEvent {
  readonly type: 'execards.invalid';
  readonly diagnostic: Diagnostic;
}

export type ParsedEvent = StreamEvent | UnknownStreamEvent | InvalidStreamEvent;

export function isKnownEventType(type: string): type is keyof EventSchemas {
  return Object.hasOwn(eventSchemas, type);
}
