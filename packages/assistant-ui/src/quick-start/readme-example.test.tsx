import { render, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import readme from '../../README.md?raw';
import example from './QuickStart.tsx?raw';
import { Chat } from './QuickStart.js';

describe('README example', () => {
  it('is in the README verbatim and under fifteen lines', () => {
    expect(readme).toContain(`\`\`\`tsx\n${example}\`\`\``);
    expect(example.trimEnd().split('\n').length).toBeLessThan(15);
  });

  describe('against a chat endpoint', () => {
    beforeEach(() => {
      // useChat posts to /api/chat: answer with a UI message stream a server would send for one call and one cited file.
      const chunks = [
        { type: 'start', messageId: 'assistant_1' },
        { type: 'tool-input-available', toolCallId: 'ci_1', toolName: 'code_interpreter', input: { containerId: 'cntr_1', code: 'print(6 * 7)' }, providerExecuted: true },
        { type: 'tool-output-available', toolCallId: 'ci_1', output: { outputs: [{ type: 'logs', logs: '42' }] }, providerExecuted: true },
        { type: 'text-start', id: 't1' },
        { type: 'text-delta', id: 't1', delta: 'The answer is in [answer.txt](sandbox:/mnt/data/answer.txt).' },
        { type: 'text-end', id: 't1' },
        { type: 'source-document', sourceId: 's1', mediaType: 'text/plain', title: 'answer.txt', filename: 'answer.txt', providerMetadata: { openai: { type: 'container_file_citation', fileId: 'cfile_1', containerId: 'cntr_1' } } },
        { type: 'finish' },
      ];
      const body = `${chunks.map((chunk) => `data: ${JSON.stringify(chunk)}\n\n`).join('')}data: [DONE]\n\n`;
      vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response(body, { headers: { 'content-type': 'text/event-stream', 'x-vercel-ai-ui-message-stream': 'v1' } }))));
    });
    afterEach(() => vi.unstubAllGlobals());

    it('renders the call as a card and links the cited file through fileUrl', async () => {
      render(<Chat />);
      expect(screen.queryByRole('tab')).toBeNull();
      const user = userEvent.setup();
      await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Compute 6 * 7');
      await user.click(screen.getByRole('button', { name: 'Send' }));
      await waitFor(() => expect(document.querySelector('[data-tool-call-id="ci_1"]')).toHaveAttribute('data-status', 'completed'));
      expect(fetch).toHaveBeenCalledWith('/api/chat', expect.objectContaining({ method: 'POST' }));
      expect(screen.getByRole('link', { name: 'answer.txt' })).toHaveAttribute('href', '/api/files/cntr_1/cfile_1/answer.txt');
    });
  });
});
