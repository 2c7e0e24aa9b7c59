import { ClientProvider, createClient, useConversation } from '@execards/client';
import { useState } from 'react';

const client = createClient({ baseUrl: 'https://chat.example.com' });

function Chat() {
  const { state, send, stop, status, error } = useConversation();
  const [text, setText] = useState('');
  const busy = status !== 'ready' && status !== 'error';
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void send(text, { model: 'gpt-5' });
        setText('');
      }}
    >
      <p>{state.turns.length} turns</p>
      {error && <p role="alert">{error.message}</p>}
      <input aria-label="Message" value={text} onChange={(event) => setText(event.target.value)} />
      {busy ? <button type="button" onClick={stop}>Stop</button> : <button type="submit">Send</button>}
    </form>
  );
}

export function App() {
  return (
    <ClientProvider client={client}>
      <Chat />
    </ClientProvider>
  );
}
