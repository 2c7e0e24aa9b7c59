import { useClient, type PublicConfig } from '@execards/client';
import { useEffect, useState } from 'react';

export type ConfigState = { phase: 'loading' } | { phase: 'ready'; config: PublicConfig } | { phase: 'error'; message: string };

/** The proxy's public configuration: models, upload limits, download settings. */
export function useConfig(): ConfigState {
  const client = useClient();
  const [state, setState] = useState<ConfigState>({ phase: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    client
      .getConfig({ signal: controller.signal })
      .then((config) => setState({ phase: 'ready', config }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ phase: 'error', message: error instanceof Error ? error.message : String(error) });
      });
    return () => controller.abort();
  }, [client]);
  return state;
}
