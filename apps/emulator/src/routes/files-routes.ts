import { Hono } from 'hono';
import { z } from 'zod';
import { ApiError, invalidRequest } from '../api-error.js';
import { fileObject, type FileStore } from '../files/file-store.js';

const uploadSchema = z.object({
  file: z.instanceof(File, { message: "multipart field 'file' must be a file" }),
  purpose: z.enum(['assistants', 'user_data', 'batch', 'fine-tune', 'vision', 'evals']),
});

export function filesRoutes(files: FileStore): Hono {
  const app = new Hono();
  app.post('/', async (c) => {
    if (!c.req.header('content-type')?.startsWith('multipart/form-data')) {
      throw new ApiError(400, 'Expected a multipart/form-data body with fields file and purpose.', 'invalid_request_error', null, 'invalid_content_type');
    }
    const parsed = uploadSchema.safeParse(await c.req.parseBody());
    if (!parsed.success) throw invalidRequest(parsed.error);
    const stored = files.add(parsed.data.file.name, parsed.data.purpose, Buffer.from(await parsed.data.file.arrayBuffer()));
    return c.json(fileObject(stored));
  });
  app.get('/', (c) => c.json({ object: 'list', data: files.list().map(fileObject), first_id: null, last_id: null, has_more: false }));
  app.get('/:id', (c) => c.json(fileObject(files.get(c.req.param('id')))));
  app.get('/:id/content', (c) => {
    const file = files.get(c.req.param('id'));
    return c.body(new Uint8Array(file.bytes), 200, { 'content-type': 'application/octet-stream' });
  });
  app.delete('/:id', (c) => {
    const id = c.req.param('id');
    files.delete(id);
    return c.json({ id, object: 'file', deleted: true });
  });
  return app;
}
