import type { Health } from '@execards/client';
import type { HealthState } from './use-health.js';

const upstreamNames = { emulator: 'the local emulator', azure: 'Azure OpenAI', openai: 'an OpenAI-compatible API' } as const;

/** What a fallback changes for the user, in their words. */
function fallbackNotes(health: Health): string[] {
  const notes: string[] = [];
  if (health.capabilities?.explicitContainers === false) {
    notes.push('This resource has no containers API, so each message runs in a fresh code session with your files (earlier variables are not kept).');
  }
  if (health.capabilities?.containerFileContent === false) notes.push('Generated files cannot be downloaded from this resource.');
  return notes;
}

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
      {fallbackNotes(state.health).map((note) => (
        <span key={note} data-slot="connection-fallback">
          {/* A space, so the sentence does not run into the status when read as text. */}
          {` ${note}`}
        </span>
      ))}
    </p>
  );
}
