import type { MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * What an Azure OpenAI resource differs in, for the `azure` flavour: where the API lives, how callers
 * authenticate, that `model` names a deployment, and which parts of the containers API the resource has.
 */
export interface AzureFlavor {
  /** Deployment names a request's `model` may use. */
  deployments: readonly string[];
  /**
   * `POST /containers` and `GET /containers` exist. Some resources answered 404 (or timed out) there while
   * Responses calls with `container: {type: "auto"}` and the container's own file routes worked.
   */
  containersApi: boolean;
  /** `GET /containers/{id}/files/{file}/content` exists. */
  containerFileContent: boolean;
}

/** Azure's v1 surface: `<endpoint>/openai/v1/…`. */
export const azureApiPrefix = '/openai/v1';

/** Azure's error body has `code` and `message` only (no `type` or `param`). */
function azureError(status: ContentfulStatusCode, code: string, message: string): Response {
  return new Response(JSON.stringify({ error: { code, message } }), { status, headers: { 'content-type': 'application/json' } });
}

const accessDenied =
  'Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.';
const deploymentNotFound =
  'The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again.';

/** Either an `api-key` header (a key) or `Authorization: Bearer …` (a key or a Microsoft Entra token), as Azure accepts. */
export function hasAzureCredential(headers: Headers): boolean {
  if ((headers.get('api-key') ?? '').trim() !== '') return true;
  return /^Bearer\s+\S+/i.test(headers.get('authorization') ?? '');
}

function isContainersCollection(path: string): boolean {
  return path.replace(/\/+$/, '') === `${azureApiPrefix}/containers`;
}

function isContainerFileContent(path: string): boolean {
  return /^\/openai\/v1\/containers\/[^/]+\/files\/[^/]+\/content$/.test(path);
}

async function requestedModel(request: Request): Promise<string | null> {
  try {
    const body: unknown = await request.clone().json();
    if (body && typeof body === 'object' && 'model' in body && typeof body.model === 'string') return body.model;
  } catch {
    // Not JSON: the route answers the 400 itself.
  }
  return null;
}

/** Answers what an Azure resource would refuse before the shared routes see the request. */
export function azureGate(flavor: AzureFlavor): MiddlewareHandler {
  return async (c, next) => {
    const path = c.req.path;
    if (!hasAzureCredential(c.req.raw.headers)) return azureError(401, '401', accessDenied);
    if (!flavor.containersApi && isContainersCollection(path)) return azureError(404, '404', 'Resource not found');
    if (!flavor.containerFileContent && isContainerFileContent(path)) return azureError(404, '404', 'Resource not found');
    if (c.req.method === 'POST' && path === `${azureApiPrefix}/responses`) {
      const model = await requestedModel(c.req.raw);
      if (model !== null && !flavor.deployments.includes(model)) return azureError(404, 'DeploymentNotFound', deploymentNotFound);
    }
    await next();
  };
}
