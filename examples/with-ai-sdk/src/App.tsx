import { useChat } from '@ai-sdk/react';
import { CodeInterpreterMessage } from '@execards/ai-sdk';
import { DownloadsProvider, HeadingLevelProvider } from '@execards/react';
import { useState, type FormEvent } from 'react';

// `scenario: <name>` plays the local emulator's demo scenario; the rest of the sentence is for a real model.
const suggestions = [
  { label: 'Draw a chart', prompt: 'scenario: chart — draw a line chart of some sample monthly sales.' },
  { label: 'Show a table', prompt: 'scenario: table — show a table of some sample sales orders.' },
  { label: 'Make an HTML page', prompt: 'scenario: html — make an interactive HTML page with a button and a small chart.' },
  { label: 'Create some files', prompt: 'scenario: files — create a PDF report, a Word document and an Excel workbook.' },
];

function userText(parts: readonly { type: string; text?: string }[]): string {
  return parts.map((part) => (part.type === 'text' ? (part.text ?? '') : '')).join('');
}

export function App() {
  const { messages, sendMessage, status, error, stop } = useChat();
  const [draft, setDraft] = useState('');
  const busy = status === 'submitted' || status === 'streaming';

  function send(text: string) {
    if (text.trim() === '' || busy) return;
    void sendMessage({ text });
    setDraft('');
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    send(draft);
  }

  return (
    <DownloadsProvider maxConcurrentDownloads={10}>
      <main className="chat">
        <h1>execards + Vercel AI SDK</h1>
        {/* Cards come right under the page's h1, so they are level-2 headings. */}
        <HeadingLevelProvider level={2}>
          <ol className="messages" aria-label="Conversation">
            {messages.map((message, index) => (
              <li key={message.id} className={`message message-${message.role}`}>
                {message.role === 'user' ? (
                  <p>{userText(message.parts)}</p>
                ) : (
                  <CodeInterpreterMessage message={message} streaming={status === 'streaming' && index === messages.length - 1} />
                )}
              </li>
            ))}
          </ol>
        </HeadingLevelProvider>
        {error && (
          <p role="alert" className="error">
            {error.message}
          </p>
        )}
        <div className="suggestions" role="group" aria-label="Try">
          {suggestions.map(({ label, prompt }) => (
            <button key={label} type="button" onClick={() => send(prompt)} disabled={busy}>
              {label}
            </button>
          ))}
        </div>
        <form className="composer" onSubmit={submit}>
          <label htmlFor="prompt">Message</label>
          <textarea
            id="prompt"
            value={draft}
            rows={3}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && !event.shiftKey) {
                event.preventDefault();
                send(draft);
              }
            }}
          />
          {busy ? (
            <button type="button" onClick={() => void stop()}>
              Stop
            </button>
          ) : (
            <button type="submit" disabled={draft.trim() === ''}>
              Send
            </button>
          )}
        </form>
      </main>
    </DownloadsProvider>
  );
}
