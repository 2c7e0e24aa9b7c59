import { z } from 'zod';

const explicitContainerToolSchema = z.object({ type: z.literal('code_interpreter'), container: z.string() });

/**
 * What a terminal event's `response` echoes back that the reducer has no use for: its `created_at` and the tools
 * it ran with. Each field falls back to null on its own, so one odd field never hides the others.
 */
const responseEchoSchema = z
  .object({
    response: z
      .object({
        id: z.string().nullable().catch(null),
        created_at: z.number().nullable().catch(null),
        tools: z.array(z.unknown()).catch([]),
      })
      .catch({ id: null, created_at: null, tools: [] }),
  })
  .catch({ response: { id: null, created_at: null, tools: [] } });

export interface ResponseEcho {
  id: string | null;
  /** Unix seconds, by the upstream's clock. */
  createdAt: number | null;
  /** The explicit container a `code_interpreter` tool named (auto containers have none). */
  container: string | null;
}

/** Reads a lifecycle event's `response` leniently: any field may be missing or odd. */
export function responseEcho(payload: unknown): ResponseEcho {
  const { response } = responseEchoSchema.parse(payload);
  const tool = response.tools.map((entry) => explicitContainerToolSchema.safeParse(entry)).find((result) => result.success);
  return { id: response.id, createdAt: response.created_at, container: tool?.data?.container ?? null };
}
