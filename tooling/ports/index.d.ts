export interface Ports {
  EMULATOR_PORT: number;
  PROXY_PORT: number;
  DEMO_PORT: number;
}

export interface ResolvedPorts {
  emulatorPort: number;
  proxyPort: number;
  demoPort: number;
  /** Base URL of the emulator, loopback only. */
  emulatorUrl: string;
  /** Base URL of the proxy, loopback only. */
  proxyUrl: string;
  /** The URL a person opens in the browser. */
  demoUrl: string;
}

export declare const defaultPorts: Readonly<Ports>;
export declare function resolvePorts(env?: Record<string, string | undefined>): ResolvedPorts;
