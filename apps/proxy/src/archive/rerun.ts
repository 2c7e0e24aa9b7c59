import { randomUUID } from 'node:crypto';
import type { ProxyConfig } from '../config/config.js';
import type { ConversationState } from '../tokens/conversation-token.js';
import type { ContainerFile } from '../turn/generated-files.js';
import type { Logger } from '../logger.js';
import { resumableEvents } from '../upstream/resumable-events.js';
import type { UpstreamGateway } from '../upstream/upstream-gateway.js';
import type { ArchivedFileEvent, ArchiveNotice, ArchiveService } from './archive-service.js';

export interface RerunRequest {
  model: string;
  code: string;
  filenames: readonly string[];
  state: ConversationState;
}

export interface RerunResult {
  containerId: string;
  files: ArchivedFileEvent[];
  /** Requested names the run did not produce (or that could not be archived: see `notices`). */
  missing: string[];
  notices: ArchiveNotice[];
}

/** The run did not complete: the upstream failed the response (its own message stays in the logs). */
export class RerunFailedError extends Error {
  override readonly name = 'RerunFailedError';
}

export interface RerunDependencies {
  config: ProxyConfig;
  gateway: UpstreamGateway;
  archive: ArchiveService;
  logger: Logger;
  maxResumes: number;
}

/** The code as a fenced block the model is told to run untouched; the fence is longer than any backtick run inside. */
export function rerunPrompt(code: string, filenames: readonly string[]): string {
  const longestRun = Math.max(0, ...[...code.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return [
    'Run the following Python code exactly as given, without any change, in the code interpreter.',
    `It saves its files under /mnt/data (expected: ${filenames.join(', ')}). Do not write any other code.`,
    '',
    `${fence}python`,
    code,
    fence,
  ].join('\n');
}

const unique = (ids: readonly string[]) => [...new Set(ids)];

function newest(files: readonly ContainerFile[], filename: string): ContainerFile | undefined {
  return files
    .filter((file) => file.source !== 'user' && file.path.slice(file.path.lastIndexOf('/') + 1) === filename)
    .sort((a, b) => (b.createdAt ?? 0) - (a.createdAt ?? 0))[0];
}

/**
 * Replays a call's code in a fresh container holding the conversation's uploads, then archives the requested
 * files it finds by name. The conversation itself (token, response chain) is not touched.
 */
export async function rerunCode(dependencies: RerunDependencies, request: RerunRequest, signal: AbortSignal): Promise<RerunResult> {
  const { config, gateway, archive, logger } = dependencies;
  const settings = config.tool;
  const containerId = await gateway.createContainer(
    {
      name: `execards-rerun-${randomUUID()}`,
      fileIds: unique([...settings.alwaysUploadFileIds, ...request.state.uploadedFileIds]),
      expiresAfterMinutes: settings.expiresAfterMinutes,
      ...(settings.memoryLimit ? { memoryLimit: settings.memoryLimit } : {}),
    },
    signal,
  );
  logger.log('info', 'rerun_container_created', { containerId, files: request.state.uploadedFileIds.length });
  const params = {
    model: request.model,
    input: rerunPrompt(request.code, request.filenames),
    instructions: `${settings.description}\n\n${settings.systemPrompt}`,
    tools: [{ type: 'code_interpreter' as const, container: containerId }],
    include: ['code_interpreter_call.outputs' as const],
  };
  let terminal: string | null = null;
  for await (const event of resumableEvents({
    open: () => gateway.openResponseStream(params, signal),
    resume: (responseId, startingAfter) => gateway.resumeResponseStream(responseId, startingAfter, signal),
    maxResumes: dependencies.maxResumes,
    signal,
    onMalformed: (details) => logger.log('warn', 'upstream_event_malformed', details),
  })) {
    if (event.type === 'response.completed' || event.type === 'response.failed' || event.type === 'response.incomplete') terminal = event.type;
  }
  if (terminal !== 'response.completed') {
    logger.log('warn', 'rerun_not_completed', { containerId, terminal });
    throw new RerunFailedError(`The re-run ended with ${terminal ?? 'no final event'}.`);
  }

  const listed = await gateway.listContainerFiles(containerId, signal);
  const result: RerunResult = { containerId, files: [], missing: [], notices: [] };
  for (const filename of unique(request.filenames)) {
    const file = newest(listed, filename);
    if (!file) {
      result.missing.push(filename);
      continue;
    }
    const outcome = await archive.archiveFile(
      { containerId: file.containerId, fileId: file.id, path: file.path, filename, bytes: file.bytes },
      request.state.archivedBytes ?? 0,
      signal,
    );
    if (outcome.kind === 'archived') {
      result.files.push(outcome.event);
    } else {
      result.missing.push(filename);
      result.notices.push(outcome.notice);
    }
  }
  return result;
}
