import { readSseMessages } from '@execards/core';

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
  for await (const message of readSseMessages(response.body.pipeThrough(new TextDecoderStream()))) {
    const frame = { event: message.event ?? 'message', data: message.data, at: performance.now() };
    frames.push(frame);
    onFrame?.(frame);
  }
  return frames;
}
