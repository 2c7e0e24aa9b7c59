import { ComposerPrimitive, MessagePrimitive, ThreadPrimitive } from '@assistant-ui/react';
import { createCodeInterpreterToolUI } from '@execards/assistant-ui';

// Download URLs arrive signed in the stream (data-container-file parts), so no `fileUrl` is needed here.
const codeInterpreter = createCodeInterpreterToolUI();
const partComponents = { Text: codeInterpreter.Text, tools: { by_name: { [codeInterpreter.toolName]: codeInterpreter.Tool } } };

const suggestions = [
  // `scenario: <name>` plays the local emulator's demo scenario; the rest of the sentence is for a real model.
  { label: 'Draw a chart', prompt: 'scenario: chart — draw a line chart of some sample monthly sales.' },
  { label: 'Show a table', prompt: 'scenario: table — show a table of some sample sales orders.' },
  { label: 'Make an HTML page', prompt: 'scenario: html — make an interactive HTML page with a button and a small chart.' },
  { label: 'Create some files', prompt: 'scenario: files — create a PDF report, a Word document and an Excel workbook.' },
];

function UserMessage() {
  return (
    <MessagePrimitive.Root className="message message-user" data-role="user">
      <MessagePrimitive.Parts />
    </MessagePrimitive.Root>
  );
}

function AssistantMessage() {
  return (
    <MessagePrimitive.Root className="message message-assistant" data-role="assistant">
      <MessagePrimitive.Parts components={partComponents} />
      <MessagePrimitive.Error>
        <p role="alert" className="error">
          The answer could not be completed.
        </p>
      </MessagePrimitive.Error>
    </MessagePrimitive.Root>
  );
}

/** A small assistant-ui thread built from its primitives, with execards rendering the code interpreter. */
export function Thread() {
  return (
    <ThreadPrimitive.Root className="thread">
      <ThreadPrimitive.Viewport className="viewport" aria-label="Conversation" role="log">
        <ThreadPrimitive.Messages components={{ UserMessage, AssistantMessage }} />
      </ThreadPrimitive.Viewport>
      <div className="suggestions" role="group" aria-label="Try">
        {suggestions.map(({ label, prompt }) => (
          <ThreadPrimitive.Suggestion key={prompt} prompt={prompt} send className="suggestion">
            {label}
          </ThreadPrimitive.Suggestion>
        ))}
      </div>
      <ComposerPrimitive.Root className="composer">
        <ComposerPrimitive.Input className="composer-input" aria-label="Message" placeholder="Ask for a chart, a table, an HTML page or files" rows={2} />
        <ComposerPrimitive.Send className="send">Send</ComposerPrimitive.Send>
        <ComposerPrimitive.Cancel className="stop">Stop</ComposerPrimitive.Cancel>
      </ComposerPrimitive.Root>
    </ThreadPrimitive.Root>
  );
}
