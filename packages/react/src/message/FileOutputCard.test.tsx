import type { ExecutionCard, GeneratedFile } from '@execards/core';
import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { makeCard, makeFile, makeMessage, makeTurn } from '../test-support/cards.js';
import { AssistantMessage } from './AssistantMessage.js';
import type { OutputViewProps } from './output-components.js';

const text = '**Report**\n[*Generating your report…*](sandbox:/mnt/data/report.pdf)';
const message = makeMessage(text);
const call = makeCard({ id: 'ci_report', code: 'doc.save("/mnt/data/report.pdf")' });
const turn = makeTurn([call, message]);

function StubFile({ file, url }: OutputViewProps) {
  return <p data-testid="file-view">{`${file.filename} at ${url}`}</p>;
}

describe('output cards and file availability', () => {
  it('an archived file shows its view with the Saved badge; the card carries data-availability', () => {
    const files = { '/mnt/data/report.pdf': makeFile('/mnt/data/report.pdf', { availability: 'archived', storage: 'archive', url: '/api/archive/x/report.pdf' }) };
    const { container } = render(<AssistantMessage message={message} files={files} turn={turn} components={{ File: StubFile }} />);
    expect(container.querySelector('[data-path="/mnt/data/report.pdf"]')).toHaveAttribute('data-availability', 'archived');
    expect(screen.getByTestId('file-view')).toHaveTextContent('report.pdf at /api/archive/x/report.pdf');
    expect(screen.getByText('Saved')).toBeInTheDocument();
  });

  it('a gone file replaces the view with the notice; re-run gets the file and its call, and the new URL brings the view back', async () => {
    const received: [GeneratedFile, ExecutionCard][] = [];
    function Harness() {
      const [file, setFile] = useState(makeFile('/mnt/data/report.pdf', { availability: 'gone' }));
      return (
        <AssistantMessage
          message={message}
          files={{ [file.path]: file }}
          turn={turn}
          components={{ File: StubFile }}
          onRerun={async (gone, producing) => {
            received.push([gone, producing]);
            setFile({ ...gone, url: '/api/archive/new/report.pdf', storage: 'archive', availability: 'archived' });
            await Promise.resolve();
          }}
        />
      );
    }
    render(<Harness />);
    expect(screen.queryByTestId('file-view')).toBeNull();
    expect(screen.getByText('This file is no longer available.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Re-run in a new sandbox' }));
    expect(received.map(([file, producing]) => [file.path, producing.id])).toEqual([['/mnt/data/report.pdf', 'ci_report']]);
    expect(await screen.findByTestId('file-view')).toHaveTextContent('report.pdf at /api/archive/new/report.pdf');
    expect(within(screen.getByRole('tabpanel')).getByText('report.pdf is available again.')).toBeInTheDocument();
  });

  it('offers no re-run without onRerun', () => {
    const files = { '/mnt/data/report.pdf': makeFile('/mnt/data/report.pdf', { availability: 'gone' }) };
    render(<AssistantMessage message={message} files={files} turn={turn} />);
    expect(screen.getByText('This file is no longer available.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Re-run in a new sandbox' })).toBeNull();
  });
});
