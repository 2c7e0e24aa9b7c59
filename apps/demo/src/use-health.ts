import { useClient, type Health } from '@execards/client';
import { useEffect, useState } from 'react';

export type HealthState = { phase: 'loading' } | { phase: 'ready'; health: Health } | { phase: 'error'; message: string };

/** Asks the proxy (and through it the upstream) whether the chain is up. */
export function useHealth(): HealthState {
  const client = useClient();
  const [state, setState] = useState<HealthState>({ phase: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    client
      .health({ signal: controller.signal })
      .then((health) => setState({ phase: 'ready', health }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ phase: 'error', message: error instanceof Error ? error.message : String(error) });
      });
    return () => controller.abort();
  }, [client]);
  return state;
}
