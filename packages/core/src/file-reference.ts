/** One generated file in a container, as a `container_file_citation` names it: enough for an app to build its download URL. */
export interface ContainerFileReference {
  readonly containerId: string;
  readonly fileId: string;
  readonly filename: string;
}

/**
 * How an app serves a generated file (usually a signed route on its own server, which holds the key): the URL the
 * browser downloads it from, or null while it cannot be served. Both adapters take one.
 */
export type FileUrlResolver = (file: ContainerFileReference) => string | null;
