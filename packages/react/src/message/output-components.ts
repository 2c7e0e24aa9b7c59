import type { GeneratedFile } from '@execards/core';
import type { ComponentType } from 'react';

export interface OutputViewProps {
  file: GeneratedFile;
  /** The file's download URL (always known when a view is rendered). */
  url: string;
  /** The title line from the message, when there was one. */
  title: string | null;
}

/** Replaces the kit's view for one kind of output without forking it (assistant-ui style component map). */
export interface OutputComponents {
  Image?: ComponentType<OutputViewProps>;
  Table?: ComponentType<OutputViewProps>;
  Html?: ComponentType<OutputViewProps>;
  File?: ComponentType<OutputViewProps>;
}
