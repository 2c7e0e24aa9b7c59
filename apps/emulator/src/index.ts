export { createEmulatorApp, emulatorName, type EmulatorHealth } from './app.js';
export { startEmulator, type RunningEmulator } from './server.js';
