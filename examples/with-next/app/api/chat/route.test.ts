import { describe, expect, it } from 'vitest';
import { POST } from './route';

function post(body: string): Promise<Response> {
  return POST(new Request('http://127.0.0.1/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body }));
}

async function errorOf(response: Response): Promise<{ status: number; message: string }> {
  const body = (await response.json()) as { error: { message: string } };
  return { status: response.status, message: body.error.message };
}

// Each of these is refused before any upstream call: no emulator runs in this test.
describe('POST /api/chat', () => {
  it('refuses a body that is not JSON', async () => {
    expect(await errorOf(await post('{'))).toEqual({ status: 400, message: 'Expected a JSON body with a non-empty "messages" array.' });
  });

  it('refuses an empty conversation', async () => {
    expect((await post(JSON.stringify({ messages: [] }))).status).toBe(400);
  });

  it('refuses messages that are not UI messages', async () => {
    expect(await errorOf(await post(JSON.stringify({ messages: [{ role: 'user' }] })))).toEqual({ status: 400, message: 'The messages are not valid UI messages.' });
  });

  it('refuses a body over 2 MiB', async () => {
    expect((await post(JSON.stringify({ messages: ['x'.repeat(2 * 1024 * 1024)] }))).status).toBe(413);
  });
});
