import { z } from 'zod';
import { invalidRequest } from '../api-error.js';

const listQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  order: z.enum(['asc', 'desc']).default('desc'),
  after: z.string().optional(),
});

/** Cursor pagination as the upstream lists do it: `limit`, `order`, `after`, `has_more`. */
export function listPage<T extends { id: string }>(items: T[], query: Record<string, string>, createdAt: (item: T) => number) {
  const parsed = listQuerySchema.safeParse(query);
  if (!parsed.success) throw invalidRequest(parsed.error);
  const { limit, order, after } = parsed.data;
  const sorted = items.map((item, position) => ({ item, position })).sort((a, b) => createdAt(a.item) - createdAt(b.item) || a.position - b.position).map(({ item }) => item);
  if (order === 'desc') sorted.reverse();
  const start = after === undefined ? 0 : sorted.findIndex((item) => item.id === after) + 1;
  const page = sorted.slice(start, start + limit);
  return { page, hasMore: start + limit < sorted.length, firstId: page[0]?.id ?? null, lastId: page.at(-1)?.id ?? null };
}
