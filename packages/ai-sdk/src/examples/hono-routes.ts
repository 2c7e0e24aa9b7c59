import { createContainerFileHandler } from '@execards/ai-sdk/server';
import { Hono } from 'hono';

export const app = new Hono();
const downloadFile = createContainerFileHandler({
  baseURL: `https://${process.env.AZURE_RESOURCE_NAME ?? ''}.openai.azure.com/openai/v1`,
  apiKey: process.env.AZURE_API_KEY ?? '',
  headers: { 'api-key': process.env.AZURE_API_KEY ?? '' },
  secret: process.env.FILE_URL_SECRET ?? '',
});
app.get('/api/files', (context) => downloadFile(context.req.raw));
