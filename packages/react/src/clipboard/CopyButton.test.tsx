import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CopyButton, copyFeedbackMs } from './CopyButton.js';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

async function press(button: HTMLElement) {
  await act(async () => {
    button.click();
    await Promise.resolve();
  });
}

describe('CopyButton', () => {
  it('says "Copied" for two seconds, announces the outcome, then shows its label again', async () => {
    vi.useFakeTimers();
    const write = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    render(<CopyButton data-slot="copy-button" text="print(1)" label="Copy code" announcement="Code copied to the clipboard." />);
    const button = screen.getByRole('button', { name: 'Copy code' });
    await press(button);
    expect(write).toHaveBeenCalledWith('print(1)');
    expect(button).toHaveTextContent('Copied');
    expect(button).toHaveAttribute('data-state', 'copied');
    expect(screen.getByRole('status')).toHaveTextContent('Code copied to the clipboard.');
    act(() => vi.advanceTimersByTime(copyFeedbackMs - 100));
    // A second press restarts the two seconds.
    await press(button);
    act(() => vi.advanceTimersByTime(copyFeedbackMs - 100));
    expect(button).toHaveTextContent('Copied');
    act(() => vi.advanceTimersByTime(200));
    expect(button).toHaveTextContent('Copy code');
    expect(button).toHaveAttribute('data-state', 'idle');
  });

  it('says "Copy failed" when neither the Clipboard API nor the fallback works', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    Object.defineProperty(document, 'execCommand', { configurable: true, value: () => false });
    render(<CopyButton text="cntr_1" label="Copy sandbox id" announcement="Sandbox id copied to the clipboard." target="cntr_1" />);
    const button = screen.getByRole('button', { name: 'Copy sandbox id cntr_1' });
    await press(button);
    await vi.waitFor(() => expect(button).toHaveAttribute('data-state', 'failed'));
    expect(button).toHaveAccessibleName('Copy failed cntr_1');
    expect(screen.getByRole('status')).toHaveTextContent('Copy failed');
    Reflect.deleteProperty(document, 'execCommand');
  });
});
