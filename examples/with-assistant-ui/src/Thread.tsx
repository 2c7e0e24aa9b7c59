import { ComposerPrimitive, MessagePrimitive, ThreadPrimitive } from '@assistant-ui/react';
import { createCodeInterpreterToolUI } from '@execards/assistant-ui';

// Download URLs arrive signed in the stream (data-container-file parts), so no `fileUrl` is needed here.
const codeInterpreter = createCodeInterpreterToolUI();
const partComponents = { Text: codeInterpreter.Text, tools: { by_name: { [codeInterpreter.toolName]: codeInterpreter.Tool } } };

const suggestions = [
  { label: 'Draw a chart', prompt: 'Draw a chart' },
  { label: 'Show a table', prompt: 'Show a table' },
  { label: 'Make an HTML page', prompt: 'Make an HTML page' },
  { label: 'Create some files', prompt: 'Create some files' },
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
