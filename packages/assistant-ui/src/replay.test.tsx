import { render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { UIMessage } from 'ai';
import { describe, expect, it } from 'vitest';
import { createCodeInterpreterToolUI } from './create-code-interpreter-tool-ui.js';
import type { FileReference } from './message-files.js';
import { fixturesDirectory } from './test-support/recordings.js';
import { replayUiMessages } from './test-support/replay-ui-messages.js';
import { ThreadHarness } from './test-support/ThreadHarness.js';
import { withRecordings } from '../../../tooling/fixtures/vitest.js';

const imageRecording = 'pydantic-ai__test_openai_responses_code_execution_return_image_stream.yaml';
const csvRecording = 'vercel-ai__openai-code-interpreter-tool.1.chunks.txt';
const newestRecording = 'pydantic-ai__test_openai_responses_code_execution_download_file_stream.yaml';

function fileUrlRecorder() {
  const seen: FileReference[] = [];
  return { seen, fileUrl: (file: FileReference) => (seen.push(file), `/api/files/${file.containerId}/${file.fileId}?name=${encodeURIComponent(file.filename)}`) };
}

function last(snapshots: readonly UIMessage[]): UIMessage {
  const message = snapshots.at(-1);
  if (!message) throw new Error('the replay produced no message');
  return { ...message, id: 'assistant_1' };
}

function cards(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>('[data-slot="execution-card"][data-tool-call-id]'));
}

withRecordings(fixturesDirectory, () => {
  describe('recordings replayed through the AI SDK into assistant-ui', () => {
    it('renders the image run: code, logs, the plot, and the linked file with the download URL from the app', async () => {
      const { snapshots, requests } = await replayUiMessages(imageRecording);
      const { seen, fileUrl } = fileUrlRecorder();
      render(<ThreadHarness messages={[last(snapshots)]} kit={createCodeInterpreterToolUI({ fileUrl })} />);

      expect(requests).toHaveLength(1);
      const [card] = cards();
      if (!card) throw new Error('no tool card rendered');
      expect(card).toHaveAttribute('data-status', 'completed');
      expect(within(card).getByText('Completed')).toBeInTheDocument();
      const image = within(card).getByRole('img');
      expect(image.getAttribute('src')).toMatch(/^data:image\/png;base64,iVBOR/);

      const user = userEvent.setup();
      await user.click(within(card).getByRole('tab', { name: 'Code' }));
      expect(card.textContent).toContain('import matplotlib.pyplot as plt');
      await user.click(within(card).getByRole('tab', { name: 'Logs' }));
      expect(within(card).getByText("'/mnt/data/y_eq_x_squared_plot.png'")).toBeInTheDocument();

      // The inline sandbox link in the answer downloads the cited file from the app's route.
      const link = screen.getByRole('link', { name: 'Download the chart' });
      expect(link).toHaveAttribute('href', '/api/files/cntr_68dd936a4cfc81908bdd4f2a2f542b5c0a0e691ad2bfd833/cfile_68dd9381192c81918f24ee3f0294cce6?name=y_eq_x_squared_plot.png');
      expect(link).toHaveAttribute('download', 'y_eq_x_squared_plot.png');
      expect(seen.map((file) => file.filename)).toEqual(expect.arrayContaining(['y_eq_x_squared_plot.png', 'cfile_68dd937c234081919ee5238a16b4fd87.png']));
    });

    it('renders all three calls of a multi-call run and the cited CSV as a download link', async () => {
      const { snapshots } = await replayUiMessages(csvRecording);
      const { fileUrl } = fileUrlRecorder();
      render(<ThreadHarness messages={[last(snapshots)]} kit={createCodeInterpreterToolUI({ fileUrl })} />);

      const rendered = cards();
      expect(rendered).toHaveLength(3);
      for (const card of rendered) expect(card).toHaveAttribute('data-status', 'completed');
      const first = rendered[0];
      if (!first) throw new Error('no first card');
      expect(within(first).getByText('(2, 12, 69868, 6.9868)')).toBeInTheDocument();
      const link = screen.getByRole('link', { name: 'Download the sums CSV' });
      expect(link).toHaveAttribute('download', 'roll2dice_sums_10000.csv');
      expect(link.getAttribute('href')).toMatch(/^\/api\/files\/cntr_68c2e6f380d881908a57a82d394434ff02f484f5344062e9\/cfile_[0-9a-f]+\?name=roll2dice_sums_10000\.csv$/);
    });

    it('renders the newest stream shape (phase, tool_usage): one call and its cited CSV', async () => {
      const { snapshots } = await replayUiMessages(newestRecording);
      const { seen, fileUrl } = fileUrlRecorder();
      render(<ThreadHarness messages={[last(snapshots)]} kit={createCodeInterpreterToolUI({ fileUrl })} />);
      expect(cards()).toHaveLength(1);
      expect(cards()[0]).toHaveAttribute('data-status', 'completed');
      expect(seen.map((file) => file.filename)).toEqual(['numbers_and_squares.csv']);
      expect(document.querySelector('a[download="numbers_and_squares.csv"]')).not.toBeNull();
    });

    it('shows the code streaming live while the call runs, then the interpreting state', async () => {
      const { snapshots } = await replayUiMessages(imageRecording);
      const kit = createCodeInterpreterToolUI();
      const streaming = snapshots.find((message) => message.parts.some((part) => part.type === 'tool-code_interpreter' && part.state === 'input-streaming' && typeof part.input === 'object' && part.input !== null && 'code' in part.input && String(part.input.code).includes('matplotlib')));
      if (!streaming) throw new Error('no snapshot with streaming code');
      const { unmount } = render(<ThreadHarness messages={[{ ...streaming, id: 'assistant_1' }]} isRunning kit={kit} />);
      const [running] = cards();
      expect(running).toHaveAttribute('data-status', 'in_progress');
      expect(running?.textContent).toContain('import matplotlib');
      expect(within(running as HTMLElement).getByRole('tab', { name: 'Code' })).toHaveAttribute('aria-selected', 'true');
      unmount();

      const interpreting = snapshots.find((message) => message.parts.some((part) => part.type === 'tool-code_interpreter' && part.state === 'input-available'));
      if (!interpreting) throw new Error('no snapshot with the complete code');
      render(<ThreadHarness messages={[{ ...interpreting, id: 'assistant_1' }]} isRunning kit={kit} />);
      await waitFor(() => expect(cards()[0]).toHaveAttribute('data-status', 'interpreting'));
    });
  });
});
