export { CodeInterpreterTool, type CodeInterpreterToolProps } from './CodeInterpreterTool.js';
export { createCodeInterpreterToolUI, CodeInterpreterToolUI, type CodeInterpreterToolUIKit } from './create-code-interpreter-tool-ui.js';
export { createSandboxMarkdownText, SandboxMarkdownText } from './SandboxMarkdownText.js';
export type { CodeInterpreterUIOptions } from './options.js';
export { cardsOfMessage, codeInterpreterToolName, filesOfMessage, type ContainerFileReference, type FileReference, type FileUrlResolver, type MessagePartLike } from './message-files.js';
export { toolCallToCard, toolResultOutputs, type CodeInterpreterToolCall, type ToolCallStatus } from './tool-call-to-card.js';
export { uiMessageToThreadMessage } from './ui-message-to-thread-message.js';
export { useChatThreadRuntime, type ChatLike } from './use-chat-thread-runtime.js';
