import { DownloadsProvider } from '@execards/react';
import { Chat } from './chat';

/**
 * A server component: it renders the kit's `DownloadsProvider` (a client component imported straight from
 * `@execards/react`) around the chat, which is what proves the kit's "use client" boundaries hold in RSC.
 */
export default function Page() {
  return (
    <main className="chat">
      <h1>execards + Next.js</h1>
      {/* The kit's cards are level-3 headings: a section heading keeps the outline in order. */}
      <h2 className="visually-hidden">Conversation</h2>
      <DownloadsProvider maxConcurrentDownloads={10}>
        <Chat />
      </DownloadsProvider>
    </main>
  );
}
