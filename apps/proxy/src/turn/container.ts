import { randomUUID } from 'node:crypto';
import type { Tool } from 'openai/resources/responses/responses';
import type { ConversationState } from '../tokens/conversation-token.js';
import { isMissingEndpoint } from '../upstream/upstream-capabilities.js';
import type { TurnDependencies } from './turn-dependencies.js';

const unique = (ids: readonly string[]) => [...new Set(ids)];

/** Makes sure the conversation has a container holding its files; returns the tool definition to send. */
export async function prepareContainer(
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
