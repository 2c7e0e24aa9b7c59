import Papa from 'papaparse';

type Listener = (value?: unknown) => void;

/**
 * Feeds already-decoded text to papaparse chunk by chunk. papaparse documents Node readable streams
 * as an input and recognises them by shape (`readable`, `read`, `on`); this object has that shape,
 * works in browsers and workers, and lets us pick the text decoder ourselves (papaparse's own Blob
 * reader cannot tell that a file is not UTF-8). Each `push` parses synchronously, carrying a row cut
 * at the chunk boundary (even inside quotes) over to the next chunk.
 */
export class PapaPushStream {
  readonly readable = true;
  private readonly listeners = new Map<string, Set<Listener>>();

  read(): null {
    return null;
  }

  on(event: string, listener: Listener): this {
    const set = this.listeners.get(event) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(event, set);
    return this;
  }

  removeListener(event: string, listener: Listener): this {
    this.listeners.get(event)?.delete(listener);
    return this;
  }

  // papaparse calls these only when its own parser is paused by a callback; we never pause it.
  pause(): void {}
  resume(): void {}

  push(text: string): void {
    if (text !== '') this.emit('data', text);
  }

  end(): void {
    this.emit('end');
  }

  private emit(event: string, value?: unknown): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) listener(value);
  }
}

export interface PapaChunk {
  data: string[][];
  errors: readonly { type: string; row?: number | undefined }[];
}

export interface PapaStreamHandlers {
  chunk: (result: PapaChunk) => void;
  complete: () => void;
  error: (error: Error) => void;
}

/** Starts papaparse on a push stream: no header handling (we take the first row), empty lines skipped, delimiter guessed. */
export function startPapaStream(stream: PapaPushStream, handlers: PapaStreamHandlers): { abort: () => void } {
  let abortParser: (() => void) | null = null;
  const config: Papa.ParseLocalConfig<string[], File> = {
    header: false,
    skipEmptyLines: true,
    chunk: (result, parser) => {
      abortParser = () => parser.abort();
      handlers.chunk({ data: result.data, errors: result.errors });
    },
    complete: () => handlers.complete(),
    // The typings only describe the File and URL error callbacks; a stream reports errors the same way.
    error: ((error: Error) => handlers.error(error)) as never,
  };
  // papaparse picks its stream reader from the object's shape (see the class comment), not its type.
  Papa.parse(stream as unknown as File, config);
  return { abort: () => abortParser?.() };
}
