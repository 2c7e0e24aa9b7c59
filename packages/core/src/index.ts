export type { AttachmentInput, ConversationAction, FileStatusAction, LocalAction, StoppedAction, UserMessageAction } from './actions.js';
export { chartDataFile } from './chart-data.js';
export { chartFacts, chartSentence, describeChart, type ChartFacts, type ChartKind } from './chart-description.js';
export { cardForFile } from './card-for-file.js';
export { cardFromOutputs, createExecutionCard, type CardOutputs } from './execution-card.js';
export {
  eventSchemas,
  isKnownEventType,
  type InvalidStreamEvent,
  type ParsedEvent,
  type StreamEvent,
  type StreamEventOf,
  type StreamEventType,
  type UnknownStreamEvent,
  type WireAnnotation,
  type WireContentPart,
} from './events.js';
export { attachmentDisposition, downloadContentType } from './download-headers.js';
export { executionOutcome, pythonException, stoppedErrorCode, withLogOutcome, type ExecutionOutcome, type PythonException } from './execution-outcome.js';
export { executionStatuses, isExecutionStatus, isSettledStatus, type ExecutionStatus } from './execution-status.js';
export { fileStatusActionSchema } from './file-availability.js';
export { fileExtension, fileKind, fileKinds, type FileKind } from './file-kind.js';
export type { ContainerFileReference, FileUrlResolver } from './file-reference.js';
export { foldEvents, type FoldOptions } from './fold.js';
export { createInitialState } from './initial-state.js';
export {
  conversationToNotebook,
  rewriteSandboxLinks,
  type Notebook,
  type NotebookCell,
  type NotebookCodeCell,
  type NotebookMarkdownCell,
  type NotebookOptions,
  type NotebookOutput,
} from './notebook-export.js';
export { parseEvent } from './parse-event.js';
export * from './protocol/index.js';
export { persistedStateVersion, restoreConversation, serializeConversation, type RestoreResult } from './persistence.js';
export { reduce, type ReduceContext } from './reduce.js';
export { containerDataDirectory, isSafeLinkUrl, normalizeContainerPath, parseSandboxLinks } from './sandbox-links.js';
export { readSseMessages, type SseMessage, type TextChunkStream } from './sse-messages.js';
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
  FileAvailability,
  FileCitation,
  FileStorage,
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
