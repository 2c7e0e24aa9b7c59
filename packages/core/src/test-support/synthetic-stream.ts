/**
 * Builds valid Responses API event streams from a short description, in the shapes and order the
 * real recordings show (docs/architecture.md#upstream-events). Used by unit and property tests where a recording cannot
 * express the case (errors, failed calls, chosen chunkings). Test support only.
 */

export type SyntheticItem =
  | { readonly kind: 'call'; readonly id: string; readonly codeChunks: readonly string[]; readonly logs: string | null; readonly imageUrl?: string }
  | { readonly kind: 'message'; readonly id: string; readonly textChunks: readonly string[]; readonly citedFiles?: readonly string[] }
  | { readonly kind: 'reasoning'; readonly id: string; readonly summaryChunks: readonly string[] };

export interface SyntheticResponse {
  readonly responseId: string;
  readonly containerId: string;
  readonly items: readonly SyntheticItem[];
}

type Event = Record<string, unknown> & { type: string; sequence_number: number };

function outputsOf(item: Extract<SyntheticItem, { kind: 'call' }>): unknown[] {
  const outputs: unknown[] = [];
  if (item.imageUrl !== undefined) outputs.push({ type: 'image', url: item.imageUrl });
  if (item.logs !== null) outputs.push({ type: 'logs', logs: item.logs });
  return outputs;
}

function citationsOf(text: string, containerId: string, files: readonly string[]): unknown[] {
  return files.map((filename, index) => {
    const url = `sandbox:/mnt/data/${filename}`;
    const start = text.indexOf(url);
    return start >= 0
      ? { type: 'container_file_citation', container_id: containerId, file_id: `cfile_${index}`, filename, start_index: start, end_index: start + url.length }
      : { type: 'container_file_citation', container_id: containerId, file_id: `cfile_${index}`, filename, start_index: 0, end_index: 0 };
  });
}

/** The final wire item, as `output_item.done` and `response.completed` carry it. */
export function finalWireItem(item: SyntheticItem, containerId: string): Record<string, unknown> {
  switch (item.kind) {
    case 'call':
      return { id: item.id, type: 'code_interpreter_call', status: 'completed', code: item.codeChunks.join(''), container_id: containerId, outputs: outputsOf(item) };
    case 'message': {
      const text = item.textChunks.join('');
      return {
        id: item.id,
        type: 'message',
        status: 'completed',
        role: 'assistant',
        content: [{ type: 'output_text', text, annotations: citationsOf(text, containerId, item.citedFiles ?? []), logprobs: [] }],
      };
    }
    case 'reasoning':
      return { id: item.id, type: 'reasoning', summary: item.summaryChunks.length > 0 ? [{ type: 'summary_text', text: item.summaryChunks.join('') }] : [] };
  }
}

function responseObject(spec: SyntheticResponse, status: string, output: unknown[]): Record<string, unknown> {
  return {
    id: spec.responseId,
    object: 'response',
    status,
    model: 'gpt-test',
    error: null,
    incomplete_details: null,
    output,
    usage: status === 'completed' ? { input_tokens: 10, output_tokens: 20, total_tokens: 30, input_tokens_details: { cached_tokens: 0 }, output_tokens_details: { reasoning_tokens: 5 } } : null,
  };
}

/** A complete stream, `response.created` to `response.completed`, numbered 0…n. */
export function syntheticStream(spec: SyntheticResponse): Event[] {
  const events: (Record<string, unknown> & { type: string })[] = [];
  events.push({ type: 'response.created', response: responseObject(spec, 'in_progress', []) });
  events.push({ type: 'response.in_progress', response: responseObject(spec, 'in_progress', []) });
  spec.items.forEach((item, output_index) => {
    const location = { output_index, item_id: item.id };
    switch (item.kind) {
      case 'call':
        events.push({ type: 'response.output_item.added', output_index, item: { id: item.id, type: 'code_interpreter_call', status: 'in_progress', code: '', container_id: spec.containerId, outputs: null } });
        events.push({ type: 'response.code_interpreter_call.in_progress', ...location });
        for (const delta of item.codeChunks) events.push({ type: 'response.code_interpreter_call_code.delta', ...location, delta, obfuscation: 'pad' });
        events.push({ type: 'response.code_interpreter_call_code.done', ...location, code: item.codeChunks.join('') });
        events.push({ type: 'response.code_interpreter_call.interpreting', ...location });
        events.push({ type: 'response.code_interpreter_call.completed', ...location });
        break;
      case 'message': {
        const text = item.textChunks.join('');
        const part = { ...location, content_index: 0 };
        events.push({ type: 'response.output_item.added', output_index, item: { id: item.id, type: 'message', status: 'in_progress', content: [], role: 'assistant' } });
        events.push({ type: 'response.content_part.added', ...part, part: { type: 'output_text', annotations: [], logprobs: [], text: '' } });
        for (const delta of item.textChunks) events.push({ type: 'response.output_text.delta', ...part, delta, logprobs: [], obfuscation: 'pad' });
        citationsOf(text, spec.containerId, item.citedFiles ?? []).forEach((annotation, annotation_index) =>
          events.push({ type: 'response.output_text.annotation.added', ...part, annotation_index, annotation }),
        );
        events.push({ type: 'response.output_text.done', ...part, text, logprobs: [] });
        const wire = finalWireItem(item, spec.containerId);
        events.push({ type: 'response.content_part.done', ...part, part: (wire['content'] as unknown[])[0] });
        break;
      }
      case 'reasoning':
        events.push({ type: 'response.output_item.added', output_index, item: { id: item.id, type: 'reasoning', summary: [] } });
        if (item.summaryChunks.length > 0) {
          events.push({ type: 'response.reasoning_summary_part.added', ...location, summary_index: 0, part: { type: 'summary_text', text: '' } });
          for (const delta of item.summaryChunks) events.push({ type: 'response.reasoning_summary_text.delta', ...location, summary_index: 0, delta });
          events.push({ type: 'response.reasoning_summary_text.done', ...location, summary_index: 0, text: item.summaryChunks.join('') });
        }
        break;
    }
    events.push({ type: 'response.output_item.done', output_index, item: finalWireItem(item, spec.containerId) });
  });
  events.push({ type: 'response.completed', response: responseObject(spec, 'completed', spec.items.map((item) => finalWireItem(item, spec.containerId))) });
  return events.map((event, sequence_number) => ({ ...event, sequence_number }));
}
