import { createContainerFileHandler } from '@execards/ai-sdk/server';
import { readUpstream } from '../../../lib/upstream';

/** `GET /api/files?…&signature=…`: streams one container file with the server's key, if the link's signature holds. */
export async function GET(request: Request): Promise<Response> {
  const { baseURL, apiKey, fileUrlSecret } = readUpstream();
  return createContainerFileHandler({ baseURL, apiKey, secret: fileUrlSecret })(request);
}
