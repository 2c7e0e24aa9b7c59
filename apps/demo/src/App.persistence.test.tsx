import { ClientProvider } from '@execards/client';
import { foldEvents, restoreConversation, serializeConversation } from '@execards/core';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from './App.js';
import { memoryStorage } from './conversation-storage.js';
import { placePageOnRealProxy } from './test-support/page-on-real-proxy.js';

const saved = foldEvents([
  { type: 'conversation.user_message', id: 'user_1', text: 'Summarize the sales', attachments: [{ name: 'sales_2024.csv' }] },
  {
    type: 'response.completed',
    sequence_number: 0,
    response: {
      id: 'resp_1',
      status: 'completed',
      output: [
        { type: 'code_interpreter_call', id: 'ci_1', status: 'completed', code: 'print(42)', container_id: 'cntr_restored', outputs: [{ type: 'logs', logs: '42\n' }] },
        { type: 'message', id: 'msg_1', status: 'completed', content: [{ type: 'output_text', text: 'The answer is 42.', annotations: [] }] },
      ],
    },
  },
  { type: 'proxy.conversation', token: 'token-restored' },
]);

describe('the demo keeps the conversation across reloads', () => {
  placePageOnRealProxy();

  it('restores the saved chat and its model; "New chat" forgets it', async () => {
    const storage = memoryStorage();
    await storage.save({ state: serializeConversation(saved), model: 'gpt-5-mini', savedAt: 1 });
    render(
      <ClientProvider>
        <App storage={storage} />
      </ClientProvider>,
    );
    expect(await screen.findByText('Summarize the sales')).toBeInTheDocument();
    expect(screen.getByText('The answer is 42.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Model' })).toHaveValue('gpt-5-mini');
    expect(screen.getByRole('button', { name: 'Download as notebook' })).toBeEnabled();

    await userEvent.click(screen.getByRole('button', { name: 'New chat' }));
    await waitFor(() => expect(screen.queryByText('Summarize the sales')).toBeNull());
    expect(screen.getByRole('button', { name: 'Download as notebook' })).toBeDisabled();
    await expect(storage.load()).resolves.toBeNull();
  });

  it('saves a changed conversation back to storage', async () => {
    const storage = memoryStorage();
    await storage.save({ state: serializeConversation(saved), model: 'gpt-5', savedAt: 1 });
    render(
      <ClientProvider>
        <App storage={storage} />
      </ClientProvider>,
    );
    await screen.findByText('Summarize the sales');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Model' }), 'gpt-5-mini');
    await userEvent.type(screen.getByRole('textbox', { name: 'Message' }), 'And the total?{Enter}');
    await waitFor(
      async () => {
        const again = await storage.load();
        const restored = restoreConversation(again?.state);
        expect(again?.model).toBe('gpt-5-mini');
        expect(restored.ok && restored.state.turns.map((turn) => turn.user?.text)).toEqual(['Summarize the sales', 'And the total?']);
      },
      { timeout: 10_000 },
    );
  });
});
