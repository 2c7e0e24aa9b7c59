import { resolvePorts } from '@execards/ports';
import { startEmulator } from './server.js';

const { emulatorPort } = resolvePorts();
const emulator = await startEmulator({ port: emulatorPort }).catch((error: unknown) => {
  console.error(`emulator: could not listen on 127.0.0.1:${emulatorPort}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
console.log(`emulator: listening on ${emulator.url} (Responses API at ${emulator.url}/v1)`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void emulator.close().then(() => process.exit(0));
  });
}
