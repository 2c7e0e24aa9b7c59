import type { WireAnnotation } from './events.js';
import { baseName, containerDataDirectory, normalizeContainerPath } from './sandbox-links.js';
import type { Annotation, ContainerFileCitation, SandboxLink } from './state.js';

const sandboxScheme = 'sandbox:';

/**
 * The container path a `container_file_citation` names. Its indices are not reliable, so the cited
 * text is used only when it really is a `sandbox:` URL; otherwise a link in the text with the same
 * file name wins, and last `/mnt/data/<filename>`.
 */
function citationPath(citation: { filename: string; start_index: number; end_index: number }, text: string, links: readonly SandboxLink[]): string {
  if (citation.end_index > citation.start_index && citation.end_index <= text.length) {
    const cited = text.slice(citation.start_index, citation.end_index);
    if (cited.toLowerCase().startsWith(sandboxScheme)) {
      const path = normalizeContainerPath(cited.slice(sandboxScheme.length));
      if (path !== null) return path;
    }
  }
  const linked = links.find((link) => link.filename === citation.filename);
  if (linked) return linked.path;
  return normalizeContainerPath(containerDataDirectory + baseName(citation.filename)) ?? containerDataDirectory + encodeURIComponent(citation.filename);
}

/** Converts a wire annotation; annotation kinds this kit does not show come back as null. */
export function normalizeAnnotation(annotation: WireAnnotation, text: string, links: readonly SandboxLink[]): Annotation | null {
  switch (annotation.type) {
    case 'container_file_citation': {
      const citation: ContainerFileCitation = {
        type: 'container_file_citation',
        containerId: annotation.container_id,
        fileId: annotation.file_id,
        filename: annotation.filename,
        startIndex: annotation.start_index,
        endIndex: annotation.end_index,
        path: citationPath(annotation, text, links),
        zeroSpan: annotation.start_index === annotation.end_index,
      };
      return citation;
    }
    case 'url_citation':
      return { type: 'url_citation', url: annotation.url, title: annotation.title, startIndex: annotation.start_index, endIndex: annotation.end_index };
    case 'file_citation':
      return { type: 'file_citation', fileId: annotation.file_id, filename: annotation.filename, index: annotation.index };
    case 'other':
      return null;
  }
}

function annotationKey(annotation: Annotation): string {
  switch (annotation.type) {
    case 'container_file_citation':
      return `container_file_citation\u0000${annotation.fileId}\u0000${annotation.filename}\u0000${annotation.startIndex}\u0000${annotation.endIndex}`;
    case 'url_citation':
      return `url_citation\u0000${annotation.url}\u0000${annotation.startIndex}\u0000${annotation.endIndex}`;
    case 'file_citation':
      return `file_citation\u0000${annotation.fileId}\u0000${annotation.index}`;
  }
}

/** Adds annotations not already present (they arrive up to three times: added, part done, item done). */
export function mergeAnnotations(existing: readonly Annotation[], incoming: readonly Annotation[]): readonly Annotation[] {
  if (incoming.length === 0) return existing;
  const keys = new Set(existing.map(annotationKey));
  let result = existing;
  for (const annotation of incoming) {
    const key = annotationKey(annotation);
    if (keys.has(key)) continue;
    keys.add(key);
    result = [...result, annotation];
  }
  return result;
}

/** Re-resolves citation paths once the final text and links are known. */
export function resolveCitationPaths(annotations: readonly Annotation[], text: string, links: readonly SandboxLink[]): readonly Annotation[] {
  let changed = false;
  const resolved = annotations.map((annotation) => {
    if (annotation.type !== 'container_file_citation') return annotation;
    const path = citationPath({ filename: annotation.filename, start_index: annotation.startIndex, end_index: annotation.endIndex }, text, links);
    if (path === annotation.path) return annotation;
    changed = true;
    return { ...annotation, path };
  });
  return changed ? resolved : annotations;
}
