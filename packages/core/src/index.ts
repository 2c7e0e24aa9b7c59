export type { AttachmentInput, ConversationAction, LocalAction, StoppedAction, UserMessageAction } from './actions.js';
export { cardForFile } from './card-for-file.js';
export {
  eventSchemas,
  isKnownEventType,
  type InvalidStreamEvent,
  type ParsedEvent,
  type StreamEvent,
  type StreamEventOf,
  type StreamEventType,
  type UnknownStreamEvent,
} from './events.js';
export { executionStatuses, isExecutionStatus, isSettledStatus, type ExecutionStatus } from './execution-status.js';
export { fileExtension, fileKind, fileKinds, type FileKind } from './file-kind.js';
export { foldEvents, type FoldOptions } from './fold.js';
export { createInitialState } from './initial-state.js';
export { parseEvent } from './parse-event.js';
export { reduce, type ReduceContext } from './reduce.js';
export { containerDataDirectory, isSafeLinkUrl, normalizeContainerPath, parseSandboxLinks } from './sandbox-links.js';
export { createConversationStore, type ConversationStore, type ConversationStoreOptions } from './store.js';
export type {
  Annotation,
  Attachment,
  ContainerFileCitation,
  ConversationState,
  Diagnostic,
  DiagnosticCode,
  ErrorInfo,
  ExecutionCard,
  ExecutionImage,
  ExecutionOutput,
  FileCitation,
  GeneratedFile,
  ItemStatus,
  MessageItem,
  OutputItem,
  ProxyError,
  ProxyNotice,
  ReasoningItem,
  ResponseInfo,
  ResponseStatus,
  SandboxLink,
  Timestamp,
  Turn,
  UrlCitation,
  Usage,
  UserMessage,
} from './state.js';
