import { useChat } from '@ai-sdk/react';
import { CodeInterpreterMessage } from '@execards/ai-sdk';
import { DownloadsProvider } from '@execards/react';
import '@execards/react/styles.css';

export function Chat() {
  const { messages, status } = useChat();
  const last = messages.at(-1);
  return (
    <DownloadsProvider>
      {messages.map((message) => <CodeInterpreterMessage key={message.id} message={message} streaming={status === 'streaming' && message === last} />)}
    </DownloadsProvider>
  );
}
