import { DownloadsProvider, HeadingLevelProvider } from '@execards/react';
import { Chat } from './chat';

/**
 * A server component: it renders the kit's `DownloadsProvider` (a client component imported straight from
 * `@execards/react`) around the chat, which is what proves the kit's "use client" boundaries hold in RSC.
 */
export default function Page() {
  return (
    <main className="chat">
      <h1>execards + Next.js</h1>
      {/* Cards come right under the page's h1, so they are level-2 headings. */}
      <HeadingLevelProvider level={2}>
        <DownloadsProvider maxConcurrentDownloads={10}>
          <Chat />
        </DownloadsProvider>
      </HeadingLevelProvider>
    </main>
  );
}
