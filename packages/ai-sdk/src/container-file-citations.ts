import type { ContainerFileReference } from '@execards/core';
import { z } from 'zod';

export type { ContainerFileReference } from '@execards/core';

/** A container file plus the URL the app serves it from. */
export interface ContainerFileLink extends ContainerFileReference {
  readonly url: string;
}

/** UI part type of the data parts `withSignedFileUrls` adds to the stream: `data-container-file`. */
export const containerFileDataPartType = 'data-container-file';

const idSchema = z.string().min(1).max(200);

export const containerFileReferenceSchema = z.object({
  containerId: idSchema,
  fileId: idSchema,
  filename: z.string().min(1).max(1024),
});

const citationMetadataSchema = z.looseObject({ type: z.literal('container_file_citation'), fileId: idSchema, containerId: idSchema });

const sourceDocumentSchema = z.looseObject({
  type: z.literal('source-document'),
  filename: z.string().nullish(),
  title: z.string().nullish(),
  providerMetadata: z.record(z.string(), z.unknown()).nullish(),
});

const fileDataPartSchema = z.looseObject({
  type: z.literal(containerFileDataPartType),
  data: containerFileReferenceSchema.extend({ url: z.string().min(1) }),
});

/**
 * The container file a UI `source-document` part cites, or null for any other part. `@ai-sdk/openai`
 * turns each `container_file_citation` annotation into such a part, with the ids under
 * `providerMetadata.openai` (`.azure` with `@ai-sdk/azure`, so every provider key is checked).
 */
export function containerFileFromSource(part: unknown): ContainerFileReference | null {
  const source = sourceDocumentSchema.safeParse(part);
  if (!source.success) return null;
  const filename = source.data.filename ?? source.data.title;
  if (!filename) return null;
  for (const metadata of Object.values(source.data.providerMetadata ?? {})) {
    const citation = citationMetadataSchema.safeParse(metadata);
    if (citation.success) return { containerId: citation.data.containerId, fileId: citation.data.fileId, filename };
  }
  return null;
}

/** The file and signed URL a `data-container-file` part carries, or null for any other part. */
export function containerFileFromDataPart(part: unknown): ContainerFileLink | null {
  const parsed = fileDataPartSchema.safeParse(part);
  return parsed.success ? parsed.data.data : null;
}

const annotationSchema = z.looseObject({ type: z.literal('container_file_citation'), container_id: idSchema, file_id: idSchema, filename: z.string().min(1).max(1024) });
const textPartMetadataSchema = z.looseObject({
  type: z.literal('text'),
  providerMetadata: z.record(z.string(), z.looseObject({ annotations: z.array(z.unknown()).nullish().catch(null) }).nullish().catch(null)).nullish().catch(null),
});

/**
 * The container files a UI text part's annotations cite: `@ai-sdk/openai` keeps the raw annotations
 * under `providerMetadata.<provider>.annotations`, even when the stream sends no source parts.
 */
export function containerFilesFromTextPart(part: unknown): ContainerFileReference[] {
  const text = textPartMetadataSchema.safeParse(part);
  if (!text.success) return [];
  const files: ContainerFileReference[] = [];
  for (const metadata of Object.values(text.data.providerMetadata ?? {})) {
    for (const annotation of metadata?.annotations ?? []) {
      const citation = annotationSchema.safeParse(annotation);
      if (citation.success) files.push({ containerId: citation.data.container_id, fileId: citation.data.file_id, filename: citation.data.filename });
    }
  }
  return files;
}
