/**
 * The emulator as its own process for the load test and `bench/load`: its stored responses and Python processes
 * then stay out of the heap and the file-descriptor table being measured, which are the proxy's (and its clients').
 * Prints `{"url": …}` on stdout once listening; stops when its parent goes away.
 */
import { startEmulator } from '@execards/emulator';

const paceMs = Number(process.env['LOAD_EMULATOR_PACE_MS'] ?? '2');
const emulator = await startEmulator({ port: 0, paceMs: Number.isFinite(paceMs) ? paceMs : 2, callTimeoutMs: 20_000 });
process.stdout.write(`${JSON.stringify({ url: emulator.url })}\n`);

const stop = () => void emulator.close().then(() => process.exit(0));
process.once('disconnect', stop);
process.once('SIGTERM', stop);
