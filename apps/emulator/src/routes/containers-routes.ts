import { Hono } from 'hono';
import { z } from 'zod';
import { ApiError, invalidRequest } from '../api-error.js';
import { containerFileObject, containerObject, memoryLimits, type ContainerRegistry, type MemoryLimit } from '../containers/container-registry.js';
import type { FileStore } from '../files/file-store.js';
import { listPage } from './list-page.js';

const createContainerSchema = z.object({
  name: z.string().min(1).max(256),
  file_ids: z.array(z.string().min(1)).max(50).optional(),
  expires_after: z.object({ anchor: z.literal('last_active_at'), minutes: z.number().int().min(1).max(20) }).optional(),
  memory_limit: z.enum(Object.keys(memoryLimits) as [MemoryLimit]).optional(),
});

const addByIdSchema = z.object({ file_id: z.string().min(1) });
const addUploadSchema = z.object({ file: z.instanceof(File, { message: "multipart field 'file' must be a file" }) });

async function jsonBody(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new ApiError(400, 'We could not parse the JSON body of your request.', 'invalid_request_error', null, null);
  }
}

export function containersRoutes(registry: ContainerRegistry, files: FileStore): Hono {
  const app = new Hono();

  app.post('/', async (c) => {
    const parsed = createContainerSchema.safeParse(await jsonBody(c.req.raw));
    if (!parsed.success) throw invalidRequest(parsed.error);
    const fileIds = parsed.data.file_ids ?? [];
    const sources = fileIds.map((id) => files.get(id));
    const container = registry.create({ name: parsed.data.name, expiresAfterMinutes: parsed.data.expires_after?.minutes, memoryLimit: parsed.data.memory_limit });
    for (const source of sources) await registry.addFile(container, source.filename, source.bytes, 'user');
    return c.json(containerObject(container));
  });

  app.get('/', (c) => {
    const { page, hasMore, firstId, lastId } = listPage(registry.list(), c.req.query(), (container) => container.createdAt);
    return c.json({ object: 'list', data: page.map(containerObject), first_id: firstId, last_id: lastId, has_more: hasMore });
  });

  app.get('/:id', (c) => {
    registry.sweep();
    return c.json(containerObject(registry.find(c.req.param('id'))));
  });

  app.delete('/:id', (c) => {
    const id = c.req.param('id');
    registry.delete(id);
    return c.json({ id, object: 'container.deleted', deleted: true });
  });

  app.post('/:id/files', async (c) => {
    const container = registry.use(c.req.param('id'));
    if (c.req.header('content-type')?.startsWith('multipart/form-data')) {
      const parsed = addUploadSchema.safeParse(await c.req.parseBody());
      if (!parsed.success) throw invalidRequest(parsed.error);
      const bytes = Buffer.from(await parsed.data.file.arrayBuffer());
      return c.json(containerFileObject(await registry.addFile(container, parsed.data.file.name, bytes, 'user')));
    }
    const parsed = addByIdSchema.safeParse(await jsonBody(c.req.raw));
    if (!parsed.success) throw invalidRequest(parsed.error);
    const source = files.get(parsed.data.file_id);
    return c.json(containerFileObject(await registry.addFile(container, source.filename, source.bytes, 'user')));
  });

  app.get('/:id/files', (c) => {
    const container = registry.use(c.req.param('id'));
    const { page, hasMore, firstId, lastId } = listPage([...container.files.values()], c.req.query(), (file) => file.createdAt);
    return c.json({ object: 'list', data: page.map(containerFileObject), first_id: firstId, last_id: lastId, has_more: hasMore });
  });

  app.get('/:id/files/:fileId', (c) => {
    const container = registry.use(c.req.param('id'));
    return c.json(containerFileObject(registry.fileById(container, c.req.param('fileId'))));
  });

  app.get('/:id/files/:fileId/content', async (c) => {
    const container = registry.use(c.req.param('id'));
    const file = registry.fileById(container, c.req.param('fileId'));
    const bytes = await registry.readFile(container, file);
    const name = file.path.split('/').pop() ?? 'file';
    return c.body(new Uint8Array(bytes), 200, {
      'content-type': 'application/octet-stream',
      'content-disposition': `attachment; filename="file${name.includes('.') ? name.slice(name.lastIndexOf('.')) : ''}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    });
  });

  app.delete('/:id/files/:fileId', (c) => {
    const container = registry.use(c.req.param('id'));
    registry.deleteFile(container, c.req.param('fileId'));
    return c.json({ id: c.req.param('fileId'), object: 'container.file.deleted', deleted: true });
  });

  return app;
}
