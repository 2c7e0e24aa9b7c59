import { parseEvent, responseEcho } from '@execards/core';
import { randomUUID } from 'node:crypto';
import type { Tool } from 'openai/resources/responses/responses';
import type { ArchiveService } from './archive/archive-service.js';
import { archiveTurn } from './archive/turn-archive.js';
import type { ProxyConfig } from './config.js';
import { encodeConversationToken, type ConversationState } from './conversation-token.js';
import { createDownloadUrl } from './download-link.js';
import { createGeneratedFiles, type ProxyFileEvent } from './generated-files.js';
import type { Logger } from './logger.js';
import { proxyErrorFor } from './proxy-errors.js';
import { isTerminalEvent, resumableEvents } from './resumable-events.js';
import type { Signer } from './signing.js';
import { sendProxyEvent, sseFrame } from './sse-frame.js';
import { isMissingEndpoint, type UpstreamCapabilities } from './upstream-capabilities.js';
import type { UpstreamEvent } from './upstream-events.js';
import { isContainerGone, isContainerGoneMessage, type UpstreamGateway } from './upstream-gateway.js';

export interface TurnDependencies {
  config: ProxyConfig;
  gateway: UpstreamGateway;
  signer: Signer;
  logger: Logger;
  now(): number;
  requestId: string;
  /** How often a dropped upstream stream is resumed before the turn fails. */
  maxResumes: number;
  sleep(ms: number): Promise<void>;
  /** Durable storage for generated files; null when `archive.enabled` is false. */
  archive: ArchiveService | null;
  /** What the upstream was found to offer (the containers API may be missing on Azure). */
  capabilities: UpstreamCapabilities;
}

export interface TurnRequest {
  text: string;
  model: string;
  /** New chat files for this turn; already checked to belong to the conversation. */
  fileIds: readonly string[];
  state: ConversationState;
  /** Emulator upstream only: a fault directive for the first upstream attempt of this turn (see the emulator's README). */
  emulatorFault?: string | undefined;
}

type Send = (frame: string) => void;

const unique = (ids: readonly string[]) => [...new Set(ids)];

/** The failure message of an `error` or `response.failed` event, read through core's `parseEvent`. */
function errorMessageOf(event: UpstreamEvent): string | null {
  if (event.type !== 'error' && event.type !== 'response.failed') return null;
  const parsed = parseEvent(event.payload);
  if (parsed.type === 'error') return parsed.message;
  return parsed.type === 'response.failed' ? (parsed.response.error?.message ?? null) : null;
}

const codeDeltaTypes = new Set(['response.code_interpreter_call_code.delta', 'response.code_interpreter_call.code.delta']);

/** Makes sure the conversation has a container holding its files; returns the tool definition to send. */
async function prepareContainer(
  dependencies: TurnDependencies,
  state: ConversationState,
  newFileIds: readonly string[],
  signal: AbortSignal,
): Promise<{ state: ConversationState; tool: Tool }> {
  const { tool: settings } = dependencies.config;
  const memory = settings.memoryLimit ? { memory_limit: settings.memoryLimit } : {};
  const autoContainer = (): { state: ConversationState; tool: Tool } => {
    const containerFileIds = unique([...state.containerFileIds, ...newFileIds]);
    const fileIds = unique([...settings.alwaysUploadFileIds, ...containerFileIds]).slice(0, 50);
    return {
      state: { ...state, containerId: null, containerFileIds },
      tool: { type: 'code_interpreter', container: { type: 'auto', file_ids: fileIds, ...memory } },
    };
  };
  const { capabilities } = dependencies;
  if (settings.useAutoContainer || !capabilities.available('explicitContainers')) return autoContainer();
  if (state.containerId === null) {
    const containerFileIds = unique([...state.containerFileIds, ...newFileIds]);
    let containerId: string;
    try {
      containerId = await dependencies.gateway.createContainer(
        {
          name: `execards-${randomUUID()}`,
          fileIds: unique([...settings.alwaysUploadFileIds, ...containerFileIds]),
          expiresAfterMinutes: settings.expiresAfterMinutes,
          ...(settings.memoryLimit ? { memoryLimit: settings.memoryLimit } : {}),
        },
        signal,
      );
    } catch (error) {
      if (signal.aborted || !isMissingEndpoint(error)) throw error;
      // Some Azure resources run Responses with auto containers but have no containers API.
      capabilities.markMissing('explicitContainers', error);
      return autoContainer();
    }
    capabilities.markWorking('explicitContainers');
    dependencies.logger.log('info', 'container_created', { containerId, files: containerFileIds.length });
    return { state: { ...state, containerId, containerFileIds }, tool: { type: 'code_interpreter', container: containerId } };
  }
  let containerFileIds = state.containerFileIds;
  for (const fileId of newFileIds) {
    if (containerFileIds.includes(fileId)) continue;
    await dependencies.gateway.addFileToContainer(state.containerId, fileId, signal);
    containerFileIds = [...containerFileIds, fileId];
  }
  return { state: { ...state, containerFileIds }, tool: { type: 'code_interpreter', container: state.containerId } };
}

type RelayOutcome =
  | {
      kind: 'finished';
      responseId: string | null;
      terminal: string | null;
      containerId: string | null;
      /** The `proxy.file` events sent, the containers the calls ran in, and the response's `created_at`: what archiving needs. */
      announced: readonly ProxyFileEvent[];
      containerIds: string[];
      createdAt: number | null;
    }
  | { kind: 'container-gone' };

function responseParams(dependencies: TurnDependencies, request: TurnRequest, state: ConversationState, tool: Tool, emulatorFault: string | undefined) {
  const { config } = dependencies;
  return {
    ...(emulatorFault ? { metadata: { emulator_fault: emulatorFault } } : {}),
    model: request.model,
    input: request.text,
    instructions: `${config.tool.description}\n\n${config.tool.systemPrompt}`,
    tools: [tool],
    include: ['code_interpreter_call.outputs' as const],
    ...(state.previousResponseId ? { previous_response_id: state.previousResponseId } : {}),
  };
}

async function relayResponse(
  dependencies: TurnDependencies,
  state: ConversationState,
  open: () => Promise<ReadableStream<Uint8Array>>,
  send: Send,
  signal: AbortSignal,
  allowRecovery: boolean,
  continuing?: { responseId: string; startingAfter: number },
): Promise<RelayOutcome> {
  const { config, gateway, logger } = dependencies;
  const files = createGeneratedFiles({
    containerId: state.containerId,
    listContainerFiles: (containerId) => gateway.listContainerFiles(containerId, signal),
    downloadUrl: (target) =>
      createDownloadUrl(dependencies.signer, target, dependencies.now() + config.generatedFiles.downloadUrlTtlSeconds * 1000),
    onUnresolved: (details) => logger.log('warn', 'generated_file_unresolved', details),
  });
  const events = resumableEvents({
    open,
    ...(continuing ? { continuing } : {}),
    resume: (responseId, startingAfter) => gateway.resumeResponseStream(responseId, startingAfter, signal),
    maxResumes: dependencies.maxResumes,
    signal,
    onMalformed: (details) => logger.log('warn', 'upstream_event_malformed', details),
    onResume: ({ responseId, startingAfter, attempt, cause }) =>
      logger.log('warn', 'upstream_stream_resumed', { responseId, startingAfter, attempt, cause: cause instanceof Error ? cause.message : String(cause) }),
  });

  const codeShown = new Set<string>();
  let responseId: string | null = null;
  let terminal: string | null = null;
  let usedContainer: string | null = null;
  let createdAt: number | null = null;
  let containerGone = false;
  try {
    for await (const event of events) {
      if (allowRecovery && !containerGone) {
        const message = errorMessageOf(event);
        containerGone = message !== null && isContainerGoneMessage(message);
      }
      // Once the container is known to be gone, the failure events are swallowed: the turn is retried.
      if (containerGone) continue;
      if (config.codeDisplay.sleepBeforeDisplayMs > 0 && codeDeltaTypes.has(event.type)) {
        const itemId = String(event.payload['item_id'] ?? '');
        if (!codeShown.has(itemId)) {
          codeShown.add(itemId);
          await dependencies.sleep(config.codeDisplay.sleepBeforeDisplayMs);
        }
      }
      send(sseFrame(event.type, event.data));
      for (const file of await files.filesNamedBy(event)) sendProxyEvent(send, 'proxy.file', file);
      if (isTerminalEvent(event.type)) {
        terminal = event.type;
        // The explicit container a finished response used comes from the tools it echoes back.
        ({ id: responseId, container: usedContainer, createdAt } = responseEcho(event.payload));
      }
    }
  } catch (error) {
    if (allowRecovery && isContainerGone(error)) return { kind: 'container-gone' };
    throw error;
  }
  if (containerGone) return { kind: 'container-gone' };
  const containerIds = [state.containerId, usedContainer, files.currentContainer(), ...files.announced().map((file) => file.container_id)].filter((id) => id !== null);
  return { kind: 'finished', responseId, terminal, containerId: usedContainer, announced: files.announced(), containerIds, createdAt };
}

/**
 * After `response.completed`: the turn's generated files go to durable storage, each announced again with its
 * archive URL (or a `proxy.notice` when a cap or the storage refused it). Returns the state with the new total.
 */
async function archiveCompletedTurn(
  dependencies: TurnDependencies,
  state: ConversationState,
  outcome: Extract<RelayOutcome, { kind: 'finished' }>,
  send: Send,
  signal: AbortSignal,
): Promise<ConversationState> {
  const { archive } = dependencies;
  if (!archive || outcome.terminal !== 'response.completed' || signal.aborted) return state;
  const archivedBytes = await archiveTurn(
    { archive, gateway: dependencies.gateway, logger: dependencies.logger },
    { announced: outcome.announced, containerIds: outcome.containerIds, createdAfter: outcome.createdAt, archivedBytes: state.archivedBytes ?? 0 },
    {
      onArchived: (event) => sendProxyEvent(send, 'proxy.file', event),
      onSkipped: (notice) => sendProxyEvent(send, 'proxy.notice', notice),
    },
    signal,
  );
  return archivedBytes === (state.archivedBytes ?? 0) ? state : { ...state, archivedBytes };
}

/**
 * One chat turn: container ready, files attached, the response streamed through unchanged with the proxy's
 * own events mixed in, and a new conversation token at the end. An expired container is replaced once.
 */
export async function runTurn(dependencies: TurnDependencies, request: TurnRequest, send: Send, signal: AbortSignal): Promise<void> {
  const { config, logger } = dependencies;
  const newFileIds = config.tool.uploadChatFiles ? request.fileIds : [];
  let state = request.state;
  let recovered = config.tool.useAutoContainer;
  // A requested fault hits the first attempt only, so the recovery it provokes can be observed.
  let pendingFault = request.emulatorFault;
  const recover = () => {
    recovered = true;
    logger.log('warn', 'container_expired', { containerId: state.containerId });
    // The replacement container gets every file the old one had.
    state = { ...state, containerId: null };
    sendProxyEvent(send, 'proxy.notice', {
      code: 'container_recreated',
      message: 'The code session had expired, so a new one was started and your files were added to it again. Earlier variables are gone.',
    });
  };
  try {
    for (;;) {
      let tool: Tool;
      try {
        ({ state, tool } = await prepareContainer(dependencies, state, newFileIds, signal));
      } catch (error) {
        if (!recovered && isContainerGone(error)) {
          recover();
          continue;
        }
        throw error;
      }
      const params = responseParams(dependencies, request, state, tool, pendingFault);
      pendingFault = undefined;
      const outcome = await relayResponse(dependencies, state, () => dependencies.gateway.openResponseStream(params, signal), send, signal, !recovered);
      if (outcome.kind === 'container-gone') {
        recover();
        continue;
      }
      if (outcome.responseId && (outcome.terminal === 'response.completed' || outcome.terminal === 'response.incomplete')) {
        state = { ...state, previousResponseId: outcome.responseId };
      }
      logger.log('info', 'turn_finished', { terminal: outcome.terminal, responseId: outcome.responseId });
      state = await archiveCompletedTurn(dependencies, state, outcome, send, signal);
      break;
    }
  } catch (error) {
    if (signal.aborted) {
      logger.log('info', 'client_aborted');
      return;
    }
    const proxyError = proxyErrorFor(error, dependencies.requestId);
    logger.log('error', 'turn_failed', { error, code: proxyError.code });
    sendProxyEvent(send, 'proxy.error', proxyError);
  }
  if (!signal.aborted) sendProxyEvent(send, 'proxy.conversation', { token: encodeConversationToken(dependencies.signer, state) });
}

/**
 * Continues a turn whose browser connection dropped: the upstream stream of `responseId` after `startingAfter`,
 * relayed the same way, ending with a token that records the response when it finished.
 */
export async function resumeTurn(
  dependencies: TurnDependencies,
  resume: { responseId: string; startingAfter: number; state: ConversationState },
  send: Send,
  signal: AbortSignal,
): Promise<void> {
  let state = resume.state;
  try {
    const outcome = await relayResponse(
      dependencies,
      state,
      () => dependencies.gateway.resumeResponseStream(resume.responseId, resume.startingAfter, signal),
      send,
      signal,
      false,
      { responseId: resume.responseId, startingAfter: resume.startingAfter },
    );
    if (outcome.kind === 'finished' && outcome.responseId && (outcome.terminal === 'response.completed' || outcome.terminal === 'response.incomplete')) {
      const containerId = outcome.containerId ?? state.containerId;
      state = { ...state, previousResponseId: outcome.responseId, containerId, containerFileIds: containerId === state.containerId ? state.containerFileIds : [] };
    }
    if (outcome.kind === 'finished') state = await archiveCompletedTurn(dependencies, state, outcome, send, signal);
  } catch (error) {
    if (signal.aborted) return;
    const proxyError = proxyErrorFor(error, dependencies.requestId);
    dependencies.logger.log('error', 'resume_failed', { error, code: proxyError.code });
    sendProxyEvent(send, 'proxy.error', proxyError);
  }
  if (!signal.aborted) sendProxyEvent(send, 'proxy.conversation', { token: encodeConversationToken(dependencies.signer, state) });
}
