import { render, screen } from '@testing-library/react';
import { createInitialState, type ConversationState } from '@execards/core';
import { describe, expect, it } from 'vitest';
import { makeCard, makeFile, makeMessage } from '../test-support/cards.js';
import readme from '../../README.md?raw';
import example from './QuickStart.tsx?raw';
import { Chat } from './QuickStart.js';

describe('README example', () => {
  it('is in the README verbatim', () => {
    expect(readme).toContain(`\`\`\`tsx\n${example}\`\`\``);
  });

  it('renders a conversation: the call as a card and the message with its file card', () => {
    const message = makeMessage('**Quarterly report**\n[*Generating your report…*](sandbox:/mnt/data/report.pdf)');
    const state: ConversationState = {
      ...createInitialState(),
      turns: [{ id: 'turn_1', user: null, response: null, items: [makeCard({ code: 'doc.save("/mnt/data/report.pdf")' }), message], lastSequenceNumber: 10 }],
      files: { '/mnt/data/report.pdf': makeFile('/mnt/data/report.pdf') },
    };
    render(<Chat state={state} />);
    expect(screen.getAllByText('Completed')).toHaveLength(2);
    expect(screen.getByText('Quarterly report')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download report.pdf' })).toBeEnabled();
  });
});
