/**
 * The proxy's own stream events (docs/architecture.md#proxy-events). On the wire the type travels in the SSE
 * `event:` field and the JSON payload has no `type`; readers fill it in from the field before validating.
 */
import { z } from 'zod';

export const proxyConversationPayloadSchema = z.object({ token: z.string().min(1) });

export const proxyFilePayloadSchema = z.object({
  container_id: z.string(),
  file_id: z.string(),
  filename: z.string().min(1),
  path: z.string().startsWith('/mnt/data/'),
  bytes: z.number().int().nonnegative().nullish().transform((value) => value ?? null),
  url: z.string().min(1),
  // Added with the archive; absent from older proxies, which means "container".
  storage: z.enum(['container', 'archive']).optional(),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/i)
    .nullish()
    .transform((value) => value?.toLowerCase() ?? null),
});

/** `requestId` ties the message to the proxy's logs; readers may ignore it. */
export const proxyErrorPayloadSchema = z.object({ code: z.string(), message: z.string(), retryable: z.boolean(), requestId: z.string().optional() });

export const proxyNoticePayloadSchema = z.object({ code: z.string(), message: z.string() });

export const proxyEventPayloadSchemas = {
  'proxy.conversation': proxyConversationPayloadSchema,
  'proxy.file': proxyFilePayloadSchema,
  'proxy.error': proxyErrorPayloadSchema,
  'proxy.notice': proxyNoticePayloadSchema,
} as const;

type PayloadSchemas = typeof proxyEventPayloadSchemas;
export type ProxyEventType = keyof PayloadSchemas;

/** What the proxy writes for each event type (before defaults and normalisation). */
export type ProxyEventPayload<Type extends ProxyEventType> = z.input<PayloadSchemas[Type]>;

/** A `proxy.file` payload for a file still in its container: no archive fields yet. */
export type ContainerFileEvent = Omit<ProxyEventPayload<'proxy.file'>, 'bytes' | 'storage' | 'sha256'> & { bytes: number | null };

/** The same events with their `type`, as `parseEvent` validates them. */
export const proxyEventSchemas = {
  'proxy.conversation': proxyConversationPayloadSchema.extend({ type: z.literal('proxy.conversation') }),
  'proxy.file': proxyFilePayloadSchema.extend({ type: z.literal('proxy.file') }),
  'proxy.error': proxyErrorPayloadSchema.extend({ type: z.literal('proxy.error') }),
  'proxy.notice': proxyNoticePayloadSchema.extend({ type: z.literal('proxy.notice') }),
} as const;
