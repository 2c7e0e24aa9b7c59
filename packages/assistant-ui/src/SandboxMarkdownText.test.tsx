import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { UIMessage } from 'ai';
import { describe, expect, it } from 'vitest';
import { createCodeInterpreterToolUI } from './create-code-interpreter-tool-ui.js';
import { ThreadHarness } from './test-support/ThreadHarness.js';

const citation = (filename: string, fileId: string) => ({
  type: 'source-document' as const,
  sourceId: `src_${fileId}`,
  mediaType: 'text/plain',
  title: filename,
  filename,
  providerMetadata: { openai: { type: 'container_file_citation', fileId, containerId: 'cntr_1' } },
});

function answer(text: string, extra: UIMessage['parts'] = []): UIMessage {
  return {
    id: 'assistant_1',
    role: 'assistant',
    parts: [
      { type: 'tool-code_interpreter', toolCallId: 'ci_1', state: 'output-available', input: { containerId: 'cntr_1', code: 'df.to_csv("/mnt/data/sales.csv")' }, output: { outputs: [{ type: 'logs', logs: 'saved' }] }, providerExecuted: true },
      { type: 'text', text },
      ...extra,
    ],
  };
}

const fileUrl = ({ containerId, fileId, filename }: { containerId: string; fileId: string; filename: string }) => `/files/${containerId}/${fileId}/${filename}`;

describe('SandboxMarkdownText', () => {
  it('turns a standalone sandbox link into an output card with the producing code, through the app component map', async () => {
    const Table = ({ file, url }: { file: { filename: string }; url: string }) => <a href={url}>table view of {file.filename}</a>;
    const kit = createCodeInterpreterToolUI({ fileUrl, components: { Table } });
    render(<ThreadHarness messages={[answer('**Sales by month**\n[*Generating your table…*](sandbox:/mnt/data/sales.csv)', [citation('sales.csv', 'cfile_9')])]} kit={kit} />);

    const card = document.querySelector<HTMLElement>('[data-path="/mnt/data/sales.csv"]');
    if (!card) throw new Error('no output card');
    expect(within(card).getByText('Sales by month')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'table view of sales.csv' })).toHaveAttribute('href', '/files/cntr_1/cfile_9/sales.csv');
    await userEvent.setup().click(within(card).getByRole('tab', { name: 'Code' }));
    expect(card.textContent).toContain('df.to_csv("/mnt/data/sales.csv")');
  });

  it('shows any other file as a file card with a download button', () => {
    const kit = createCodeInterpreterToolUI({ fileUrl });
    render(<ThreadHarness messages={[answer('**Report**\n[*Generating your report…*](sandbox:/mnt/data/report.pdf)', [citation('report.pdf', 'cfile_2')])]} kit={kit} />);
    expect(screen.getByRole('button', { name: 'Download report.pdf' })).toBeEnabled();
  });

  it('prefers the download URL the server streamed as a data-container-file part', () => {
    const signed = { type: 'data-container-file' as const, id: 'cfile_3', data: { containerId: 'cntr_1', fileId: 'cfile_3', filename: 'notes.txt', url: '/api/files?c=cntr_1&f=cfile_3&sig=abc' } };
    render(<ThreadHarness messages={[answer('See [the notes](sandbox:/mnt/data/notes.txt).', [citation('notes.txt', 'cfile_3'), signed])]} kit={createCodeInterpreterToolUI({ fileUrl })} />);
    expect(screen.getByRole('link', { name: 'the notes' })).toHaveAttribute('href', '/api/files?c=cntr_1&f=cfile_3&sig=abc');
  });

  it('shows the failure message for a link to a file nobody cited once the answer is settled', () => {
    render(<ThreadHarness messages={[answer('**Chart**\n[*Generating your chart…*](sandbox:/mnt/data/missing.png)')]} kit={createCodeInterpreterToolUI({ fileUrl })} />);
    expect(screen.getByRole('alert')).toHaveTextContent('The file could not be downloaded. Please try again.');
  });

  it('shows a placeholder with the link text while the answer still streams', () => {
    render(<ThreadHarness messages={[answer('**Chart**\n[*Generating your chart…*](sandbox:/mnt/data/chart.png)')]} isRunning kit={createCodeInterpreterToolUI({ fileUrl })} />);
    expect(document.querySelector('[data-path="/mnt/data/chart.png"]')).toHaveAttribute('data-state', 'pending');
  });
});
