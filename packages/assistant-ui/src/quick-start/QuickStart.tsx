import { useChat } from '@ai-sdk/react';
import { AssistantRuntimeProvider, ComposerPrimitive, MessagePrimitive, ThreadPrimitive } from '@assistant-ui/react';
import { createCodeInterpreterToolUI, useChatThreadRuntime } from '@execards/assistant-ui';
import '@execards/react/styles.css';
const { Text, Tool } = createCodeInterpreterToolUI({ fileUrl: ({ containerId, fileId, filename }) => `/api/files/${containerId}/${fileId}/${encodeURIComponent(filename)}` });
const Message = () => <MessagePrimitive.Root><MessagePrimitive.Parts components={{ Text, tools: { by_name: { code_interpreter: Tool } } }} /></MessagePrimitive.Root>;
export function Chat() {
  return (
    <AssistantRuntimeProvider runtime={useChatThreadRuntime(useChat())}>
      <ThreadPrimitive.Messages components={{ Message }} />
      <ComposerPrimitive.Root><ComposerPrimitive.Input aria-label="Message" /><ComposerPrimitive.Send>Send</ComposerPrimitive.Send></ComposerPrimitive.Root>
    </AssistantRuntimeProvider>
  );
}
