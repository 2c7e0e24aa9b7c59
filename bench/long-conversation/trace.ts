/**
 * Main-thread work from a Chromium trace, in CPU time (`tdur`): on a machine shared with other work, wall-clock frame
 * times also count the time the renderer waited for a core, which no change to the page can remove.
 */
import { z } from 'zod';

const traceSchema = z.object({
  traceEvents: z.array(
    z.object({
      name: z.string(),
      ph: z.string(),
      pid: z.number(),
      tid: z.number(),
      dur: z.number().optional(),
      tdur: z.number().optional(),
      args: z.record(z.string(), z.unknown()).optional(),
    }),
  ),
});

export const traceCategories = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'];

export interface MainThreadWork {
  /** Sum of the main thread's tasks, CPU time, ms. */
  totalMs: number;
  /** The longest task, CPU time, ms. */
  longestMs: number;
  /** The longest task, wall time, ms. */
  longestWallMs: number;
  tasks: number;
}

/** The page's renderer main thread is the `CrRendererMain` thread that ran the most task time. */
export function mainThreadWork(trace: Buffer): MainThreadWork {
  const { traceEvents } = traceSchema.parse(JSON.parse(trace.toString('utf8')));
  const mainThreads = new Set(traceEvents.filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.['name'] === 'CrRendererMain').map((event) => `${event.pid}:${event.tid}`));
  const byThread = new Map<string, { cpu: number[]; wall: number[] }>();
  for (const event of traceEvents) {
    const thread = `${event.pid}:${event.tid}`;
    if (event.ph !== 'X' || event.name !== 'RunTask' || !mainThreads.has(thread)) continue;
    const tasks = byThread.get(thread) ?? { cpu: [], wall: [] };
    tasks.cpu.push((event.tdur ?? event.dur ?? 0) / 1000);
    tasks.wall.push((event.dur ?? 0) / 1000);
    byThread.set(thread, tasks);
  }
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  const [busiest] = [...byThread.values()].sort((a, b) => sum(b.cpu) - sum(a.cpu));
  if (!busiest) return { totalMs: 0, longestMs: 0, longestWallMs: 0, tasks: 0 };
  return { totalMs: sum(busiest.cpu), longestMs: Math.max(...busiest.cpu), longestWallMs: Math.max(...busiest.wall), tasks: busiest.cpu.length };
}
