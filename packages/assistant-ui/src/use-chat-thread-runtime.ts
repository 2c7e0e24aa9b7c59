'use client';
import { useExternalStoreRuntime, type AppendMessage, type AssistantRuntime } from '@assistant-ui/react';
import type { UIMessage } from 'ai';
import { uiMessageToThreadMessage } from './ui-message-to-thread-message.js';

/** The part of `useChat()` (from `@ai-sdk/react`) the runtime needs. */
export interface ChatLike {
  readonly messages: readonly UIMessage[];
  readonly status: 'submitted' | 'streaming' | 'ready' | 'error';
  sendMessage(message: { text: string }): Promise<void>;
  stop(): Promise<void>;
}

function textOf(message: AppendMessage): string {
  return message.content.flatMap((part) => (part.type === 'text' ? [part.text] : [])).join('\n');
}

/**
 * An assistant-ui runtime over AI SDK 6's `useChat()`: pass its result, render `<AssistantRuntimeProvider runtime={…}>`.
 * (`@assistant-ui/react-ai-sdk` releases that pair with @assistant-ui/react 0.15 need AI SDK 7, hence this bridge.)
 */
export function useChatThreadRuntime(chat: ChatLike): AssistantRuntime {
  return useExternalStoreRuntime<UIMessage>({
    messages: chat.messages,
    isRunning: chat.status === 'submitted' || chat.status === 'streaming',
    convertMessage: uiMessageToThreadMessage,
    onNew: (message) => chat.sendMessage({ text: textOf(message) }),
    onCancel: () => chat.stop(),
  });
}
