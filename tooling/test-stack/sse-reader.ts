import { EventSourceParserStream } from 'eventsource-parser/stream';

export interface ReceivedFrame {
  event: string;
  data: string;
  /** Milliseconds since `performance.timeOrigin` when the frame was parsed (for latency measurements). */
  at: number;
}

/** Reads a whole SSE answer into frames (for tests and the benchmark). */
export async function readSseFrames(response: Response, onFrame?: (frame: ReceivedFrame) => void): Promise<ReceivedFrame[]> {
  if (!response.body) throw new Error(`No body (status ${response.status}).`);
  const frames: ReceivedFrame[] = [];
  const reader = response.body.pipeThrough(new TextDecoderStream()).pipeThrough(new EventSourceParserStream()).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return frames;
    const frame = { event: value.event ?? 'message', data: value.data, at: performance.now() };
    frames.push(frame);
    onFrame?.(frame);
  }
}
