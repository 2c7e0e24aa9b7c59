import { useChat } from '@ai-sdk/react';
import { AssistantRuntimeProvider } from '@assistant-ui/react';
import { useChatThreadRuntime } from '@execards/assistant-ui';
import { DownloadsProvider, HeadingLevelProvider } from '@execards/react';
import { Thread } from './Thread.js';

export function App() {
  // useChat posts to /api/chat by default; the runtime bridges it into assistant-ui.
  const runtime = useChatThreadRuntime(useChat());
  return (
    <AssistantRuntimeProvider runtime={runtime}>
      <DownloadsProvider maxConcurrentDownloads={10}>
        <main className="app">
          <h1>execards + assistant-ui</h1>
          {/* Cards come right under the page's h1, so they are level-2 headings. */}
          <HeadingLevelProvider level={2}>
            <Thread />
          </HeadingLevelProvider>
        </main>
      </DownloadsProvider>
    </AssistantRuntimeProvider>
  );
}
