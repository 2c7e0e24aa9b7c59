import { signFileUrl } from '@execards/ai-sdk/server';
import { describe, expect, it } from 'vitest';
import { GET } from './route';

describe('GET /api/files', () => {
  it('refuses a link without a signature', async () => {
    const response = await GET(new Request('http://127.0.0.1/api/files?containerId=cntr_1&fileId=cfile_1&filename=a.png'));
    expect(response.status).toBe(400);
  });

  it('refuses a link signed with another secret', async () => {
    const url = await signFileUrl({ containerId: 'cntr_1', fileId: 'cfile_1', filename: 'a.png', secret: 'x'.repeat(32), route: 'http://127.0.0.1/api/files' });
    expect((await GET(new Request(url))).status).toBe(403);
  });
});
