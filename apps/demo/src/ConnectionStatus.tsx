import type { HealthState } from './use-health.js';

const upstreamNames = { emulator: 'the local emulator', azure: 'Azure OpenAI', openai: 'an OpenAI-compatible API' } as const;

export function ConnectionStatus({ state }: { state: HealthState }) {
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
      <span data-slot="connection-dot" aria-hidden="true" />
      {upstream.reachable === false ? `The proxy is up, but ${where} is not answering.` : `Connected to ${where} through the proxy.`}
    </p>
  );
}
