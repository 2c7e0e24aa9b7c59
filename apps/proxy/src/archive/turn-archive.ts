import type { ContainerFile, ProxyFileEvent } from '../turn/generated-files.js';
import type { Logger } from '../logger.js';
import type { UpstreamGateway } from '../upstream/upstream-gateway.js';
import type { ArchiveCandidate, ArchivedFileEvent, ArchiveNotice, ArchiveService } from './archive-service.js';

export interface TurnArchiveRequest {
  /** The `proxy.file` events the turn sent, in order. */
  announced: readonly ProxyFileEvent[];
  /** Containers the turn ran in. */
  containerIds: readonly string[];
  /** The response's `created_at` (unix seconds, upstream clock): assistant files from then on belong to this turn. */
  createdAfter: number | null;
  /** Bytes this conversation already archived. */
  archivedBytes: number;
}

export interface TurnArchiveCallbacks {
  onArchived(event: ArchivedFileEvent): void;
  onSkipped(notice: ArchiveNotice): void;
}

/**
 * What a completed turn leaves behind: the files it announced (unless they are the user's own uploads) plus every
 * file the code wrote during the turn, each archived once; returns the conversation's new archived total.
 */
export async function archiveTurn(
  dependencies: { archive: ArchiveService; gateway: UpstreamGateway; logger: Logger },
  request: TurnArchiveRequest,
  callbacks: TurnArchiveCallbacks,
  signal: AbortSignal,
): Promise<number> {
  const listed = new Map<string, ContainerFile>();
  for (const containerId of new Set(request.containerIds)) {
    try {
      for (const file of await dependencies.gateway.listContainerFiles(containerId, signal)) listed.set(file.id, file);
    } catch (error) {
      dependencies.logger.log('warn', 'archive_listing_failed', { containerId, error });
    }
  }
  const candidates = new Map<string, ArchiveCandidate>();
  for (const file of request.announced) {
    const known = listed.get(file.file_id);
    if (known?.source === 'user') continue;
    candidates.set(file.file_id, {
      containerId: file.container_id,
      fileId: file.file_id,
      path: known?.path ?? file.path,
      filename: file.filename,
      bytes: known?.bytes ?? file.bytes,
    });
  }
  if (request.createdAfter !== null) {
    for (const file of listed.values()) {
      if (candidates.has(file.id) || file.source !== 'assistant' || (file.createdAt ?? 0) < request.createdAfter) continue;
      // Timestamps are whole seconds: a file of the previous turn can share this turn's second. Already archived means not new.
      if (await dependencies.archive.storage.getIndex(file.containerId, file.id)) continue;
      candidates.set(file.id, { containerId: file.containerId, fileId: file.id, path: file.path, filename: file.path.slice(file.path.lastIndexOf('/') + 1) || file.id, bytes: file.bytes });
    }
  }
  let archivedBytes = request.archivedBytes;
  for (const candidate of candidates.values()) {
    const outcome = await dependencies.archive.archiveFile(candidate, archivedBytes, signal);
    if (outcome.kind === 'archived') {
      archivedBytes += outcome.event.bytes ?? 0;
      callbacks.onArchived(outcome.event);
    } else {
      callbacks.onSkipped(outcome.notice);
    }
  }
  return archivedBytes;
}
