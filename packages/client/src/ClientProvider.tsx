'use client';
import { createContext, useContext, useState, type ReactNode } from 'react';
import { createClient, type Client } from './client.js';

const ClientContext = createContext<Client | null>(null);

export interface ClientProviderProps {
  /** The client every hook below uses; one for the page's own origin when absent. */
  client?: Client;
  children?: ReactNode;
}

export function ClientProvider({ client, children }: ClientProviderProps) {
  const [fallback] = useState(() => client ?? createClient());
  return <ClientContext.Provider value={client ?? fallback}>{children}</ClientContext.Provider>;
}

let defaultClient: Client | null = null;

/** The provider's client, else one shared client for the page's own origin. */
export function useClient(): Client {
  const provided = useContext(ClientContext);
  if (provided) return provided;
  defaultClient ??= createClient();
  return defaultClient;
}
