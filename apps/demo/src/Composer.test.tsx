import type { UploadItem } from '@execards/client';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Composer, type ComposerProps } from './Composer.js';

function Harness(overrides: Partial<ComposerProps>) {
  const [text, setText] = useState(overrides.text ?? '');
  return (
    <Composer
      busy={false}
      uploading={false}
      attachments={[]}
      rejected={[]}
      onAttach={() => undefined}
      onRemoveAttachment={() => undefined}
      onSend={() => undefined}
      onStop={() => undefined}
      accept=".csv"
      uploadsEnabled
      {...overrides}
      text={text}
      onTextChange={setText}
    />
  );
}

const uploading: UploadItem = { id: 'u1', name: 'sales.csv', size: 2048, mimeType: 'text/csv', status: 'uploading', loaded: 1024, fileId: null, error: null };

describe('Composer', () => {
  it('sends with Enter and adds a line with Shift+Enter', async () => {
    const onSend = vi.fn();
    render(<Harness onSend={onSend} />);
    const message = screen.getByRole('textbox', { name: 'Message' });
    await userEvent.type(message, 'first{Shift>}{Enter}{/Shift}second');
    expect(message).toHaveValue('first\nsecond');
    expect(onSend).not.toHaveBeenCalled();
    await userEvent.type(message, '{Enter}');
    expect(onSend).toHaveBeenCalledTimes(1);
  });

  it('does not send an empty message or while files upload', async () => {
    const onSend = vi.fn();
    const { unmount } = render(<Harness onSend={onSend} />);
    expect(screen.getByRole('button', { name: 'Send' })).toBeDisabled();
    await userEvent.type(screen.getByRole('textbox', { name: 'Message' }), '   {Enter}');
    expect(onSend).not.toHaveBeenCalled();
    unmount();
    render(<Harness onSend={onSend} text="go" uploading attachments={[uploading]} />);
    expect(screen.getByRole('button', { name: 'Send' })).toBeDisabled();
    expect(screen.getByRole('progressbar', { name: 'Uploading sales.csv' })).toHaveAttribute('value', '50');
    expect(screen.getByText('2.0 KB')).toBeInTheDocument();
  });

  it('offers Stop instead of Send while a turn runs', async () => {
    const onStop = vi.fn();
    render(<Harness busy onStop={onStop} text="running" />);
    expect(screen.queryByRole('button', { name: 'Send' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Stop' }));
    expect(onStop).toHaveBeenCalledTimes(1);
  });

  it('attaches pasted files and files picked with the button', async () => {
    const onAttach = vi.fn();
    render(<Harness onAttach={onAttach} />);
    const pasted = new File(['a,b'], 'pasted.csv', { type: 'text/csv' });
    fireEvent.paste(screen.getByRole('textbox', { name: 'Message' }), { clipboardData: { files: [pasted], getData: () => '' } });
    expect(onAttach).toHaveBeenLastCalledWith([pasted]);
    const picked = new File(['x'], 'picked.csv', { type: 'text/csv' });
    await userEvent.upload(screen.getByTestId('file-input'), picked);
    expect(onAttach).toHaveBeenLastCalledWith([picked]);
  });

  it('lists refused files in one alert and lets a chip be removed', async () => {
    const onRemoveAttachment = vi.fn();
    render(
      <Harness
        rejected={[{ name: 'tool.exe', code: 'file_type_not_allowed', message: '"tool.exe" was not attached: only CSV files can be uploaded.' }]}
        attachments={[{ ...uploading, status: 'failed', error: 'The upload failed.' }]}
        onRemoveAttachment={onRemoveAttachment}
      />,
    );
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual(['"tool.exe" was not attached: only CSV files can be uploaded.', 'The upload failed.']);
    await userEvent.click(screen.getByRole('button', { name: 'Remove sales.csv' }));
    expect(onRemoveAttachment).toHaveBeenCalledWith('u1');
  });
});
