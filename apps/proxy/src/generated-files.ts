import { parseSandboxLinks } from '@execards/core';
import type { UpstreamEvent } from './upstream-events.js';

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
export interface ProxyFileEvent {
  container_id: string;
  file_id: string;
  filename: string;
  path: string;
  bytes: number | null;
  url: string;
}

export interface GeneratedFilesOptions {
  listContainerFiles(containerId: string): Promise<ContainerFile[]>;
  downloadUrl(target: { containerId: string; fileId: string; filename: string }): string;
  /** The conversation's explicit container, used for `sandbox:` links before any call names one. */
  containerId: string | null;
  onUnresolved?(details: { containerId: string | null; reference: string }): void;
}

type FileReference = { kind: 'citation'; containerId: string; fileId: string; filename: string } | { kind: 'link'; path: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The container paths the `sandbox:` links in `content` name, decoded, by the same parser the views use. */
export function sandboxPaths(content: string): string[] {
  return parseSandboxLinks(content).map((link) => link.path);
}

function citationOf(annotation: unknown): FileReference | null {
  if (!isRecord(annotation) || annotation['type'] !== 'container_file_citation') return null;
  const containerId = text(annotation['container_id']);
  const fileId = text(annotation['file_id']);
  if (!containerId || !fileId) return null;
  return { kind: 'citation', containerId, fileId, filename: text(annotation['filename']) ?? fileId };
}

/** Every file reference an event carries: citations, and `sandbox:` links in finished text. */
function referencesIn(event: UpstreamEvent): FileReference[] {
  const { payload } = event;
  switch (event.type) {
    case 'response.output_text.annotation.added': {
      const citation = citationOf(payload['annotation']);
      return citation ? [citation] : [];
    }
    case 'response.output_text.done': {
      const done = text(payload['text']);
      return done ? sandboxPaths(done).map((path) => ({ kind: 'link', path })) : [];
    }
    case 'response.content_part.done':
    case 'response.output_item.done': {
      const part = event.type === 'response.content_part.done' ? payload['part'] : null;
      const item = payload['item'];
      const parts = isRecord(part) ? [part] : isRecord(item) && Array.isArray(item['content']) ? (item['content'] as unknown[]) : [];
      return parts.flatMap((entry): FileReference[] => {
        if (!isRecord(entry)) return [];
        const annotations = Array.isArray(entry['annotations']) ? entry['annotations'].map(citationOf).filter((ref) => ref !== null) : [];
        const body = text(entry['text']);
        return [...annotations, ...(body ? sandboxPaths(body).map((path): FileReference => ({ kind: 'link', path })) : [])];
      });
    }
    default:
      return [];
  }
}

function containerIdOf(event: UpstreamEvent): string | null {
  if (event.type !== 'response.output_item.added' && event.type !== 'response.output_item.done') return null;
  const item = event.payload['item'];
  return isRecord(item) && item['type'] === 'code_interpreter_call' ? text(item['container_id']) : null;
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
      currentContainer = containerIdOf(event) ?? currentContainer;
      const found: ProxyFileEvent[] = [];
      for (const reference of referencesIn(event)) {
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
