import type { ServerResponse } from 'node:http';
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { ApiError, containerExpired, invalidRequest, notFound } from '../api-error.js';
import type { Container, ContainerRegistry } from '../containers/container-registry.js';
import type { FileStore } from '../files/file-store.js';
import { parseFaults, type FaultPlan } from '../faults.js';
import { newId } from '../ids.js';
import type { PriorAnalysis } from '../analyst/recipe.js';
import { planTurn } from '../model/scenarios.js';
import { parseCreateResponse, type ParsedResponseRequest } from '../responses/request-schema.js';
import { responseSkeleton } from '../responses/response-object.js';
import { ResponseRun } from '../responses/response-run.js';
import { sseBody, sseHeaders } from '../responses/sse-stream.js';
import { executeTurn } from '../responses/turn-executor.js';

/** Model names containing this marker behave like a deployment without the code interpreter tool. */
export const noCodeInterpreterMarker = 'no-code-interpreter';

const maxStoredResponses = 1000;

function isPriorAnalysis(value: unknown): value is PriorAnalysis {
  return typeof value === 'object' && value !== null && typeof (value as { recipe?: unknown }).recipe === 'string' && typeof (value as { options?: unknown }).options === 'object';
}

export interface ResponsesDependencies {
  registry: ContainerRegistry;
  files: FileStore;
  paceMs: number;
}

const resumeQuerySchema = z.object({
  stream: z.enum(['true', 'false']).optional(),
  starting_after: z.coerce.number().int().min(-1).optional(),
});

/**
 * Ends the TCP connection mid-response (after flushing what was written), so the client sees a
 * truncated chunked body: a real dropped stream, not a clean end.
 */
function connectionDropper(c: Context): (() => void) | undefined {
  const outgoing = (c.env as { outgoing?: ServerResponse } | undefined)?.outgoing;
  const socket = outgoing?.socket;
  if (!socket) return undefined;
  return () => {
    socket.end();
  };
}

export function responsesRoutes({ registry, files, paceMs }: ResponsesDependencies): Hono {
  const app = new Hono();
  const runs = new Map<string, ResponseRun>();
  /** What each response's turn analysed, so a follow-up ("now per region") can build on it. */
  const analyses = new Map<string, PriorAnalysis>();

  function findRun(id: string): ResponseRun {
    const run = runs.get(id);
    if (!run) throw notFound(`Response with id '${id}' not found.`);
    return run;
  }

  async function resolveContainer(request: ParsedResponseRequest, faults: FaultPlan): Promise<Container | undefined> {
    const tool = request.codeInterpreter;
    if (!tool) return undefined;
    let container: Container;
    if (typeof tool.container === 'string') {
      container = registry.use(tool.container);
    } else {
      const previousId = request.body.previous_response_id;
      const previous = previousId ? runs.get(previousId)?.containerId : undefined;
      const reusable = previous ? registry.list().find((candidate) => candidate.id === previous && candidate.status === 'running') : undefined;
      container = reusable ?? registry.create({ name: 'auto', memoryLimit: tool.container.memory_limit ?? undefined });
      const present = new Set([...container.files.values()].map((file) => file.path));
      for (const fileId of tool.container.file_ids ?? []) {
        const source = files.get(fileId);
        if (!present.has(`/mnt/data/${source.filename}`)) await registry.addFile(container, source.filename, source.bytes, 'user');
      }
    }
    if (faults.expireContainer === 'before') {
      registry.expire(container);
      throw containerExpired();
    }
    return container;
  }

  app.post('/', async (c) => {
    const raw = await c.req.json().catch(() => {
      throw new ApiError(400, 'We could not parse the JSON body of your request.', 'invalid_request_error', null, null);
    });
    const request = parseCreateResponse(raw);
    const faults = parseFaults(c.req.header('x-emulator-fault'), request.body.metadata?.emulator_fault);
    if (faults.rateLimitSeconds !== undefined) {
      throw new ApiError(429, `Rate limit reached for requests. Please retry after ${faults.rateLimitSeconds} seconds.`, 'requests', null, 'rate_limit_exceeded', {
        'retry-after': String(faults.rateLimitSeconds),
        'retry-after-ms': String(faults.rateLimitSeconds * 1000),
      });
    }
    if (faults.serverError) throw new ApiError(500, 'The server had an error while processing your request. Sorry about that!', 'server_error', null, null);
    if (request.codeInterpreter && request.body.model.includes(noCodeInterpreterMarker)) {
      throw new ApiError(400, `Hosted tool 'code_interpreter' is not supported with ${request.body.model}.`, 'invalid_request_error', 'tools', 'unsupported_value');
    }
    const previousId = request.body.previous_response_id;
    if (previousId && !runs.has(previousId)) {
      throw new ApiError(400, `Previous response with id '${previousId}' not found.`, 'invalid_request_error', 'previous_response_id', 'previous_response_not_found');
    }
    const container = await resolveContainer(request, faults);
    const tools = (request.body.tools ?? []).map((tool) =>
      tool.type === 'code_interpreter' && request.codeInterpreter && typeof request.codeInterpreter.container !== 'string'
        ? { type: 'code_interpreter', container: { type: 'auto' } }
        : tool,
    );
    const id = newId.response();
    const run = new ResponseRun(id, responseSkeleton(id, request, tools), container?.id);
    runs.set(id, run);
    // Bounded memory for long dev sessions: the oldest stored responses are forgotten first.
    if (runs.size > maxStoredResponses) {
      const oldest = runs.keys().next().value;
      if (oldest !== undefined) {
        runs.delete(oldest);
        analyses.delete(oldest);
      }
    }
    const userFiles = container ? [...container.files.values()].filter((file) => file.source === 'user').map((file) => file.path) : [];
    const previous = previousId ? analyses.get(previousId) : undefined;
    const turn = planTurn({ text: request.userText, userFiles, codeInterpreterAvailable: container !== undefined, ...(previous ? { previous } : {}) });
    void executeTurn({
      run,
      turn,
      container,
      registry,
      includeOutputs: request.includeOutputs,
      paceMs,
      inputText: `${request.body.instructions ?? ''}${request.userText}`,
      expireMidTurn: faults.expireContainer === 'mid',
    })
      .then(() => {
        const analysed = turn.remember?.();
        if (isPriorAnalysis(analysed)) analyses.set(id, analysed);
        // A turn that analysed nothing new (a question, a scenario) keeps the earlier analysis for the next follow-up.
        else if (previous) analyses.set(id, previous);
      })
      .catch((error: unknown) => {
      const failure = { code: 'server_error', message: error instanceof Error ? error.message : String(error) };
      run.emit('error', { code: failure.code, message: failure.message, param: null });
      run.response = { ...run.response, status: 'failed', error: failure };
      run.emit('response.failed', { response: run.response });
      run.finish();
    });

    if (request.body.stream) return new Response(sseBody(run, -1, faults, connectionDropper(c)), { headers: sseHeaders });
    await run.whenFinished();
    const error = run.response.error as { code: string; message: string } | null;
    if (error?.code === 'container_expired') throw containerExpired();
    if (error) throw new ApiError(500, error.message, 'server_error', null, error.code);
    return c.json(run.response);
  });

  app.get('/:id', (c) => {
    const run = findRun(c.req.param('id'));
    const query = resumeQuerySchema.safeParse(c.req.query());
    if (!query.success) throw invalidRequest(query.error);
    if (query.data.stream === 'true') return new Response(sseBody(run, query.data.starting_after ?? -1, {}), { headers: sseHeaders });
    return c.json(run.response);
  });

  app.delete('/:id', (c) => {
    const id = c.req.param('id');
    findRun(id);
    runs.delete(id);
    analyses.delete(id);
    return c.json({ id, object: 'response', deleted: true });
  });

  app.post('/:id/cancel', (c) => {
    findRun(c.req.param('id'));
    throw new ApiError(400, 'Only background responses can be cancelled.', 'invalid_request_error', null, null);
  });

  return app;
}
