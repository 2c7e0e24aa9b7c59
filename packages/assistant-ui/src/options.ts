import type { OutputComponents } from '@execards/react';
import type { FileUrlResolver } from './message-files.js';

export interface CodeInterpreterUIOptions {
  /** Builds the download URL of a generated file (a route on the app's server that holds the key). */
  fileUrl?: FileUrlResolver;
  /** Replace the image, table, HTML or file view (the kit's component map). */
  components?: OutputComponents;
}
