import { StatusBadge } from '@execards/react';
import { useHealth, type HealthState } from './use-health.js';

const upstreamNames = { emulator: 'the local emulator', azure: 'Azure OpenAI', openai: 'an OpenAI-compatible API' } as const;

function ConnectionStatus({ state }: { state: HealthState }) {
  if (state.phase === 'loading') return <p data-slot="connection">Connecting to the proxy…</p>;
  if (state.phase === 'error') {
    return (
      <p data-slot="connection" data-state="error" role="alert">
        The proxy could not be reached: {state.message}
      </p>
    );
  }
  const { upstream } = state.health;
  const where = upstreamNames[upstream.kind];
  return (
    <p data-slot="connection" data-state={state.health.status}>
      <StatusBadge status={upstream.reachable === false ? 'failed' : 'completed'} />{' '}
      {upstream.reachable === false ? `The proxy is up, but ${where} is not answering.` : `Connected to ${where} through the proxy.`}
    </p>
  );
}

export function App() {
  const health = useHealth();
  return (
    <main className="demo-shell">
      <header className="demo-header">
        <h1>execards</h1>
        <p>See what the code interpreter did: code, charts, tables, HTML and files, right in the chat.</p>
      </header>
      <section aria-label="Connection" aria-live="polite">
        <ConnectionStatus state={health} />
      </section>
    </main>
  );
}
