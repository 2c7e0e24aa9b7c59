import { AssistantMessage, DownloadsProvider, ExecutionCard } from '@execards/react';
import '@execards/react/styles.css';
import type { ConversationState } from '@execards/core';

export function Chat({ state }: { state: ConversationState }) {
  return (
    <DownloadsProvider maxConcurrentDownloads={10}>
      {state.turns.map((turn) =>
        turn.items.map((item) =>
          item.kind === 'execution' ? (
            <ExecutionCard key={item.id} card={item} />
          ) : item.kind === 'message' ? (
            <AssistantMessage key={item.id} message={item} files={state.files} turn={turn} />
          ) : null,
        ),
      )}
    </DownloadsProvider>
  );
}
