export type StreamEvent = { type: string; sequence_number: number } & Record<string, unknown>;

/**
 * One response being generated: its event log (kept for resume), its current snapshot, and
 * readers waiting for more. Generation does not depend on any reader staying connected.
 */
export class ResponseRun {
  readonly events: StreamEvent[] = [];
  finished = false;
  readonly #waiters = new Set<() => void>();
  readonly #done: Promise<void>;
  #resolveDone!: () => void;

  constructor(
    readonly id: string,
    public response: Record<string, unknown>,
    readonly containerId: string | undefined,
  ) {
    this.#done = new Promise((resolve) => {
      this.#resolveDone = resolve;
    });
  }

  emit(type: string, fields: Record<string, unknown>): StreamEvent {
    const event: StreamEvent = { type, sequence_number: this.events.length, ...fields };
    this.events.push(event);
    this.#wake();
    return event;
  }

  finish(): void {
    this.finished = true;
    this.#wake();
    this.#resolveDone();
  }

  whenFinished(): Promise<void> {
    return this.#done;
  }

  /** Events with sequence_number > startingAfter, live until the run finishes or the signal aborts. */
  async *eventsAfter(startingAfter: number, signal: AbortSignal): AsyncGenerator<StreamEvent> {
    let next = Math.max(0, startingAfter + 1);
    while (!signal.aborted) {
      const event = this.events[next];
      if (event) {
        next += 1;
        yield event;
        continue;
      }
      if (this.finished) return;
      await new Promise<void>((resolve) => {
        const wake = () => {
          this.#waiters.delete(wake);
          signal.removeEventListener('abort', wake);
          resolve();
        };
        this.#waiters.add(wake);
        signal.addEventListener('abort', wake, { once: true });
      });
    }
  }

  #wake(): void {
    for (const wake of [...this.#waiters]) wake();
  }
}
