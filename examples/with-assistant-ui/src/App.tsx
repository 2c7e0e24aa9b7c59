import { useChat } from '@ai-sdk/react';
import { AssistantRuntimeProvider } from '@assistant-ui/react';
import { useChatThreadRuntime } from '@execards/assistant-ui';
import { DownloadsProvider } from '@execards/react';
import { Thread } from './Thread.js';

export function App() {
  // useChat posts to /api/chat by default; the runtime bridges it into assistant-ui.
  const runtime = useChatThreadRuntime(useChat());
  return (
    <AssistantRuntimeProvider runtime={runtime}>
      <DownloadsProvider maxConcurrentDownloads={10}>
        <main className="app">
          <h1>execards + assistant-ui</h1>
          {/* The kit's cards are level-3 headings: a section heading keeps the outline in order. */}
          <h2 className="visually-hidden">Conversation</h2>
          <Thread />
        </main>
      </DownloadsProvider>
    </AssistantRuntimeProvider>
  );
}
