import { fileKind, isRecord, normalizeContainerPath, parseSandboxLinks, type ContainerFileReference, type ExecutionCard, type FileUrlResolver, type GeneratedFile, type MessageItem, type Turn } from '@execards/core';
import { toolCallToCard, type CodeInterpreterToolCall } from './tool-call-to-card.js';

export type { ContainerFileReference, FileUrlResolver } from '@execards/core';

/** The name this package first gave `ContainerFileReference`; kept so existing imports still compile. */
export type FileReference = ContainerFileReference;

/** The parts of an assistant-ui message this module reads; anything else is ignored. */
export interface MessagePartLike {
  readonly type: string;
  readonly [key: string]: unknown;
}

export const codeInterpreterToolName = 'code_interpreter';

interface Citation {
  readonly containerId: string;
  readonly fileId: string;
  readonly filename: string;
}

function record(value: unknown): Record<string, unknown> | null {
  return isRecord(value) ? value : null;
}

/** A `source` part the AI SDK made from a `container_file_citation` (metadata under the provider's name: `openai`, `azure`…). */
function citationOf(part: MessagePartLike): Citation | null {
  if (part.type !== 'source' || part.sourceType !== 'document') return null;
  const metadata = record(part.providerMetadata);
  if (metadata === null) return null;
  for (const value of Object.values(metadata)) {
    const entry = record(value);
    if (entry?.type !== 'container_file_citation') continue;
    const { fileId, containerId } = entry;
    const filename = typeof part.filename === 'string' ? part.filename : typeof part.title === 'string' ? part.title : null;
    if (typeof fileId === 'string' && typeof containerId === 'string' && filename !== null) return { containerId, fileId, filename };
  }
  return null;
}

/**
 * Download URLs the server put in the stream as `data-container-file` parts (as `withSignedFileUrls`
 * from `@execards/ai-sdk/server` does), keyed by file id; assistant-ui names them `container-file`.
 */
function streamedFileUrls(parts: readonly MessagePartLike[]): Map<string, string> {
  const urls = new Map<string, string>();
  for (const part of parts) {
    if (part.type !== 'data' || part.name !== 'container-file') continue;
    const data = record(part.data);
    if (typeof data?.fileId === 'string' && typeof data.url === 'string' && data.url.length > 0) urls.set(data.fileId, data.url);
  }
  return urls;
}

function isCodeInterpreterCall(part: MessagePartLike): boolean {
  return part.type === 'tool-call' && part.toolName === codeInterpreterToolName;
}

/** The code interpreter calls of a message as cards, in order. */
export function cardsOfMessage(parts: readonly MessagePartLike[]): ExecutionCard[] {
  return parts.filter(isCodeInterpreterCall).map((part) => toolCallToCard(part as CodeInterpreterToolCall));
}

/** Container paths the message's text links to, in order. */
function linkedPaths(parts: readonly MessagePartLike[]): Set<string> {
  const paths = new Set<string>();
  for (const part of parts) if (part.type === 'text' && typeof part.text === 'string') for (const link of parseSandboxLinks(part.text)) paths.add(link.path);
  return paths;
}

/**
 * The generated files a message cites, keyed by container path, with their download URLs: the one the
 * server streamed for the file, else the app's `fileUrl`.
 * A citation whose name no link mentions (a zero-span, auto-captured plot) is kept as `autoCaptured`.
 */
export function filesOfMessage(parts: readonly MessagePartLike[], fileUrl: FileUrlResolver | undefined, turnId: string | null): Record<string, GeneratedFile> {
  const files: Record<string, GeneratedFile> = {};
  const linked = linkedPaths(parts);
  const streamedUrls = streamedFileUrls(parts);
  for (const part of parts) {
    const citation = citationOf(part);
    if (citation === null) continue;
    const path = normalizeContainerPath(`/mnt/data/${citation.filename}`);
    if (path === null || files[path]) continue;
    files[path] = {
      path,
      filename: citation.filename,
      kind: fileKind(citation.filename),
      fileId: citation.fileId,
      containerId: citation.containerId,
      bytes: null,
      url: streamedUrls.get(citation.fileId) ?? fileUrl?.(citation) ?? null,
      autoCaptured: !linked.has(path),
      turnId,
      storage: 'container',
      sha256: null,
      availability: 'live',
      availabilityMessage: null,
    };
  }
  return files;
}

/** A turn holding the message's calls and one text, so each output card can find the code that made its file. */
export function turnOfMessage(messageId: string, parts: readonly MessagePartLike[], message: MessageItem): Turn {
  return { id: messageId, user: null, response: null, items: [...cardsOfMessage(parts), message], lastSequenceNumber: -1 };
}
