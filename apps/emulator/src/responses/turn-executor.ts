import type { CallOutcome, Container, ContainerFile, ContainerRegistry } from '../containers/container-registry.js';
import { newId, obfuscationPadding } from '../ids.js';
import type { CallSummary, ScriptedTurn } from '../model/scripted-turn.js';
import { boundedDeltas, estimateUsage } from './response-object.js';
import type { ResponseRun } from './response-run.js';

export interface TurnContext {
  run: ResponseRun;
  turn: ScriptedTurn;
  container: Container | undefined;
  registry: ContainerRegistry;
  includeOutputs: boolean;
  paceMs: number;
  inputText: string;
  /** Fault injection: the container expires while the first call is interpreting. */
  expireMidTurn: boolean;
}

type OutputItem = Record<string, unknown> & { id: string; type: string };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

class ContainerGone extends Error {}

// A function, not an inline check: the status changes behind TypeScript's back while awaiting.
function isExpired(container: Container): boolean {
  return container.status === 'expired';
}

/** Plays a scripted turn as upstream stream events, running each call's code for real. */
export async function executeTurn(context: TurnContext): Promise<void> {
  const { run } = context;
  const output: OutputItem[] = [];
  const snapshot = (status: string, extra: Record<string, unknown> = {}) => ({ ...run.response, status, output: [...output], ...extra });
  run.emit('response.created', { response: snapshot('in_progress') });
  run.emit('response.in_progress', { response: snapshot('in_progress') });
  const results: CallSummary[] = [];
  let pendingImages: ContainerFile[] = [];
  try {
    const queue = [...context.turn.steps];
    for (let step = queue.shift(); step; step = queue.shift()) {
      if (step.kind === 'decide') {
        queue.unshift(...step.next(results));
      } else if (step.kind === 'reasoning') {
        const item = { id: newId.reasoning(), type: 'reasoning', summary: [] };
        run.emit('response.output_item.added', { output_index: output.length, item });
        run.emit('response.output_item.done', { output_index: output.length, item });
        output.push(item);
        run.response = snapshot('in_progress');
      } else if (step.kind === 'call') {
        const code = typeof step.code === 'string' ? step.code : step.code(results);
        const outcome = await streamCall(context, code, output, results.length === 0);
        results.push({
          status: outcome.status,
          logs: outcome.logs,
          error: outcome.error,
          files: outcome.newFiles.filter((file) => !file.capturedBytes),
          imageCount: outcome.images.length,
        });
        pendingImages = [...pendingImages, ...outcome.newFiles.filter((file) => file.capturedBytes)];
        run.response = snapshot('in_progress');
      } else {
        await streamMessage(context, step.compose(results), pendingImages, output);
        pendingImages = [];
        run.response = snapshot('in_progress');
      }
    }
  } catch (error) {
    if (!(error instanceof ContainerGone)) throw error;
    const failure = { code: 'container_expired', message: 'Container is expired.' };
    run.emit('error', { code: failure.code, message: failure.message, param: null });
    run.response = snapshot('failed', { error: failure });
    run.emit('response.failed', { response: run.response });
    run.finish();
    return;
  }
  run.response = snapshot('completed', { usage: estimateUsage(context.inputText, output) });
  run.emit('response.completed', { response: run.response });
  run.finish();
}

async function streamCall(context: TurnContext, code: string, output: OutputItem[], firstCall: boolean): Promise<CallOutcome> {
  const { run, container } = context;
  if (!container || isExpired(container)) throw new ContainerGone();
  const outputIndex = output.length;
  const id = newId.codeInterpreterCall();
  const item: OutputItem = { id, type: 'code_interpreter_call', status: 'in_progress', code: '', container_id: container.id, outputs: context.includeOutputs ? [] : null };
  output.push(item);
  run.emit('response.output_item.added', { output_index: outputIndex, item: { ...item } });
  run.emit('response.code_interpreter_call.in_progress', { output_index: outputIndex, item_id: id });
  for (const delta of boundedDeltas(code)) {
    if (context.paceMs > 0) await sleep(context.paceMs);
    run.emit('response.code_interpreter_call_code.delta', { output_index: outputIndex, item_id: id, delta, obfuscation: obfuscationPadding(delta.length) });
  }
  item.code = code;
  run.emit('response.code_interpreter_call_code.done', { output_index: outputIndex, item_id: id, code });
  item.status = 'interpreting';
  run.emit('response.code_interpreter_call.interpreting', { output_index: outputIndex, item_id: id });
  if (context.expireMidTurn && firstCall) context.registry.expire(container);
  if (isExpired(container)) throw new ContainerGone();
  const outcome = await context.registry.execute(container, code);
  if (isExpired(container)) throw new ContainerGone();
  item.status = outcome.status;
  if (context.includeOutputs) {
    item.outputs = [
      ...outcome.images.map((image) => ({ type: 'image', url: `data:image/png;base64,${image}` })),
      ...(outcome.logs ? [{ type: 'logs', logs: outcome.logs }] : []),
    ];
  }
  run.emit('response.code_interpreter_call.completed', { output_index: outputIndex, item_id: id });
  run.emit('response.output_item.done', { output_index: outputIndex, item: { ...item } });
  return outcome;
}

async function streamMessage(context: TurnContext, text: string, capturedImages: ContainerFile[], output: OutputItem[]): Promise<void> {
  const { run } = context;
  const outputIndex = output.length;
  const id = newId.message();
  const annotations = citationsFor(text, capturedImages, context.container);
  const base = { id, type: 'message', status: 'in_progress', content: [] as unknown[], role: 'assistant' };
  run.emit('response.output_item.added', { output_index: outputIndex, item: base });
  const emptyPart = { type: 'output_text', annotations: [], logprobs: [], text: '' };
  run.emit('response.content_part.added', { item_id: id, output_index: outputIndex, content_index: 0, part: emptyPart });
  for (const delta of boundedDeltas(text)) {
    if (context.paceMs > 0) await sleep(context.paceMs);
    run.emit('response.output_text.delta', { item_id: id, output_index: outputIndex, content_index: 0, delta, logprobs: [], obfuscation: obfuscationPadding(delta.length) });
  }
  annotations.forEach((annotation, annotationIndex) =>
    run.emit('response.output_text.annotation.added', { item_id: id, output_index: outputIndex, content_index: 0, annotation_index: annotationIndex, annotation }),
  );
  run.emit('response.output_text.done', { item_id: id, output_index: outputIndex, content_index: 0, text, logprobs: [] });
  const part = { type: 'output_text', annotations, logprobs: [], text };
  run.emit('response.content_part.done', { item_id: id, output_index: outputIndex, content_index: 0, part });
  const item = { ...base, status: 'completed', content: [part] };
  output.push(item);
  run.emit('response.output_item.done', { output_index: outputIndex, item });
}

/**
 * Zero-span citations for captured plot images (as the upstream sends them), then a linked
 * citation for every `sandbox:/mnt/data/<file>` in the text that names a file of the container.
 */
export function citationsFor(text: string, capturedImages: ContainerFile[], container: Container | undefined) {
  if (!container) return [];
  const citations = capturedImages.map((file) => ({
    type: 'container_file_citation',
    container_id: container.id,
    end_index: 0,
    file_id: file.id,
    filename: `${file.id}.png`,
    start_index: 0,
  }));
  const linked = [];
  for (const file of container.files.values()) {
    const link = `sandbox:${file.path}`;
    for (let start = text.indexOf(link); start >= 0; start = text.indexOf(link, start + link.length)) {
      const next = text.charAt(start + link.length);
      if (next !== ')' && next !== '' && !/\s/.test(next)) continue; // a longer path that starts the same
      linked.push({
        type: 'container_file_citation',
        container_id: container.id,
        end_index: start + link.length,
        file_id: file.id,
        filename: file.path.split('/').pop() ?? file.path,
        start_index: start,
      });
    }
  }
  citations.push(...linked.sort((a, b) => a.start_index - b.start_index));
  return citations;
}
