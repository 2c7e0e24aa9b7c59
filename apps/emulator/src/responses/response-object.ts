import type { ParsedResponseRequest } from './request-schema.js';

/** The response object's fields in the upstream's shape (Azure adds `content_filters`). */
export function responseSkeleton(id: string, request: ParsedResponseRequest, tools: unknown[]): Record<string, unknown> {
  const { body } = request;
  return {
    id,
    object: 'response',
    created_at: Math.floor(Date.now() / 1000),
    status: 'in_progress',
    background: false,
    content_filters: null,
    error: null,
    incomplete_details: null,
    instructions: body.instructions ?? null,
    max_output_tokens: body.max_output_tokens ?? null,
    max_tool_calls: null,
    model: body.model,
    output: [],
    parallel_tool_calls: body.parallel_tool_calls ?? true,
    previous_response_id: body.previous_response_id ?? null,
    prompt_cache_key: null,
    reasoning: { effort: null, summary: null },
    safety_identifier: null,
    service_tier: 'default',
    store: body.store ?? true,
    temperature: body.temperature ?? 1,
    text: { format: { type: 'text' }, verbosity: 'medium' },
    tool_choice: body.tool_choice ?? 'auto',
    tools,
    top_logprobs: 0,
    top_p: body.top_p ?? 1,
    truncation: 'disabled',
    usage: null,
    user: null,
    metadata: body.metadata ?? {},
  };
}

/** Rough token counts (4 characters a token): the scripted model has no tokenizer. */
export function estimateUsage(inputText: string, outputItems: unknown[]) {
  const inputTokens = Math.ceil(inputText.length / 4) + 50;
  const outputTokens = Math.ceil(JSON.stringify(outputItems).length / 4);
  return {
    input_tokens: inputTokens,
    input_tokens_details: { cached_tokens: 0 },
    output_tokens: outputTokens,
    output_tokens_details: { reasoning_tokens: 0 },
    total_tokens: inputTokens + outputTokens,
  };
}

/** Splits text into small streaming deltas: words with their leading space, long words cut. */
export function splitIntoDeltas(text: string, maxLength = 8): string[] {
  const pieces = text.match(/\s*\S+|\s+/g) ?? [];
  return pieces.flatMap((piece) => {
    const chunks: string[] = [];
    for (let start = 0; start < piece.length; start += maxLength) chunks.push(piece.slice(start, start + maxLength));
    return chunks;
  });
}

/**
 * Deltas for a long text, at most `maxDeltas` of them: word-sized pieces merged in equal runs, so
 * the analyst's long inspection code streams in bounded time (each delta is paced) yet still in pieces.
 */
export function boundedDeltas(text: string, maxDeltas = 300): string[] {
  const pieces = splitIntoDeltas(text);
  if (pieces.length <= maxDeltas) return pieces;
  const run = Math.ceil(pieces.length / maxDeltas);
  const merged: string[] = [];
  for (let start = 0; start < pieces.length; start += run) merged.push(pieces.slice(start, start + run).join(''));
  return merged;
}
