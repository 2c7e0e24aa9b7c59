import { rmSync } from 'node:fs';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiError, answerError } from './api-error.js';
import { azureApiPrefix, azureGate } from './azure-flavor.js';
import { ContainerRegistry } from './containers/container-registry.js';
import { FileStore } from './files/file-store.js';
import { newId } from './ids.js';
import { resolveEmulatorOptions, type EmulatorOptions, type EmulatorOptionsInput } from './options.js';
import { ExecutionSlots } from './python/execution-slots.js';
import { containersRoutes } from './routes/containers-routes.js';
import { filesRoutes } from './routes/files-routes.js';
import { responsesRoutes } from './routes/responses-routes.js';

export const emulatorName = 'execards-emulator';

export interface EmulatorHealth {
  status: 'ok';
  name: typeof emulatorName;
  flavor: 'openai' | 'azure';
  startedAt: string;
  /** Live Python processes (one per container that has run code). */
  pythonProcesses: number[];
}

export interface Emulator {
  app: Hono;
  options: EmulatorOptions;
  containers: ContainerRegistry;
  files: FileStore;
  /** Kills every Python process and removes the data directory it created. */
  close(): void;
}

/** The emulator's HTTP surface and its state. Routes of the upstream wire protocol live under `/v1` (`/openai/v1` for the azure flavour). */
export function createEmulator(input: EmulatorOptionsInput = {}): Emulator {
  const options = resolveEmulatorOptions(input);
  const startedAt = new Date().toISOString();
  const files = new FileStore();
  const containers = new ContainerRegistry(options, new ExecutionSlots(options.maxConcurrentExecutions));
  const app = new Hono();

  app.use(async (c, next) => {
    c.header('x-request-id', newId.request());
    await next();
  });
  const apiPrefix = options.flavor === 'azure' ? azureApiPrefix : '/v1';
  if (options.flavor === 'azure') app.use(`${apiPrefix}/*`, azureGate(options.azure));
  app.use(
    `${apiPrefix}/*`,
    bodyLimit({
      maxSize: options.maxBodyBytes,
      onError: () => {
        throw new ApiError(413, `Request body exceeds the emulator's limit of ${options.maxBodyBytes} bytes.`, 'invalid_request_error', null, 'request_too_large');
      },
    }),
  );
  app.get('/health', (c) =>
    c.json({ status: 'ok', name: emulatorName, flavor: options.flavor, startedAt, pythonProcesses: containers.processIds() } satisfies EmulatorHealth),
  );
  app.route(`${apiPrefix}/files`, filesRoutes(files));
  app.route(`${apiPrefix}/containers`, containersRoutes(containers, files));
  app.route(`${apiPrefix}/responses`, responsesRoutes({ registry: containers, files, paceMs: options.paceMs }));

  app.onError((error, c) => {
    if (error instanceof ApiError) return answerError(c, error);
    console.error('emulator: unexpected error', error);
    return answerError(c, new ApiError(500, 'The emulator had an internal error.', 'server_error', null, null));
  });
  app.notFound((c) =>
    c.json(
      { error: { message: `Unknown route: ${c.req.method} ${c.req.path}`, type: 'invalid_request_error', param: null, code: 'not_found' } },
      404,
    ),
  );

  return {
    app,
    options,
    containers,
    files,
    close() {
      containers.close();
      if (options.ownsDataDirectory) rmSync(options.dataDirectory, { recursive: true, force: true });
    },
  };
}

/** The HTTP app alone (kept for callers that only need routes; prefer `createEmulator` to close it). */
export function createEmulatorApp(input: EmulatorOptionsInput = {}): Hono {
  return createEmulator(input).app;
}
