import { fileKind, parseSandboxLinks, type ContainerFileReference, type ExecutionCard, type FileUrlResolver, type GeneratedFile, type MessageItem, type OutputItem, type SandboxLink, type Turn } from '@execards/core';
import { z } from 'zod';
import { toExecutionCard, type ToolNameOptions } from './tool-part-to-card.js';
import { containerFileFromDataPart, containerFileFromSource, containerFilesFromTextPart } from './container-file-citations.js';

export type { FileUrlResolver } from '@execards/core';

export interface MessageViewOptions extends ToolNameOptions {
  /** Called for cited files the server did not sign a URL for. */
  fileUrl?: FileUrlResolver;
}

/** One UI message in the kit's normalized shapes, ready for `AssistantMessage` and `ExecutionCard`. */
export interface MessageView {
  /** A core turn holding the message's text parts and calls in order (so each file card finds its code). */
  readonly turn: Turn;
  /** The calls, in order. */
  readonly cards: readonly ExecutionCard[];
  /** Generated files keyed by container path. */
  readonly files: Readonly<Record<string, GeneratedFile>>;
}

const messageSchema = z.looseObject({
  id: z.string().catch('message'),
  parts: z.array(z.unknown()).catch([]),
});

const textPartSchema = z.looseObject({ type: z.literal('text'), text: z.string(), state: z.string().nullish() });

function textItem(id: string, text: string, streaming: boolean): MessageItem {
  return { kind: 'message', id, status: streaming ? 'in_progress' : 'completed', text, refusal: null, annotations: [], links: parseSandboxLinks(text), phase: null };
}

function generatedFile(path: string, reference: ContainerFileReference, url: string | null, autoCaptured: boolean, turnId: string): GeneratedFile {
  return {
    path,
    filename: reference.filename,
    kind: fileKind(reference.filename),
    fileId: reference.fileId,
    containerId: reference.containerId,
    bytes: null,
    url,
    autoCaptured,
    turnId,
    storage: 'container',
    sha256: null,
    availability: url ? 'live' : 'unknown',
    availabilityMessage: null,
  };
}

/**
 * Converts an AI SDK 6 UI message (`{ id, parts }`) into the kit's state: text parts become message
 * items with their `sandbox:` links, code interpreter parts become execution cards, and container
 * file citations (plus `data-container-file` parts from `withSignedFileUrls`) become generated files.
 * Unknown parts are skipped; malformed input gives an empty view, never an exception.
 */
export function toMessageView(message: unknown, options: MessageViewOptions = {}): MessageView {
  const { id, parts } = messageSchema.catch({ id: 'message', parts: [] }).parse(message);
  const items: OutputItem[] = [];
  const cards: ExecutionCard[] = [];
  const cited: ContainerFileReference[] = [];
  const signedUrls = new Map<string, string>();

  parts.forEach((part, index) => {
    const card = toExecutionCard(part, options);
    if (card) {
      items.push(card);
      cards.push(card);
      return;
    }
    const text = textPartSchema.safeParse(part);
    if (text.success) {
      items.push(textItem(`${id}-text-${index}`, text.data.text, text.data.state === 'streaming'));
      cited.push(...containerFilesFromTextPart(part));
      return;
    }
    const citation = containerFileFromSource(part);
    if (citation) {
      cited.push(citation);
      return;
    }
    const signed = containerFileFromDataPart(part);
    if (signed) {
      cited.push(signed);
      signedUrls.set(signed.fileId, signed.url);
    }
  });

  const links: SandboxLink[] = items.flatMap((item) => (item.kind === 'message' ? item.links : []));
  const files: Record<string, GeneratedFile> = {};
  for (const reference of cited) {
    const link = links.find((candidate) => candidate.filename === reference.filename);
    const path = link?.path ?? `/mnt/data/${reference.filename}`;
    const known = files[path];
    if (known?.fileId === reference.fileId && known.url !== null) continue;
    const url = signedUrls.get(reference.fileId) ?? known?.url ?? options.fileUrl?.(reference) ?? null;
    files[path] = generatedFile(path, reference, url, link === undefined, id);
  }
  return { turn: { id, user: null, response: null, items, lastSequenceNumber: -1 }, cards, files };
}
