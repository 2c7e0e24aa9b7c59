import type { ContainerFileEvent, ProxyEventPayload, UploadAnswer } from '@execards/core';
import { readSseFrames, type ReceivedFrame } from './sse-reader.js';

export type FileEvent = ContainerFileEvent & Pick<ProxyEventPayload<'proxy.file'>, 'storage' | 'sha256'>;

export interface Turn {
  status: number;
  frames: ReceivedFrame[];
  /** Upstream events only, parsed. */
  upstream: Record<string, unknown>[];
  /** `proxy.file` events announced while the answer streamed (container links). */
  files: FileEvent[];
  /** `proxy.file` events for archived copies, sent after `response.completed`. */
  archived: (FileEvent & { storage: 'archive'; sha256: string })[];
  notices: ProxyEventPayload<'proxy.notice'>[];
  errors: ProxyEventPayload<'proxy.error'>[];
  token: string | null;
}

/** Sends one turn through the proxy and sorts what came back. */
export async function sendTurn(proxyUrl: string, body: Record<string, unknown>, init: RequestInit = {}): Promise<Turn> {
  const response = await fetch(`${proxyUrl}/api/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    ...init,
  });
  const frames = response.headers.get('content-type')?.startsWith('text/event-stream') ? await readSseFrames(response) : [];
  const parsed = frames.map((frame) => ({ event: frame.event, data: JSON.parse(frame.data) as Record<string, unknown> }));
  const of = <T>(event: string) => parsed.filter((frame) => frame.event === event).map((frame) => frame.data as T);
  return {
    status: response.status,
    frames,
    upstream: parsed.filter((frame) => !frame.event.startsWith('proxy.')).map((frame) => frame.data),
    files: of<FileEvent>('proxy.file').filter((file) => file.storage !== 'archive'),
    archived: of<Turn['archived'][number]>('proxy.file').filter((file) => file.storage === 'archive'),
    notices: of('proxy.notice'),
    errors: of('proxy.error'),
    token: of<{ token: string }>('proxy.conversation').at(-1)?.token ?? null,
  };
}

export async function uploadFiles(proxyUrl: string, files: { name: string; content: string | Uint8Array<ArrayBuffer> }[], token?: string) {
  const body = new FormData();
  if (token) body.append('token', token);
  for (const file of files) body.append('file', new Blob([file.content]), file.name);
  const response = await fetch(`${proxyUrl}/api/files`, { method: 'POST', body });
  return { status: response.status, body: (await response.json()) as UploadAnswer };
}

/** Every `logs` output of the turn's code-interpreter calls, joined. */
export function logsOf(turn: Turn): string {
  return turn.upstream
    .filter((event) => event['type'] === 'response.output_item.done')
    .map((event) => event['item'] as { type: string; outputs?: { type: string; logs?: string }[] | null })
    .filter((item) => item.type === 'code_interpreter_call')
    .flatMap((item) => item.outputs ?? [])
    .map((output) => output.logs ?? '')
    .join('\n');
}
