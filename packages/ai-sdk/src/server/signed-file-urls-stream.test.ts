// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { toMessageView } from '../message-view.js';
import { fixturesDirectory, recordedSseBodies, replayThroughAiSdk } from '../test-support/recorded-streams.js';
import { withSignedFileUrls } from './signed-file-urls-stream.js';
import { withRecordings } from '../../../../tooling/fixtures/vitest.js';

const source = {
  type: 'source-document',
  sourceId: 's1',
  mediaType: 'text/plain',
  title: 'chart.png',
  filename: 'chart.png',
  providerMetadata: { azure: { type: 'container_file_citation', fileId: 'cfile_1', containerId: 'cntr_1' } },
};

function streamOf<T>(chunks: readonly T[]): ReadableStream<T> {
  return new ReadableStream<T>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

async function collect<T>(stream: ReadableStream<T>): Promise<T[]> {
  const chunks: T[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}

describe('withSignedFileUrls', { timeout: 30_000 }, () => {
  it('adds one data-container-file chunk with the signed URL after each cited file, passing everything through', async () => {
    const input = streamOf<{ type: string }>([{ type: 'start' }, source, { type: 'text-delta' }, { ...source, sourceId: 's2' }, { type: 'finish' }]);
    const chunks = await collect(withSignedFileUrls(input, { sign: async (file) => `/files/${file.fileId}` }));
    expect(chunks.map((chunk) => chunk.type)).toEqual(['start', 'source-document', 'data-container-file', 'text-delta', 'source-document', 'finish']);
    expect(chunks[2]).toEqual({ type: 'data-container-file', id: 'cfile_1', data: { containerId: 'cntr_1', fileId: 'cfile_1', filename: 'chart.png', url: '/files/cfile_1' } });
  });

  withRecordings(fixturesDirectory, () => {
    it('gives the UI message a signed URL for the recorded citation', async () => {
      const sse = recordedSseBodies('vercel-ai__openai-code-interpreter-tool.1.chunks.txt')[0] ?? '';
      const { message } = await replayThroughAiSdk(sse, (stream) => withSignedFileUrls(stream, { sign: (file) => `/signed/${file.fileId}` }));
      expect(message.parts.some((part) => part.type === 'data-container-file')).toBe(true);
      expect(toMessageView(message).files['/mnt/data/roll2dice_sums_10000.csv']?.url).toBe('/signed/cfile_68c2e7084ab48191a67824aa1f4c90f1');
    });
  });
});
