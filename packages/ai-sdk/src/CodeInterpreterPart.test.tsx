import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CodeInterpreterPart } from './CodeInterpreterPart.js';
import { completedPart, failedPart, interpretingPart, streamingPart } from './test-support/parts.js';

const pixel = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

function card(container: HTMLElement): HTMLElement {
  const element = container.querySelector<HTMLElement>('[data-slot="execution-card"]');
  if (!element) throw new Error('no execution card rendered');
  return element;
}

describe('CodeInterpreterPart', () => {
  it('streams the partial code on the Code tab while input is streaming', () => {
    const { container } = render(<CodeInterpreterPart part={streamingPart('import matplotlib.pyplot as plt')} title="Squares" />);
    expect(card(container)).toHaveAttribute('data-status', 'in_progress');
    expect(screen.getByRole('tab', { name: 'Code' })).toHaveAttribute('aria-selected', 'true');
    expect(container.querySelector('[data-slot="code-view"]')).toHaveAttribute('data-streaming');
    expect(container.querySelector('[data-slot="code-view"]')?.textContent).toContain('import matplotlib.pyplot as plt');
  });

  it('shows interpreting once the code is complete', () => {
    const { container } = render(<CodeInterpreterPart part={interpretingPart()} />);
    expect(card(container)).toHaveAttribute('data-status', 'interpreting');
    expect(container.querySelector('[data-slot="code-view"]')).not.toHaveAttribute('data-streaming');
  });

  it('shows the image output, and the code and logs on their tabs', async () => {
    const user = userEvent.setup();
    const { container } = render(<CodeInterpreterPart part={completedPart(pixel)} title="Squares" />);
    expect(card(container)).toHaveAttribute('data-status', 'completed');
    expect(screen.getByRole('tab', { name: 'Output' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('img', { name: 'Squares 1' })).toHaveAttribute('src', pixel);
    await user.click(screen.getByRole('tab', { name: 'Code' }));
    expect(screen.getByRole('tabpanel').textContent).toContain("plt.savefig('/mnt/data/squares.png')");
    await user.click(screen.getByRole('tab', { name: 'Logs' }));
    expect(screen.getByRole('tabpanel').textContent).toContain('saved');
  });

  it('shows a failed card with the error text', () => {
    const { container } = render(<CodeInterpreterPart part={failedPart()} />);
    expect(card(container)).toHaveAttribute('data-status', 'failed');
    expect(screen.getByText('Container is expired.')).toBeInTheDocument();
  });

  it('renders nothing for other parts', () => {
    const { container } = render(<CodeInterpreterPart part={{ type: 'text', text: 'hello' }} />);
    expect(container).toBeEmptyDOMElement();
  });
});
