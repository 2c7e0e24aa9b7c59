import type { Tool } from 'openai/resources/responses/responses';
import { archiveTurn } from '../archive/turn-archive.js';
import { encodeConversationToken, type ConversationState } from '../tokens/conversation-token.js';
import { isContainerGone } from '../upstream/upstream-gateway.js';
import { prepareContainer } from './container.js';
import { proxyErrorFor } from './proxy-errors.js';
import { relayResponse, type FinishedRelay } from './relay.js';
import { sendProxyEvent } from './sse-frame.js';
import type { Send, TurnDependencies } from './turn-dependencies.js';

export type { TurnDependencies } from './turn-dependencies.js';

export interface TurnRequest {
  text: string;
  model: string;
  /** New chat files for this turn; already checked to belong to the conversation. */
  fileIds: readonly string[];
  state: ConversationState;
}

/** Where a turn's stages write: the browser's stream, its abort signal, and the latest state for the final token. */
interface TurnStream {
  send: Send;
  signal: AbortSignal;
  /** Records the conversation as it now is, so a failure later still ends with a token that knows it. */
  checkpoint(state: ConversationState): void;
}

function responseParams(dependencies: TurnDependencies, request: TurnRequest, state: ConversationState, tool: Tool) {
  const { config } = dependencies;
  return {
    model: request.model,
    input: request.text,
    instructions: `${config.tool.description}\n\n${config.tool.systemPrompt}`,
    tools: [tool],
    include: ['code_interpreter_call.outputs' as const],
    ...(state.previousResponseId ? { previous_response_id: state.previousResponseId } : {}),
  };
}

function finishedWithResponse(outcome: FinishedRelay): outcome is FinishedRelay & { responseId: string } {
  return outcome.responseId !== null && outcome.responseId !== '' && (outcome.terminal === 'response.completed' || outcome.terminal === 'response.incomplete');
}

/**
 * After `response.completed`: the turn's generated files go to durable storage, each announced again with its
 * archive URL (or a `proxy.notice` when a cap or the storage refused it). Returns the state with the new total.
 */
async function archiveCompletedTurn(dependencies: TurnDependencies, state: ConversationState, outcome: FinishedRelay, stream: TurnStream): Promise<ConversationState> {
  const { archive } = dependencies;
  const { send, signal } = stream;
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
 * The ending every turn shares: a user-safe `proxy.error` if `work` failed, then `proxy.conversation` with the
 * latest state, unless the browser went away.
 */
async function endTurn(
  dependencies: TurnDependencies,
  stream: Omit<TurnStream, 'checkpoint'>,
  ending: { state: ConversationState; failure: 'turn_failed' | 'resume_failed'; logAbort: boolean },
  work: (checkpoint: TurnStream['checkpoint']) => Promise<ConversationState>,
): Promise<void> {
  const { send, signal } = stream;
  let latest = ending.state;
  try {
    latest = await work((state) => {
      latest = state;
    });
  } catch (error) {
    if (signal.aborted) {
      if (ending.logAbort) dependencies.logger.log('info', 'client_aborted');
      return;
    }
    const proxyError = proxyErrorFor(error, dependencies.requestId);
    dependencies.logger.log('error', ending.failure, { error, code: proxyError.code });
    sendProxyEvent(send, 'proxy.error', proxyError);
  }
  if (!signal.aborted) sendProxyEvent(send, 'proxy.conversation', { token: encodeConversationToken(dependencies.signer, latest) });
}

type Attempt = { kind: 'finished'; state: ConversationState; outcome: FinishedRelay } | { kind: 'container-gone'; state: ConversationState };

/** One try at the turn: container ready, response relayed. With `allowRecovery`, an expired container is reported, not thrown. */
async function attemptTurn(
  dependencies: TurnDependencies,
  request: TurnRequest,
  stream: TurnStream,
  attempt: { state: ConversationState; allowRecovery: boolean },
): Promise<Attempt> {
  const { signal } = stream;
  const newFileIds = dependencies.config.tool.uploadChatFiles ? request.fileIds : [];
  let prepared: Awaited<ReturnType<typeof prepareContainer>>;
  try {
    prepared = await prepareContainer(dependencies, attempt.state, newFileIds, signal);
  } catch (error) {
    if (attempt.allowRecovery && isContainerGone(error)) return { kind: 'container-gone', state: attempt.state };
    throw error;
  }
  const { state, tool } = prepared;
  stream.checkpoint(state);
  const params = responseParams(dependencies, request, state, tool);
  const open = () => dependencies.gateway.openResponseStream(params, signal);
  const outcome = await relayResponse(dependencies, { state, open, send: stream.send, signal, allowRecovery: attempt.allowRecovery });
  return outcome.kind === 'container-gone' ? { kind: 'container-gone', state } : { kind: 'finished', state, outcome };
}

/** The conversation without its expired container (its files are added to the next one), and the user told. */
function replaceExpiredContainer(dependencies: TurnDependencies, state: ConversationState, stream: TurnStream): ConversationState {
  dependencies.logger.log('warn', 'container_expired', { containerId: state.containerId });
  sendProxyEvent(stream.send, 'proxy.notice', {
    code: 'container_recreated',
    message: 'The code session had expired, so a new one was started and your files were added to it again. Earlier variables are gone.',
  });
  return { ...state, containerId: null };
}

/** Attempts the turn; an expired container is replaced once (auto containers are never replaced by the proxy). */
async function attemptWithRecovery(
  dependencies: TurnDependencies,
  request: TurnRequest,
  stream: TurnStream,
  attempt: { state: ConversationState; allowRecovery: boolean },
): Promise<Extract<Attempt, { kind: 'finished' }>> {
  const result = await attemptTurn(dependencies, request, stream, attempt);
  if (result.kind === 'finished') return result;
  const state = replaceExpiredContainer(dependencies, result.state, stream);
  stream.checkpoint(state);
  return attemptWithRecovery(dependencies, request, stream, { state, allowRecovery: false });
}

/**
 * One chat turn: container ready, files attached, the response streamed through unchanged with the proxy's
 * own events mixed in, and a new conversation token at the end. An expired container is replaced once.
 */
export async function runTurn(dependencies: TurnDependencies, request: TurnRequest, send: Send, signal: AbortSignal): Promise<void> {
  await endTurn(dependencies, { send, signal }, { state: request.state, failure: 'turn_failed', logAbort: true }, async (checkpoint) => {
    const stream = { send, signal, checkpoint };
    const allowRecovery = !dependencies.config.tool.useAutoContainer;
    const { state: ran, outcome } = await attemptWithRecovery(dependencies, request, stream, { state: request.state, allowRecovery });
    const state = finishedWithResponse(outcome) ? { ...ran, previousResponseId: outcome.responseId } : ran;
    checkpoint(state);
    dependencies.logger.log('info', 'turn_finished', { terminal: outcome.terminal, responseId: outcome.responseId });
    return archiveCompletedTurn(dependencies, state, outcome, stream);
  });
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
  await endTurn(dependencies, { send, signal }, { state: resume.state, failure: 'resume_failed', logAbort: false }, async (checkpoint) => {
    const { responseId, startingAfter } = resume;
    const open = () => dependencies.gateway.resumeResponseStream(responseId, startingAfter, signal);
    const outcome = await relayResponse(dependencies, { state: resume.state, open, send, signal, allowRecovery: false, continuing: { responseId, startingAfter } });
    if (outcome.kind !== 'finished') return resume.state;
    let state = resume.state;
    if (finishedWithResponse(outcome)) {
      const containerId = outcome.containerId ?? state.containerId;
      state = { ...state, previousResponseId: outcome.responseId, containerId, containerFileIds: containerId === state.containerId ? state.containerFileIds : [] };
    }
    checkpoint(state);
    return archiveCompletedTurn(dependencies, state, outcome, { send, signal, checkpoint });
  });
}
