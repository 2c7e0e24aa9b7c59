import { parseEvent, parseSandboxLinks, type ContainerFileEvent, type ParsedEvent, type WireAnnotation, type WireContentPart } from '@execards/core';
import type { UpstreamEvent } from '../upstream/upstream-events.js';

/** A file the code interpreter wrote, as the container lists it. */
export interface ContainerFile {
  id: string;
  containerId: string;
  path: string;
  bytes: number | null;
  /** Who wrote it: `user` for uploaded files copied in, `assistant` for what the code wrote. */
  source?: string;
  /** Unix seconds, by the upstream's clock. */
  createdAt?: number;
}

/** The `proxy.file` event payload (docs/architecture.md#proxy-events). */
export type ProxyFileEvent = ContainerFileEvent;

export interface GeneratedFilesOptions {
  listContainerFiles(containerId: string): Promise<ContainerFile[]>;
  downloadUrl(target: { containerId: string; fileId: string; filename: string }): string;
  /** The conversation's explicit container, used for `sandbox:` links before any call names one. */
  containerId: string | null;
  onUnresolved?(details: { containerId: string | null; reference: string }): void;
}

type FileReference = { kind: 'citation'; containerId: string; fileId: string; filename: string } | { kind: 'link'; path: string };

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The container paths the `sandbox:` links in `content` name, decoded, by the same parser the views use. */
export function sandboxPaths(content: string): string[] {
  return parseSandboxLinks(content).map((link) => link.path);
}

function citationOf(annotation: WireAnnotation): FileReference | null {
  if (annotation.type !== 'container_file_citation' || !annotation.container_id || !annotation.file_id) return null;
  return { kind: 'citation', containerId: annotation.container_id, fileId: annotation.file_id, filename: annotation.filename || annotation.file_id };
}

function referencesInPart(part: WireContentPart): FileReference[] {
  if (part.type !== 'output_text') return [];
  const citations = part.annotations.map(citationOf).filter((reference) => reference !== null);
  return [...citations, ...sandboxPaths(part.text).map((path): FileReference => ({ kind: 'link', path }))];
}

// Only these events can name a file or a container; the rest are not parsed twice.
const fileNamingTypes: ReadonlySet<string> = new Set([
  'response.output_text.annotation.added',
  'response.output_text.done',
  'response.content_part.done',
  'response.output_item.added',
  'response.output_item.done',
]);

/** The event through core's `parseEvent`, when it is one that can name a file. */
function fileNamingEvent(event: UpstreamEvent): ParsedEvent | null {
  return fileNamingTypes.has(event.type) ? parseEvent(event.payload) : null;
}

/** Every file reference an event carries: citations, and `sandbox:` links in finished text. */
function referencesIn(event: ParsedEvent): FileReference[] {
  switch (event.type) {
    case 'response.output_text.annotation.added': {
      const citation = citationOf(event.annotation);
      return citation ? [citation] : [];
    }
    case 'response.output_text.done':
      return sandboxPaths(event.text).map((path) => ({ kind: 'link', path }));
    case 'response.content_part.done':
      return referencesInPart(event.part);
    case 'response.output_item.done':
      return event.item.type === 'message' ? event.item.content.flatMap(referencesInPart) : [];
    default:
      return [];
  }
}

function containerIdOf(event: ParsedEvent): string | null {
  if (event.type !== 'response.output_item.added' && event.type !== 'response.output_item.done') return null;
  return event.item.type === 'code_interpreter_call' ? event.item.container_id || null : null;
}

/**
 * Turns the files a response names into `proxy.file` events with signed download URLs, each file once.
 * A citation carries the ids; a bare `sandbox:` link is resolved by listing the container's files.
 */
export function createGeneratedFiles(options: GeneratedFilesOptions) {
  let currentContainer = options.containerId;
  const announced = new Set<string>();
  const announcedPaths = new Set<string>();
  const listings = new Map<string, ContainerFile[]>();
  const announcedEvents: ProxyFileEvent[] = [];

  async function listing(containerId: string, refresh: boolean): Promise<ContainerFile[]> {
    const cached = listings.get(containerId);
    if (cached && !refresh) return cached;
    const files = await options.listContainerFiles(containerId);
    listings.set(containerId, files);
    return files;
  }

  async function find(containerId: string, match: (file: ContainerFile) => boolean): Promise<ContainerFile | undefined> {
    const cached = (await listing(containerId, false)).find(match);
    return cached ?? (await listing(containerId, true)).find(match);
  }

  function announce(file: ContainerFile, filename: string): ProxyFileEvent | null {
    if (announced.has(file.id)) return null;
    announced.add(file.id);
    announcedPaths.add(`${file.containerId}:${file.path}`);
    const event: ProxyFileEvent = {
      container_id: file.containerId,
      file_id: file.id,
      filename,
      path: file.path,
      bytes: file.bytes,
      url: options.downloadUrl({ containerId: file.containerId, fileId: file.id, filename }),
    };
    announcedEvents.push(event);
    return event;
  }

  async function resolve(reference: FileReference): Promise<ProxyFileEvent | null> {
    if (reference.kind === 'citation') {
      if (announced.has(reference.fileId)) return null;
      const listed = await find(reference.containerId, (file) => file.id === reference.fileId).catch(() => undefined);
      const file = listed ?? { id: reference.fileId, containerId: reference.containerId, path: `/mnt/data/${reference.filename}`, bytes: null };
      return announce(file, basename(file.path) || reference.filename);
    }
    const containerId = currentContainer;
    if (!containerId) {
      options.onUnresolved?.({ containerId, reference: reference.path });
      return null;
    }
    if (announcedPaths.has(`${containerId}:${reference.path}`)) return null;
    const file = await find(containerId, (candidate) => candidate.path === reference.path);
    if (!file) {
      options.onUnresolved?.({ containerId, reference: reference.path });
      return null;
    }
    return announce(file, basename(file.path));
  }

  return {
    /** Every file announced so far, in order. */
    announced: (): readonly ProxyFileEvent[] => announcedEvents,
    /** The container the latest call ran in (or the conversation's). */
    currentContainer: () => currentContainer,
    /** The `proxy.file` events to send right after `event`. */
    async filesNamedBy(event: UpstreamEvent): Promise<ProxyFileEvent[]> {
      const parsed = fileNamingEvent(event);
      if (!parsed) return [];
      currentContainer = containerIdOf(parsed) ?? currentContainer;
      const found: ProxyFileEvent[] = [];
      for (const reference of referencesIn(parsed)) {
        const file = await resolve(reference).catch(() => {
          options.onUnresolved?.({ containerId: currentContainer, reference: reference.kind === 'link' ? reference.path : reference.fileId });
          return null;
        });
        if (file) found.push(file);
      }
      return found;
    },
  };
}
