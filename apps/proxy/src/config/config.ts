import { isRecord, type PublicConfig } from '@execards/core';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { defaultSystemPrompt, defaultToolDescription } from './default-prompt.js';
import { uploadTypes } from '../uploads/file-types.js';

const megabyte = 1024 * 1024;

/** Where the filesystem archive lives unless configured: the OS temporary directory (or `./.data` without one). */
export const defaultArchiveDirectory = path.join(os.tmpdir() || path.resolve('.data'), 'execards-archive');

const archiveSchema = z
  .strictObject({
    /** Copy each turn's generated files to durable storage when the response completes. */
    enabled: z.boolean().default(true),
    backend: z.enum(['filesystem', 'azure-blob']).default('filesystem'),
    /** The filesystem backend's data directory (shared by every instance, or use azure-blob). */
    directory: z.string().trim().min(1).default(defaultArchiveDirectory),
    azure: z
      .strictObject({
        connectionString: z.string().trim().min(1).optional(),
        /** `https://<account>.blob.core.windows.net`: signs in with Microsoft Entra ID (DefaultAzureCredential) instead of a connection string. */
        accountUrl: z.url({ protocol: /^https$/ }).optional(),
        container: z
          .string()
          .regex(/^(?!.*--)[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/, 'must be a valid blob container name (3-63 lowercase letters, digits and single hyphens)')
          .optional(),
      })
      .prefault({}),
    maxFileBytes: z.number().int().min(1).max(5 * 1024 * megabyte).default(100 * megabyte),
    maxConversationBytes: z.number().int().min(1).max(1024 * 1024 * megabyte).default(500 * megabyte),
    retentionDays: z.number().int().min(1).max(3650).default(30),
  })
  .superRefine((archive, context) => {
    if (archive.backend !== 'azure-blob') return;
    if (!archive.azure.connectionString && !archive.azure.accountUrl) {
      context.addIssue({ code: 'custom', path: ['azure', 'connectionString'], message: 'or archive.azure.accountUrl is required when archive.backend is "azure-blob"' });
    }
    if (archive.azure.connectionString && archive.azure.accountUrl) {
      context.addIssue({ code: 'custom', path: ['azure', 'accountUrl'], message: 'cannot be combined with archive.azure.connectionString: choose one way to sign in' });
    }
    if (!archive.azure.container) {
      context.addIssue({ code: 'custom', path: ['azure', 'container'], message: 'is required when archive.backend is "azure-blob"' });
    }
  })
  .prefault({});

const modelSchema = z.strictObject({
  /** The deployment name on Azure, the model name elsewhere. */
  name: z.string().trim().min(1),
  label: z.string().trim().min(1).optional(),
  supportsCodeInterpreter: z.boolean(),
});

export const defaultModels: ProxyModel[] = [
  { name: 'gpt-5', label: 'GPT-5', supportsCodeInterpreter: true },
  { name: 'gpt-5-mini', label: 'GPT-5 mini', supportsCodeInterpreter: true },
  { name: 'gpt-5-chat', label: 'GPT-5 chat', supportsCodeInterpreter: false },
];

export const configSchema = z.strictObject({
  tool: z
    .strictObject({
      uploadChatFiles: z.boolean().default(true),
      description: z.string().trim().min(1).default(defaultToolDescription),
      systemPrompt: z.string().trim().min(1).default(defaultSystemPrompt),
      expiresAfterMinutes: z.number().int().min(1).max(20).default(20),
      useAutoContainer: z.boolean().default(false),
      alwaysUploadFileIds: z.array(z.string().trim().min(1)).max(50).default([]),
      memoryLimit: z.enum(['1g', '4g', '16g', '64g']).optional(),
    })
    .prefault({}),
  generatedFiles: z
    .strictObject({
      downloadFailureMessage: z.string().trim().min(1).default('The file could not be downloaded. Please try again.'),
      maxConcurrentDownloads: z.number().int().min(1).max(100).default(10),
      /** How long a signed download URL stays valid. */
      downloadUrlTtlSeconds: z.number().int().min(60).max(7 * 24 * 3600).default(24 * 3600),
    })
    .prefault({}),
  codeDisplay: z.strictObject({ sleepBeforeDisplayMs: z.number().int().min(0).max(10_000).default(0) }).prefault({}),
  models: z
    .array(modelSchema)
    .min(1)
    .refine((models) => new Set(models.map((model) => model.name)).size === models.length, 'model names must be unique')
    .default(defaultModels),
  limits: z
    .strictObject({
      maxFilesPerMessage: z.number().int().min(1).max(10).default(10),
      maxFileBytes: z.number().int().min(1).max(100 * megabyte).default(100 * megabyte),
      maxJsonBodyBytes: z.number().int().min(1024).max(10 * megabyte).default(256 * 1024),
      maxTextCharacters: z.number().int().min(1).max(1_000_000).default(100_000),
      rateLimitPerMinute: z.number().int().min(1).max(1_000_000).default(120),
    })
    .prefault({}),
  archive: archiveSchema,
});

export type ProxyModel = z.infer<typeof modelSchema>;
export type ProxyConfig = z.infer<typeof configSchema>;
export type ProxyConfigInput = z.input<typeof configSchema>;
export type ArchiveConfig = ProxyConfig['archive'];

type EnvKind = 'boolean' | 'integer' | 'string' | 'string-list' | 'models';

/**
 * Every key that an environment variable can override; the variable is `EXECARDS_` + the path in CONSTANT_CASE
 * unless a name is given.
 */
const overridableKeys: ReadonlyArray<readonly [path: readonly string[], kind: EnvKind, variable?: string]> = [
  [['tool', 'uploadChatFiles'], 'boolean'],
  [['tool', 'description'], 'string'],
  [['tool', 'systemPrompt'], 'string'],
  [['tool', 'expiresAfterMinutes'], 'integer'],
  [['tool', 'useAutoContainer'], 'boolean'],
  [['tool', 'alwaysUploadFileIds'], 'string-list'],
  [['tool', 'memoryLimit'], 'string'],
  [['generatedFiles', 'downloadFailureMessage'], 'string'],
  [['generatedFiles', 'maxConcurrentDownloads'], 'integer'],
  [['generatedFiles', 'downloadUrlTtlSeconds'], 'integer'],
  [['codeDisplay', 'sleepBeforeDisplayMs'], 'integer'],
  [['models'], 'models'],
  [['limits', 'maxFilesPerMessage'], 'integer'],
  [['limits', 'maxFileBytes'], 'integer'],
  [['limits', 'maxJsonBodyBytes'], 'integer'],
  [['limits', 'maxTextCharacters'], 'integer'],
  [['limits', 'rateLimitPerMinute'], 'integer'],
  [['archive', 'enabled'], 'boolean'],
  [['archive', 'backend'], 'string'],
  [['archive', 'directory'], 'string', 'EXECARDS_ARCHIVE_DIR'],
  [['archive', 'azure', 'connectionString'], 'string'],
  [['archive', 'azure', 'accountUrl'], 'string'],
  [['archive', 'azure', 'container'], 'string'],
  [['archive', 'maxFileBytes'], 'integer'],
  [['archive', 'maxConversationBytes'], 'integer'],
  [['archive', 'retentionDays'], 'integer'],
];

export function envVariableFor(path: readonly string[]): string {
  return `EXECARDS_${path.map((segment) => segment.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()).join('_')}`;
}

/** Thrown when the configuration is invalid; the message names each key, where it came from and the rule it broke. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

function parseEnvValue(raw: string, kind: EnvKind): unknown {
  const text = raw.trim();
  switch (kind) {
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : text;
    case 'integer':
      return /^-?\d+$/.test(text) ? Number(text) : text;
    case 'string':
      return raw;
    case 'string-list':
      return text.startsWith('[') ? parseJson(text) : text.split(',').map((item) => item.trim()).filter(Boolean);
    case 'models':
      // A JSON array of model objects, or a comma list of names that all support the tool.
      return text.startsWith('[')
        ? parseJson(text)
        : text.split(',').map((name) => name.trim()).filter(Boolean).map((name) => ({ name, supportsCodeInterpreter: true }));
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Sets `value` at `path` inside `target`, creating (or copying) the objects on the way. */
function setPath(target: Record<string, unknown>, keys: readonly string[], value: unknown): void {
  const [head, ...rest] = keys;
  if (head === undefined) return;
  if (rest.length === 0) {
    target[head] = value;
    return;
  }
  const existing = target[head];
  const child = isRecord(existing) ? { ...existing } : {};
  setPath(child, rest, value);
  target[head] = child;
}

function readConfigFile(file: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`Invalid configuration: cannot read config file ${file} (${error instanceof Error ? error.message : String(error)})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`Invalid configuration: config file ${file} is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isRecord(parsed)) throw new ConfigError(`Invalid configuration: config file ${file} must hold a JSON object`);
  return parsed;
}

/**
 * Builds the configuration: defaults, then the JSON file (`EXECARDS_CONFIG_FILE` or `options.file`), then
 * `EXECARDS_*` environment overrides, then `options.overrides` (for tests and embedding).
 */
export function loadConfig(options: { env?: Record<string, string | undefined>; file?: string; overrides?: ProxyConfigInput } = {}): ProxyConfig {
  const env = options.env ?? {};
  const file = options.file ?? env['EXECARDS_CONFIG_FILE'];
  const merged: Record<string, unknown> = file ? readConfigFile(file) : {};
  const sources = new Map<string, string>();
  if (file) sources.set('*', `config file ${file}`);

  for (const [keyPath, kind, name] of overridableKeys) {
    const variable = name ?? envVariableFor(keyPath);
    const raw = env[variable];
    if (raw === undefined || raw.trim() === '') continue;
    sources.set(keyPath.join('.'), variable);
    setPath(merged, keyPath, parseEnvValue(raw, kind));
  }
  if (options.overrides) {
    for (const [section, value] of Object.entries(options.overrides)) {
      const existing = merged[section];
      merged[section] = isRecord(value) && isRecord(existing) ? { ...existing, ...value } : value;
    }
  }

  const parsed = configSchema.safeParse(merged);
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => {
      const key = issue.path.join('.') || '(root)';
      const keyPaths = issue.path.map((_, index) => issue.path.slice(0, issue.path.length - index).join('.'));
      const source = keyPaths.map((candidate) => sources.get(candidate)).find((found) => found !== undefined) ?? sources.get('*');
      return `${key}${source ? ` (from ${source})` : ''}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration: ${details.join('; ')}`);
  }
  return parsed.data;
}

/** The part of the configuration the browser may see: limits, allowed types, models and display settings. */
export function publicConfig(config: ProxyConfig): PublicConfig {
  return {
    uploads: {
      enabled: config.tool.uploadChatFiles,
      maxFilesPerMessage: config.limits.maxFilesPerMessage,
      maxFileBytes: config.limits.maxFileBytes,
      allowedTypes: uploadTypes.map(({ label, extensions, mimeType }) => ({ label, extensions: [...extensions], mimeType })),
      accept: uploadTypes.flatMap((type) => type.extensions.map((extension) => `.${extension}`)).join(','),
    },
    maxTextCharacters: config.limits.maxTextCharacters,
    models: config.models.map((model) => ({ name: model.name, label: model.label ?? model.name, supportsCodeInterpreter: model.supportsCodeInterpreter })),
    generatedFiles: {
      downloadFailureMessage: config.generatedFiles.downloadFailureMessage,
      maxConcurrentDownloads: config.generatedFiles.maxConcurrentDownloads,
    },
    codeDisplay: { sleepBeforeDisplayMs: config.codeDisplay.sleepBeforeDisplayMs },
    archive: { enabled: config.archive.enabled, retentionDays: config.archive.retentionDays },
  };
}

export type { PublicConfig } from '@execards/core';
