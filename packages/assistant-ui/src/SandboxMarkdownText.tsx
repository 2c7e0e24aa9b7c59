'use client';
import { useAuiState, type TextMessagePartComponent, type TextMessagePartProps } from '@assistant-ui/react';
import { parseSandboxLinks, type MessageItem } from '@execards/core';
import { AssistantMessage } from '@execards/react';
import { useMemo } from 'react';
import { filesOfMessage, turnOfMessage, type MessagePartLike } from './message-files.js';
import type { CodeInterpreterUIOptions } from './options.js';

/** A text part component that renders markdown with every `sandbox:` link as the file's output card. */
export function createSandboxMarkdownText({ fileUrl, components }: CodeInterpreterUIOptions = {}): TextMessagePartComponent {
  return function SandboxMarkdownText({ text, status }: TextMessagePartProps) {
    const messageId = useAuiState((state) => state.message.id);
    const parts = useAuiState((state) => state.message.content) as unknown as readonly MessagePartLike[];
    const messageRunning = useAuiState((state) => state.message.status?.type === 'running');
    const streaming = status.type === 'running' || messageRunning;
    const message = useMemo<MessageItem>(
      () => ({ kind: 'message', id: `${messageId}-text`, status: streaming ? 'in_progress' : 'completed', text, refusal: null, annotations: [], links: parseSandboxLinks(text), phase: null }),
      [messageId, streaming, text],
    );
    const files = useMemo(() => filesOfMessage(parts, fileUrl, messageId), [parts, messageId]);
    const turn = useMemo(() => turnOfMessage(messageId, parts, message), [messageId, parts, message]);
    return <AssistantMessage message={message} files={files} turn={turn} settled={!streaming} components={components} />;
  };
}

/** `createSandboxMarkdownText()` without download URLs: file links show their cards once the app provides `fileUrl`. */
export const SandboxMarkdownText = createSandboxMarkdownText();
