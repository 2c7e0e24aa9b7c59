import { existsSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';

/**
 * Serves a built single-page app (the demo's `dist`) beside the API, so one process is the whole deployment:
 * files as they are, any other page route outside `/api` gets `index.html` (client-side routes), `/api/*` stays JSON.
 */
export function serveSinglePageApp<E extends object>(app: Hono<E>, directory: string): void {
  const root = path.resolve(directory);
  if (!existsSync(path.join(root, 'index.html'))) throw new Error(`PROXY_STATIC_DIR has no index.html: ${root}`);
  const outsideApi = (pathname: string) => pathname !== '/api' && !pathname.startsWith('/api/');
  // A missing asset (a path with an extension) stays a 404; only page routes fall back to the app.
  const isPageRoute = (pathname: string) => outsideApi(pathname) && path.extname(pathname) === '';
  const files = serveStatic({ root });
  const indexPage = serveStatic({ root, path: 'index.html' });
  app.get('*', async (c, next) => (outsideApi(c.req.path) ? files(c, next) : next()));
  app.get('*', async (c, next) => (isPageRoute(c.req.path) ? indexPage(c, next) : next()));
}
