import { fileKind } from './file-kind.js';
import { baseName } from './sandbox-links.js';
import type { ContainerFileCitation, ConversationState, FileAvailability, FileStorage, GeneratedFile, SandboxLink } from './state.js';

type Files = ConversationState['files'];

function sameFile(a: GeneratedFile, b: GeneratedFile): boolean {
  return (
    a.path === b.path &&
    a.filename === b.filename &&
    a.kind === b.kind &&
    a.fileId === b.fileId &&
    a.containerId === b.containerId &&
    a.bytes === b.bytes &&
    a.url === b.url &&
    a.autoCaptured === b.autoCaptured &&
    a.turnId === b.turnId &&
    a.storage === b.storage &&
    a.sha256 === b.sha256 &&
    a.availability === b.availability &&
    a.availabilityMessage === b.availabilityMessage
  );
}

function put(files: Files, file: GeneratedFile): Files {
  const existing = files[file.path];
  return existing && sameFile(existing, file) ? files : { ...files, [file.path]: file };
}

/**
 * Records the files a message's `container_file_citation`s name. A zero-span citation whose name
 * no link in the text carries is an auto-captured image.
 */
export function recordCitedFiles(files: Files, citations: readonly ContainerFileCitation[], links: readonly SandboxLink[], turnId: string): Files {
  let result = files;
  for (const citation of citations) {
    const existing = result[citation.path];
    const linked = links.some((link) => link.path === citation.path);
    const filename = baseName(citation.path);
    result = put(result, {
      path: citation.path,
      filename,
      kind: fileKind(filename),
      fileId: citation.fileId,
      containerId: citation.containerId,
      bytes: existing?.bytes ?? null,
      url: existing?.url ?? null,
      autoCaptured: citation.zeroSpan && !linked && (existing?.autoCaptured ?? true),
      turnId: existing?.turnId ?? turnId,
      storage: existing?.storage ?? 'container',
      sha256: existing?.sha256 ?? null,
      availability: existing?.availability ?? 'unknown',
      availabilityMessage: existing?.availabilityMessage ?? null,
    });
  }
  return result;
}

export interface ProxyFileInput {
  readonly container_id: string;
  readonly file_id: string;
  readonly filename: string;
  readonly path: string;
  readonly bytes: number | null;
  readonly url: string;
  /** Absent from proxies older than the archive: the container. */
  readonly storage?: FileStorage | undefined;
  readonly sha256?: string | null | undefined;
}

function availabilityOf(storage: FileStorage): FileAvailability {
  return storage === 'archive' ? 'archived' : 'live';
}

/**
 * Records a `proxy.file` download URL (a later one for the same path, e.g. the archived copy,
 * replaces url and storage); an entry kept under another path for the same file id gets it too.
 */
export function recordProxyFile(files: Files, file: ProxyFileInput, turnId: string | null): Files {
  const existing = files[file.path];
  const storage = file.storage ?? 'container';
  const sha256 = file.sha256 ?? (storage === 'archive' ? (existing?.sha256 ?? null) : null);
  const located = { storage, sha256, availability: availabilityOf(storage), availabilityMessage: null };
  let result = put(files, {
    path: file.path,
    filename: file.filename,
    kind: fileKind(file.filename),
    fileId: file.file_id,
    containerId: file.container_id,
    bytes: file.bytes ?? existing?.bytes ?? null,
    url: file.url,
    autoCaptured: existing?.autoCaptured ?? false,
    turnId: existing?.turnId ?? turnId,
    ...located,
  });
  for (const other of Object.values(files)) {
    if (other.path !== file.path && other.fileId === file.file_id && other.url !== file.url) {
      result = put(result, { ...other, url: file.url, bytes: file.bytes ?? other.bytes, ...located });
    }
  }
  return result;
}
