import { ClientProvider, memoryPendingTurnStorage } from '@execards/client';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from './App.js';
import { placePageOnRealProxy } from './test-support/page-on-real-proxy.js';

describe('the demo app against the real proxy and emulator', () => {
  placePageOnRealProxy();

  it('shows the connection, the models and the example prompts', async () => {
    render(
      <ClientProvider>
        <App />
      </ClientProvider>,
    );
    expect(await screen.findByText('Connected to the local emulator through the proxy.')).toBeInTheDocument();
    const picker = await screen.findByRole('combobox', { name: 'Model' });
    expect(within(picker).getAllByRole('option').map((option) => option.textContent)).toEqual(['GPT-5', 'GPT-5 mini', 'GPT-5 chat (no code execution)']);
    expect(screen.getAllByRole('button', { name: /^(Sales growth|Clean a workbook|PDF table|Forecast|Outliers)/ })).toHaveLength(5);
  });

  it("explains the refusal of a model that cannot run code, with the server's words", async () => {
    render(
      <ClientProvider>
        <App />
      </ClientProvider>,
    );
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Model' }), 'GPT-5 chat (no code execution)');
    await userEvent.type(screen.getByRole('textbox', { name: 'Message' }), 'Plot it{Enter}');
    const alert = await screen.findByText(/^Code Execution is not available with the model "GPT-5 chat"/);
    expect(alert).toHaveAttribute('role', 'alert');
    expect(screen.getByRole('button', { name: 'Send' })).toBeInTheDocument();
  });

  it('gives a refused message back to the composer, with its attachments', async () => {
    render(
      <ClientProvider>
        <App pendingTurns={memoryPendingTurnStorage()} />
      </ClientProvider>,
    );
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Model' }), 'GPT-5 chat (no code execution)');
    await userEvent.upload(screen.getByTestId('file-input'), new File(['region,total\nNorth,1\n'], 'totals.csv', { type: 'text/csv' }));
    await screen.findByText('Ready');
    await userEvent.type(screen.getByRole('textbox', { name: 'Message' }), 'Plot it{Enter}');
    await screen.findAllByText(/^Code Execution is not available with the model "GPT-5 chat"/);
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Message' })).toHaveValue('Plot it'));
    const chips = screen.getByRole('list', { name: 'Attached files' });
    expect(chips).toHaveTextContent('totals.csv');
    expect(chips).toHaveTextContent('Ready');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Model' }), 'GPT-5');
    expect(screen.getByRole('button', { name: 'Send' })).toBeEnabled();
  });

  it('refuses a file type the server does not take, before uploading it', async () => {
    render(
      <ClientProvider>
        <App />
      </ClientProvider>,
    );
    await screen.findByRole('combobox', { name: 'Model' });
    await userEvent.upload(screen.getByTestId('file-input'), new File(['MZ'], 'setup.exe'), { applyAccept: false });
    expect(await screen.findByText(/^"setup\.exe" was not attached: only PDF, /)).toBeInTheDocument();
  });

  it('switches between light and dark', async () => {
    render(
      <ClientProvider>
        <App />
      </ClientProvider>,
    );
    await screen.findByRole('combobox', { name: 'Model' });
    const toggle = screen.getByRole('button', { name: 'Dark mode' });
    const before = document.documentElement.dataset['theme'];
    await userEvent.click(toggle);
    expect(document.documentElement.dataset['theme']).toBe(before === 'dark' ? 'light' : 'dark');
    expect(toggle).toHaveAttribute('aria-pressed', before === 'dark' ? 'false' : 'true');
  });
});
