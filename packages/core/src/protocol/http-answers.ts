/** The JSON bodies of the proxy's non-stream answers, as the proxy writes them and the client reads them. */
import { z } from 'zod';
import { proxyFilePayloadSchema } from './proxy-events.js';

export const upstreamKinds = ['azure', 'openai', 'emulator'] as const;
export const upstreamAuthKinds = ['api-key', 'entra'] as const;

/** `GET /api/health`. */
export const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  upstream: z.object({
    kind: z.enum(upstreamKinds),
    /** How the proxy signs in upstream (older proxies leave it out). */
    auth: z.enum(upstreamAuthKinds).optional(),
    reachable: z.boolean().nullable(),
    name: z.string().optional(),
  }),
  /** What the upstream was found to offer; `false` means the proxy uses a fallback (older proxies leave it out). */
  capabilities: z.object({ explicitContainers: z.boolean().nullable(), containerFileContent: z.boolean().nullable() }).optional(),
});
export type Health = z.infer<typeof healthSchema>;

export const uploadedFileSchema = z.object({ id: z.string(), filename: z.string(), bytes: z.number(), mimeType: z.string() });

/** `POST /api/files` (201): the stored files and the conversation token that now holds them. */
export const uploadAnswerSchema = z.object({ files: z.array(uploadedFileSchema), token: z.string().min(1) });
export type UploadAnswer = z.infer<typeof uploadAnswerSchema>;
export type UploadedFile = z.infer<typeof uploadedFileSchema>;

/** Every non-stream failure: `{error: {code, message, requestId, ...}}`. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    requestId: z.string().optional(),
    retryable: z.boolean().optional(),
    /** For upload rejections: the file the server named. */
    filename: z.string().optional(),
    /** For invalid requests: the body field that broke a rule. */
    field: z.string().optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** `live`: in a running container; `archived`: in durable storage; `gone`: neither; `invalid`: a bad or expired link. */
export const fileStatusValues = ['live', 'archived', 'gone', 'invalid'] as const;
export type FileStatusValue = (typeof fileStatusValues)[number];

/** `POST /api/files/status`. */
export const fileStatusAnswerSchema = z.object({
  files: z.array(z.object({ url: z.string(), status: z.enum(fileStatusValues), message: z.string().optional() })),
});
export type FileStatusEntry = z.infer<typeof fileStatusAnswerSchema>['files'][number];

/** An archived copy, in `proxy.file` shape. */
export const archivedFileSchema = proxyFilePayloadSchema.extend({
  bytes: z.number().int().nonnegative().nullable(),
  storage: z.literal('archive'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/i),
});

/** `POST /api/files/rerun`: the fresh container, the files found (already archived) and the names not found. */
export const rerunAnswerSchema = z.object({ containerId: z.string(), files: z.array(archivedFileSchema), missing: z.array(z.string()) });
export type RerunAnswer = z.infer<typeof rerunAnswerSchema>;
