import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createGeneratedFiles, sandboxPaths, type ContainerFile } from './generated-files.js';
import { readUpstreamEvents } from '../upstream/upstream-events.js';
import { fixturesPath } from '../../../../tooling/fixtures/index.js';
import { withRecordings } from '../../../../tooling/fixtures/vitest.js';

const recordingsDirectory = fixturesPath('upstream');
const fixture = path.join(recordingsDirectory, 'pydantic-ai__test_openai_responses_code_execution_return_image_stream.yaml');
const container = 'cntr_68dd936a4cfc81908bdd4f2a2f542b5c0a0e691ad2bfd833';

/** The raw SSE text of the recording's streamed answer. */
function recordedStream(): ReadableStream<Uint8Array> {
  const cassette = parse(readFileSync(fixture, 'utf8')) as { interactions: { response: { body: { string: string } } }[] };
  const sse = cassette.interactions[0]?.response.body.string ?? '';
  return new Blob([sse]).stream();
}

async function replay(listing: ContainerFile[]) {
  const listed: string[] = [];
  const files = createGeneratedFiles({
    containerId: null,
    listContainerFiles: (containerId) => {
      listed.push(containerId);
      return Promise.resolve(listing);
    },
    downloadUrl: ({ containerId, fileId, filename }) => `/dl/${containerId}/${fileId}/${filename}`,
  });
  const announced = [];
  let events = 0;
  for await (const event of readUpstreamEvents(recordedStream(), () => undefined)) {
    events += 1;
    announced.push(...(await files.filesNamedBy(event)));
  }
  return { announced, listed, events };
}

describe('generated files in a real recorded stream', () => {
  withRecordings(recordingsDirectory, () => {
    it('announces the zero-span plot and the linked file once each, with paths and sizes from the listing', async () => {
      const { announced, events } = await replay([
        { id: 'cfile_68dd937c234081919ee5238a16b4fd87', containerId: container, path: '/mnt/data/cfile_68dd937c234081919ee5238a16b4fd87.png', bytes: 91_000 },
        { id: 'cfile_68dd9381192c81918f24ee3f0294cce6', containerId: container, path: '/mnt/data/y_eq_x_squared_plot.png', bytes: 42_000 },
      ]);
      expect(events).toBe(270);
      expect(announced).toEqual([
        {
          container_id: container,
          file_id: 'cfile_68dd937c234081919ee5238a16b4fd87',
          filename: 'cfile_68dd937c234081919ee5238a16b4fd87.png',
          path: '/mnt/data/cfile_68dd937c234081919ee5238a16b4fd87.png',
          bytes: 91_000,
          url: `/dl/${container}/cfile_68dd937c234081919ee5238a16b4fd87/cfile_68dd937c234081919ee5238a16b4fd87.png`,
        },
        {
          container_id: container,
          file_id: 'cfile_68dd9381192c81918f24ee3f0294cce6',
          filename: 'y_eq_x_squared_plot.png',
          path: '/mnt/data/y_eq_x_squared_plot.png',
          bytes: 42_000,
          url: `/dl/${container}/cfile_68dd9381192c81918f24ee3f0294cce6/y_eq_x_squared_plot.png`,
        },
      ]);
    });

    it('still announces cited files the listing does not show, without a size', async () => {
      const { announced } = await replay([]);
      expect(announced.map((file) => [file.filename, file.path, file.bytes])).toEqual([
        ['cfile_68dd937c234081919ee5238a16b4fd87.png', '/mnt/data/cfile_68dd937c234081919ee5238a16b4fd87.png', null],
        ['y_eq_x_squared_plot.png', '/mnt/data/y_eq_x_squared_plot.png', null],
      ]);
    });
  });

  it('finds sandbox link paths, decoded', () => {
    expect(sandboxPaths('**Chart**\n[*Generating…*](sandbox:/mnt/data/my%20chart.png) and [x](sandbox:/mnt/data/a.csv)')).toEqual([
      '/mnt/data/my chart.png',
      '/mnt/data/a.csv',
    ]);
  });

  it('reads names with spaces and parentheses as the views do, and ignores paths outside /mnt/data', () => {
    const text = '[a](sandbox:/mnt/data/chart (1).png) [b](<sandbox:/mnt/data/my report.csv>) [c](sandbox:/mnt/data/x%20(2).svg) [d](sandbox:/mnt/data/../etc/passwd) [e](sandbox:/tmp/x)';
    expect(sandboxPaths(text)).toEqual(['/mnt/data/chart (1).png', '/mnt/data/my report.csv', '/mnt/data/x (2).svg']);
  });
});
