export { createEmulator, createEmulatorApp, emulatorName, type Emulator, type EmulatorHealth } from './app.js';
export { startEmulator, type RunningEmulator } from './server.js';
export type { EmulatorOptionsInput } from './options.js';
export { parseFaults, type FaultPlan } from './faults.js';
export { noCodeInterpreterMarker } from './routes/responses-routes.js';
