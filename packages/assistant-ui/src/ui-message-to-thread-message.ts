import type { ThreadMessageLike } from '@assistant-ui/react';
import { getToolName, isToolUIPart, type UIMessage } from 'ai';

type ThreadPart = Exclude<ThreadMessageLike['content'], string>[number];
type JsonObject = Extract<ThreadPart, { type: 'tool-call' }>['args'];
type SourceMetadata = Extract<ThreadPart, { type: 'source'; sourceType: 'document' }>['providerMetadata'];

function jsonObject(value: unknown): JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : {};
}

/** Args text of a call whose input is still streaming: left unterminated so a reader knows the code is not complete. */
function openArgsText(input: unknown): string {
  return JSON.stringify(jsonObject(input)).replace(/"?\}$/, '');
}

function toolPart(part: Extract<UIMessage['parts'][number], { toolCallId: string }>): ThreadPart {
  const common = { type: 'tool-call' as const, toolCallId: part.toolCallId, toolName: getToolName(part), args: jsonObject(part.input) };
  switch (part.state) {
    case 'input-streaming':
      return { ...common, argsText: typeof part.rawInput === 'string' ? part.rawInput : openArgsText(part.input) };
    case 'output-available':
      return { ...common, result: part.output as unknown };
    case 'output-error':
      return { ...common, result: part.errorText, isError: true };
    default:
      return common;
  }
}

function convertPart(part: UIMessage['parts'][number]): ThreadPart[] {
  if (isToolUIPart(part)) return [toolPart(part)];
  switch (part.type) {
    case 'text':
      return [{ type: 'text', text: typeof part.text === 'string' ? part.text : '' }];
    case 'reasoning':
      return [{ type: 'reasoning', text: typeof part.text === 'string' ? part.text : '' }];
    case 'source-url':
      return [{ type: 'source', sourceType: 'url', id: part.sourceId, url: part.url, ...(part.title === undefined ? {} : { title: part.title }) }];
    case 'source-document':
      return [
        {
          type: 'source',
          sourceType: 'document',
          id: part.sourceId,
          title: part.title,
          mediaType: part.mediaType,
          ...(part.filename === undefined ? {} : { filename: part.filename }),
          ...(part.providerMetadata === undefined ? {} : { providerMetadata: part.providerMetadata as SourceMetadata }),
        },
      ];
    case 'file':
      return [{ type: 'file', mimeType: part.mediaType, data: part.url, ...(part.filename === undefined ? {} : { filename: part.filename }) }];
    default:
      // Data parts pass through (e.g. `data-container-file` download URLs); step-start and parts of newer SDKs are dropped.
      if (part.type.startsWith('data-') && 'data' in part) return [{ type: part.type as `data-${string}`, data: part.data }];
      return [];
  }
}

/**
 * Converts an AI SDK `UIMessage` (from `useChat` or `readUIMessageStream`) to assistant-ui's
 * message shape for `useExternalStoreRuntime`. Unknown part types are skipped, never thrown on.
 */
export function uiMessageToThreadMessage(message: UIMessage): ThreadMessageLike {
  const parts: unknown = message.parts;
  return { id: message.id, role: message.role, content: Array.isArray(parts) ? (parts as UIMessage['parts']).filter((part) => typeof part === 'object' && part !== null && typeof part.type === 'string').flatMap(convertPart) : [] };
}
