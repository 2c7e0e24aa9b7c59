import { describe, expect, it } from 'vitest';
import { toMessageView } from './message-view.js';
import { citationPart, completedPart } from './test-support/parts.js';

const text = '**Squares**\n[*Generating your Chart…*](sandbox:/mnt/data/squares.png)\n\nAnd [the data](sandbox:/mnt/data/squares.csv).';

describe('toMessageView', () => {
  it('puts text and calls in order and turns citations into files with URLs from the app', () => {
    const message = { id: 'm1', role: 'assistant', parts: [{ type: 'step-start' }, completedPart('data:image/png;base64,AAA'), { type: 'text', text, state: 'done' }, citationPart('squares.png', 'cfile_png'), citationPart('squares.csv', 'cfile_csv')] };
    const view = toMessageView(message, { fileUrl: (file) => `/api/files/${file.containerId}/${file.fileId}` });
    expect(view.turn.items.map((item) => item.kind)).toEqual(['execution', 'message']);
    expect(view.cards.map((card) => card.id)).toEqual(['ci_1']);
    expect(Object.keys(view.files)).toEqual(['/mnt/data/squares.png', '/mnt/data/squares.csv']);
    expect(view.files['/mnt/data/squares.png']).toMatchObject({ kind: 'image', fileId: 'cfile_png', containerId: 'cntr_demo', url: '/api/files/cntr_demo/cfile_png', availability: 'live', autoCaptured: false, turnId: 'm1' });
    expect(view.files['/mnt/data/squares.csv']?.kind).toBe('csv');
  });

  it('prefers the signed URL of a data-container-file part, and reads citations kept in text metadata', () => {
    const withMetadata = {
      type: 'text',
      text,
      providerMetadata: { openai: { annotations: [{ type: 'container_file_citation', container_id: 'cntr_demo', file_id: 'cfile_csv', filename: 'squares.csv', start_index: 0, end_index: 0 }] } },
    };
    const signed = { type: 'data-container-file', id: 'cfile_png', data: { containerId: 'cntr_demo', fileId: 'cfile_png', filename: 'squares.png', url: '/signed/png' } };
    const view = toMessageView({ id: 'm1', parts: [withMetadata, citationPart('squares.png', 'cfile_png'), signed] }, { fileUrl: () => '/unsigned' });
    expect(view.files['/mnt/data/squares.png']?.url).toBe('/signed/png');
    expect(view.files['/mnt/data/squares.csv']?.url).toBe('/unsigned');
  });

  it('marks a cited file no link names as auto-captured; no URL without a resolver', () => {
    const view = toMessageView({ id: 'm1', parts: [{ type: 'text', text: 'Done.' }, citationPart('cfile_auto.png', 'cfile_auto')] });
    expect(view.files['/mnt/data/cfile_auto.png']).toMatchObject({ autoCaptured: true, url: null, availability: 'unknown' });
  });

  it('a streaming text part is an in-progress message', () => {
    const view = toMessageView({ id: 'm1', parts: [{ type: 'text', text: 'Hel', state: 'streaming' }] });
    expect(view.turn.items[0]).toMatchObject({ kind: 'message', status: 'in_progress', text: 'Hel' });
  });

  it('never throws on malformed messages', () => {
    for (const value of [null, 3, 'x', {}, { parts: 'no' }, { id: 1, parts: [null, 5, { type: 'source-document' }, { type: 'data-container-file', data: {} }] }]) {
      const view = toMessageView(value);
      expect(view.cards).toEqual([]);
      expect(view.files).toEqual({});
    }
  });
});
