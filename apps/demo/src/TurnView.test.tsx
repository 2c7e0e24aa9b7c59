import { createConversationStore, parseEvent } from '@execards/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TurnView } from './TurnView.js';

function conversationWith(events: unknown[], text = 'Plot the sales') {
  const store = createConversationStore({ clock: () => 0 });
  store.dispatch({ type: 'conversation.user_message', id: 'user-1', text, attachments: [{ name: 'sales_2024.csv', bytes: 4661 }] });
  for (const event of events) store.dispatch(parseEvent(event));
  return store;
}

describe('TurnView', () => {
  it('shows the user message with its attachments and the sandbox-reset notice', () => {
    const store = conversationWith([
      {
        type: 'proxy.notice',
        code: 'container_recreated',
        message: 'The code session had expired, so a new one was started and your files were added to it again. Earlier variables are gone.',
      },
    ]);
    render(<TurnView store={store} turnId="user-1" />);
    expect(screen.getByText('Plot the sales')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Attached' })).toHaveTextContent('sales_2024.csv');
    expect(screen.getByRole('status')).toHaveTextContent('The code session had expired, so a new one was started');
  });

  it("shows the proxy's error for the turn as an alert", () => {
    const store = conversationWith([{ type: 'proxy.error', code: 'upstream_unavailable', message: 'The model service is unavailable right now. Please try again.', retryable: true }]);
    render(<TurnView store={store} turnId="user-1" />);
    expect(screen.getByRole('alert')).toHaveTextContent('The model service is unavailable right now. Please try again.');
  });

  it("renders the user's markdown like an answer's, safely: fences become code, HTML never runs", () => {
    const text = 'Run this **now**:\n\n```python\nprint("hi")\n```\n\n<img src="x" onerror="alert(1)"> [me](javascript:alert(1)) [docs](https://example.com)';
    const store = conversationWith([], text);
    const { container } = render(<TurnView store={store} turnId="user-1" />);
    const message = container.querySelector('[data-slot="user-message"]');
    expect(message?.querySelector('pre code')).toHaveTextContent('print("hi")');
    expect(message?.querySelector('strong')).toHaveTextContent('now');
    expect(message).not.toHaveTextContent('```');
    expect(message?.querySelector('img')).toBeNull();
    expect(message?.querySelector('a[href^="javascript"]')).toBeNull();
    expect(screen.getByRole('link', { name: 'docs' })).toHaveAttribute('href', 'https://example.com');
  });
});
