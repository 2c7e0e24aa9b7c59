import { AssistantRuntimeProvider, MessagePrimitive, ThreadPrimitive, useExternalStoreRuntime } from '@assistant-ui/react';
import type { UIMessage } from 'ai';
import type { CodeInterpreterToolUIKit } from '../create-code-interpreter-tool-ui.js';
import { uiMessageToThreadMessage } from '../ui-message-to-thread-message.js';

/** A minimal assistant-ui thread over fixed AI SDK messages, rendering parts with the kit's components. */
export function ThreadHarness({ messages, isRunning = false, kit }: { messages: readonly UIMessage[]; isRunning?: boolean; kit: CodeInterpreterToolUIKit }) {
  const runtime = useExternalStoreRuntime<UIMessage>({
    messages,
    isRunning,
    convertMessage: uiMessageToThreadMessage,
    onNew: () => Promise.resolve(),
  });
  return (
    <AssistantRuntimeProvider runtime={runtime}>
      <ThreadPrimitive.Root>
        <ThreadPrimitive.Messages>
          {() => (
            <MessagePrimitive.Root>
              <MessagePrimitive.Parts components={{ Text: kit.Text, tools: { by_name: { [kit.toolName]: kit.Tool } } }} />
            </MessagePrimitive.Root>
          )}
        </ThreadPrimitive.Messages>
      </ThreadPrimitive.Root>
    </AssistantRuntimeProvider>
  );
}
