import { Hono } from 'hono';

export const emulatorName = 'execards-emulator';

export interface EmulatorHealth {
  status: 'ok';
  name: typeof emulatorName;
  startedAt: string;
}

/** The emulator's HTTP surface. Routes of the upstream wire protocol live under `/v1`. */
export function createEmulatorApp(): Hono {
  const startedAt = new Date().toISOString();
  const app = new Hono();

  app.get('/health', (c) => c.json({ status: 'ok', name: emulatorName, startedAt } satisfies EmulatorHealth));

  app.notFound((c) =>
    c.json(
      { error: { message: `Unknown route: ${c.req.method} ${c.req.path}`, type: 'invalid_request_error', param: null, code: 'not_found' } },
      404,
    ),
  );

  return app;
}
