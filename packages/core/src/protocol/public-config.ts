import { z } from 'zod';

/** `GET /api/config`: what the browser may know about limits, models and downloads. */
export const publicConfigSchema = z.object({
  uploads: z.object({
    enabled: z.boolean(),
    maxFilesPerMessage: z.number().int().positive(),
    maxFileBytes: z.number().int().positive(),
    allowedTypes: z.array(z.object({ label: z.string(), extensions: z.array(z.string()), mimeType: z.string() })),
    accept: z.string(),
  }),
  maxTextCharacters: z.number().int().positive(),
  models: z.array(z.object({ name: z.string(), label: z.string(), supportsCodeInterpreter: z.boolean() })).min(1),
  generatedFiles: z.object({
    downloadFailureMessage: z.string(),
    maxConcurrentDownloads: z.number().int().positive(),
  }),
  codeDisplay: z.object({ sleepBeforeDisplayMs: z.number().int().nonnegative() }),
  /** Whether generated files outlive their container (and re-runs are possible), and for how long; older proxies leave it out. */
  archive: z.object({ enabled: z.boolean(), retentionDays: z.number().int().positive() }).optional(),
});

export type PublicConfig = z.infer<typeof publicConfigSchema>;
export type ModelOption = PublicConfig['models'][number];
