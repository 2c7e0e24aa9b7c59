import { containerFileDataPartType, containerFileFromSource, type ContainerFileLink, type ContainerFileReference } from '../container-file-citations.js';

/** The chunk `withSignedFileUrls` adds after each container file citation. */
export interface ContainerFileDataChunk {
  type: typeof containerFileDataPartType;
  id: string;
  data: ContainerFileLink;
}

export interface SignedFileUrlsOptions {
  /** Makes the download URL for one file, e.g. `(file) => signFileUrl({ ...file, secret, route: '/api/files' })`. */
  sign: (file: ContainerFileReference) => string | Promise<string>;
}

/**
 * Passes a UI message stream through and, after each container file citation (a `source-document`
 * chunk: call `toUIMessageStream({ sendSources: true })`), adds a `data-container-file` chunk with
 * the file's download URL, which `toMessageView` and `CodeInterpreterMessage` pick up.
 */
export function withSignedFileUrls<Chunk extends { type: string }>(stream: ReadableStream<Chunk>, options: SignedFileUrlsOptions): ReadableStream<Chunk | ContainerFileDataChunk> {
  const signed = new Set<string>();
  return stream.pipeThrough(
    new TransformStream<Chunk, Chunk | ContainerFileDataChunk>({
      async transform(chunk, controller) {
        controller.enqueue(chunk);
        const file = containerFileFromSource(chunk);
        if (!file || signed.has(file.fileId)) return;
        signed.add(file.fileId);
        controller.enqueue({ type: containerFileDataPartType, id: file.fileId, data: { ...file, url: await options.sign(file) } });
      },
    }),
  );
}
