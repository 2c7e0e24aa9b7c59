export { defaultToolName, isCodeInterpreterPart, toExecutionCard, type ToolNameOptions } from './tool-part-to-card.js';
export {
  containerFileDataPartType,
  containerFileFromDataPart,
  containerFileFromSource,
  containerFilesFromTextPart,
  type ContainerFileLink,
  type ContainerFileReference,
} from './container-file-citations.js';
export { toMessageView, type FileUrlResolver, type MessageView, type MessageViewOptions } from './message-view.js';
export { CodeInterpreterPart, type CodeInterpreterPartProps } from './CodeInterpreterPart.js';
export { CodeInterpreterMessage, type CodeInterpreterMessageProps } from './CodeInterpreterMessage.js';
