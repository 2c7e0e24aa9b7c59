/** Default ports of the local stack; each can be overridden by the env var of the same name. */
export const defaultPorts = Object.freeze({
  EMULATOR_PORT: 4010,
  PROXY_PORT: 4000,
  DEMO_PORT: 5173,
});

/**
 * Reads the stack's ports from an environment, falling back to the defaults.
 * Throws with a clear message when a value is not a valid TCP port.
 * @param {Record<string, string | undefined>} [env]
 */
export function resolvePorts(env = process.env) {
  /** @type {Record<string, number>} */
  const ports = {};
  for (const [name, fallback] of Object.entries(defaultPorts)) {
    const raw = env[name];
    if (raw === undefined || raw === '') {
      ports[name] = fallback;
      continue;
    }
    const port = Number(raw);
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      throw new Error(`${name} must be an integer between 1 and 65535, got "${raw}"`);
    }
    ports[name] = port;
  }
  const { EMULATOR_PORT, PROXY_PORT, DEMO_PORT } = /** @type {import('./index.js').Ports} */ (ports);
  return {
    emulatorPort: EMULATOR_PORT,
    proxyPort: PROXY_PORT,
    demoPort: DEMO_PORT,
    emulatorUrl: `http://127.0.0.1:${EMULATOR_PORT}`,
    proxyUrl: `http://127.0.0.1:${PROXY_PORT}`,
    demoUrl: `http://localhost:${DEMO_PORT}`,
  };
}
