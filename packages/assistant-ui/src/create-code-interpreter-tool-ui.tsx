'use client';
import { makeAssistantToolUI, type AssistantToolUI, type TextMessagePartComponent, type ToolCallMessagePartComponent } from '@assistant-ui/react';
import { CodeInterpreterTool } from './CodeInterpreterTool.js';
import { codeInterpreterToolName } from './message-files.js';
import type { CodeInterpreterUIOptions } from './options.js';
import { createSandboxMarkdownText } from './SandboxMarkdownText.js';

export interface CodeInterpreterToolUIKit {
  readonly toolName: typeof codeInterpreterToolName;
  /** The tool-call renderer, for `MessagePrimitive.Parts components={{ tools: { by_name: { code_interpreter } } }}`. */
  readonly Tool: ToolCallMessagePartComponent<unknown, unknown>;
  /** The text part renderer, for `components={{ Text }}`. */
  readonly Text: TextMessagePartComponent;
  /** Mount anywhere inside the runtime provider to register `Tool` for `code_interpreter` calls. */
  readonly ToolUI: AssistantToolUI;
}

/** The tool UI and the text renderer bound to the app's options (download URLs, output components). */
export function createCodeInterpreterToolUI(options: CodeInterpreterUIOptions = {}): CodeInterpreterToolUIKit {
  return {
    toolName: codeInterpreterToolName,
    Tool: CodeInterpreterTool,
    Text: createSandboxMarkdownText(options),
    // Registration through the component the assistant-ui docs still show; `Tool` works with the newer component map.
    ToolUI: makeAssistantToolUI<unknown, unknown>({ toolName: codeInterpreterToolName, render: CodeInterpreterTool }),
  };
}

/** Registers the code interpreter card for every `code_interpreter` call (no download URLs). */
export const CodeInterpreterToolUI: AssistantToolUI = createCodeInterpreterToolUI().ToolUI;
