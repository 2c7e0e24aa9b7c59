import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSystemPrompt } from './default-prompt.js';
import { envVariableFor, loadConfig, publicConfig } from './config.js';

function configFile(content: string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'proxy-config-')), 'config.json');
  writeFileSync(file, content);
  return file;
}

describe('loadConfig', () => {
  it('fills every configuration key with its default', () => {
    const config = loadConfig();
    expect(config.tool).toMatchObject({ uploadChatFiles: true, expiresAfterMinutes: 20, useAutoContainer: false, alwaysUploadFileIds: [] });
    expect(config.tool.description).toBe('Use this tool to run python code, e.g to generate plots, process excel files, perform calculations, etc.');
    expect(config.tool.systemPrompt).toBe(defaultSystemPrompt);
    expect(config.tool.systemPrompt.startsWith('Instructions:')).toBe(true);
    expect(config.tool.systemPrompt.endsWith('request clarification/help.')).toBe(true);
    expect(config.generatedFiles).toMatchObject({ downloadFailureMessage: 'The file could not be downloaded. Please try again.', maxConcurrentDownloads: 10 });
    expect(config.codeDisplay.sleepBeforeDisplayMs).toBe(0);
    expect(config.limits).toMatchObject({ maxFilesPerMessage: 10, maxFileBytes: 100 * 1024 * 1024 });
  });

  it('reads a JSON file and lets env variables override it', () => {
    const file = configFile(JSON.stringify({ tool: { expiresAfterMinutes: 5, useAutoContainer: true }, codeDisplay: { sleepBeforeDisplayMs: 50 } }));
    const config = loadConfig({
      env: { EXECARDS_CONFIG_FILE: file, EXECARDS_TOOL_EXPIRES_AFTER_MINUTES: '7', EXECARDS_TOOL_ALWAYS_UPLOAD_FILE_IDS: 'file-a, file-b', EXECARDS_MODELS: 'dep-1,dep-2' },
    });
    expect(config.tool.expiresAfterMinutes).toBe(7);
    expect(config.tool.useAutoContainer).toBe(true);
    expect(config.tool.alwaysUploadFileIds).toEqual(['file-a', 'file-b']);
    expect(config.codeDisplay.sleepBeforeDisplayMs).toBe(50);
    expect(config.models).toEqual([
      { name: 'dep-1', supportsCodeInterpreter: true },
      { name: 'dep-2', supportsCodeInterpreter: true },
    ]);
  });

  it('derives env names from key paths', () => {
    expect(envVariableFor(['generatedFiles', 'maxConcurrentDownloads'])).toBe('EXECARDS_GENERATED_FILES_MAX_CONCURRENT_DOWNLOADS');
  });

  it('stops with a message naming the key, its source and the rule', () => {
    expect(() => loadConfig({ env: { EXECARDS_TOOL_EXPIRES_AFTER_MINUTES: '30' } })).toThrow(
      /tool\.expiresAfterMinutes \(from EXECARDS_TOOL_EXPIRES_AFTER_MINUTES\): .*<=20/,
    );
    expect(() => loadConfig({ env: { EXECARDS_TOOL_UPLOAD_CHAT_FILES: 'yes' } })).toThrow(/tool\.uploadChatFiles .*expected boolean/);
    const file = configFile(JSON.stringify({ tool: { expiresAfterMinute: 5 } }));
    expect(() => loadConfig({ file })).toThrow(new RegExp(`tool \\(from config file ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\): .*expiresAfterMinute`));
    expect(() => loadConfig({ file: configFile('{ not json') })).toThrow(/is not valid JSON/);
    expect(() => loadConfig({ overrides: { models: [{ name: 'a', supportsCodeInterpreter: true }, { name: 'a', supportsCodeInterpreter: false }] } })).toThrow(
      /models: model names must be unique/,
    );
  });

  it('publishes limits, types and models but not the prompt', () => {
    const shown = publicConfig(loadConfig({ overrides: { models: [{ name: 'x', supportsCodeInterpreter: false }] } }));
    expect(shown.uploads.maxFilesPerMessage).toBe(10);
    expect(shown.uploads.accept).toBe('.pdf,.docx,.xlsx,.pptx,.csv,.html,.htm,.md,.txt,.png,.jpg,.jpeg');
    expect(shown.models).toEqual([{ name: 'x', label: 'x', supportsCodeInterpreter: false }]);
    expect(JSON.stringify(shown)).not.toContain('Instructions:');
    expect(shown.archive).toEqual({ enabled: true, retentionDays: 30 });
    expect(JSON.stringify(publicConfig(loadConfig({ overrides: { archive: { backend: 'azure-blob', azure: { connectionString: 'secret-connection', container: 'files' } } } })))).not.toMatch(
      /secret-connection|azure-blob|execards-archive/,
    );
  });
});

describe('archive configuration', () => {
  it('defaults to a filesystem archive in the temporary directory, 100 MB per file, 500 MB per conversation, 30 days', () => {
    const { archive } = loadConfig();
    expect(archive).toEqual({
      enabled: true,
      backend: 'filesystem',
      directory: path.join(os.tmpdir(), 'execards-archive'),
      azure: {},
      maxFileBytes: 100 * 1024 * 1024,
      maxConversationBytes: 500 * 1024 * 1024,
      retentionDays: 30,
    });
  });

  it('reads every archive key from its env variable, including the nested Azure ones', () => {
    const { archive } = loadConfig({
      env: {
        EXECARDS_ARCHIVE_ENABLED: 'false',
        EXECARDS_ARCHIVE_BACKEND: 'azure-blob',
        EXECARDS_ARCHIVE_DIR: '/srv/archive',
        EXECARDS_ARCHIVE_AZURE_CONNECTION_STRING: 'UseDevelopmentStorage=true',
        EXECARDS_ARCHIVE_AZURE_CONTAINER: 'execards-files',
        EXECARDS_ARCHIVE_MAX_FILE_BYTES: '1000',
        EXECARDS_ARCHIVE_MAX_CONVERSATION_BYTES: '5000',
        EXECARDS_ARCHIVE_RETENTION_DAYS: '7',
      },
    });
    expect(archive).toEqual({
      enabled: false,
      backend: 'azure-blob',
      directory: '/srv/archive',
      azure: { connectionString: 'UseDevelopmentStorage=true', container: 'execards-files' },
      maxFileBytes: 1000,
      maxConversationBytes: 5000,
      retentionDays: 7,
    });
  });

  it('names the key, its source and the rule when an archive setting is wrong', () => {
    expect(() => loadConfig({ env: { EXECARDS_ARCHIVE_RETENTION_DAYS: '0' } })).toThrow(/archive\.retentionDays \(from EXECARDS_ARCHIVE_RETENTION_DAYS\): .*>=1/);
    expect(() => loadConfig({ env: { EXECARDS_ARCHIVE_BACKEND: 's3' } })).toThrow(/archive\.backend \(from EXECARDS_ARCHIVE_BACKEND\): .*"filesystem"\|"azure-blob"/);
    expect(() => loadConfig({ env: { EXECARDS_ARCHIVE_AZURE_CONTAINER: 'Bad_Name' } })).toThrow(
      /archive\.azure\.container \(from EXECARDS_ARCHIVE_AZURE_CONTAINER\): must be a valid blob container name/,
    );
    expect(() => loadConfig({ overrides: { archive: { backend: 'azure-blob' } } })).toThrow(
      /archive\.azure\.connectionString: or archive\.azure\.accountUrl is required when archive\.backend is "azure-blob".*archive\.azure\.container: is required/,
    );
    const entra = loadConfig({ env: { EXECARDS_ARCHIVE_BACKEND: 'azure-blob', EXECARDS_ARCHIVE_AZURE_ACCOUNT_URL: 'https://acct.blob.core.windows.net', EXECARDS_ARCHIVE_AZURE_CONTAINER: 'files' } });
    expect(entra.archive.azure).toEqual({ accountUrl: 'https://acct.blob.core.windows.net', container: 'files' });
    expect(() => loadConfig({ env: { EXECARDS_ARCHIVE_AZURE_ACCOUNT_URL: 'http://acct.blob.core.windows.net' } })).toThrow(/archive\.azure\.accountUrl \(from EXECARDS_ARCHIVE_AZURE_ACCOUNT_URL\)/);
    expect(() =>
      loadConfig({ overrides: { archive: { backend: 'azure-blob', azure: { connectionString: 'x', accountUrl: 'https://acct.blob.core.windows.net', container: 'files' } } } }),
    ).toThrow(/archive\.azure\.accountUrl: cannot be combined with archive\.azure\.connectionString/);
    expect(() => loadConfig({ overrides: { archive: { maxFileBytes: 0 } } })).toThrow(/archive\.maxFileBytes: .*>=1/);
  });
});
