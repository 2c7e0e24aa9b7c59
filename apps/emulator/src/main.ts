import { resolvePorts } from '@execards/ports';
import { azureSettingsFromEnv } from './azure-env.js';
import { startEmulator } from './server.js';

const paceMs = Number(process.env.EMULATOR_PACE_MS ?? '12');
const callTimeoutMs = Number(process.env.EMULATOR_CALL_TIMEOUT_MS ?? '60000');
const { emulatorPort } = resolvePorts();
const emulator = await startEmulator({
  port: emulatorPort,
  paceMs: Number.isFinite(paceMs) ? paceMs : 12,
  callTimeoutMs: Number.isFinite(callTimeoutMs) ? callTimeoutMs : 60_000,
  dataDirectory: process.env.EMULATOR_DATA_DIR || undefined,
  ...azureSettingsFromEnv(process.env),
}).catch((error: unknown) => {
  console.error(`emulator: could not start on 127.0.0.1:${emulatorPort}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
const apiBase = emulator.emulator.options.flavor === 'azure' ? `${emulator.url}/openai/v1, Azure-shaped` : `${emulator.url}/v1`;
console.log(`emulator: listening on ${emulator.url} (Responses API at ${apiBase})`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void emulator.close().then(() => process.exit(0));
  });
}
