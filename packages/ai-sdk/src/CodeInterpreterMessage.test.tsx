import { render, screen } from '@testing-library/react';
import { HeadingLevelProvider } from '@execards/react';
import { describe, expect, it } from 'vitest';
import { CodeInterpreterMessage } from './CodeInterpreterMessage.js';
import { citationPart, completedPart, containerId, interpretingPart } from './test-support/parts.js';

const pixel = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
const answer = 'Here it is.\n\n**Squares chart**\n[*Generating your Chart…*](sandbox:/mnt/data/squares.png)\n\nDone.';

describe('CodeInterpreterMessage', () => {
  it('shows a linked file as its output card titled by the bold line, with the producing call inside (not twice)', () => {
    const message = { id: 'm1', role: 'assistant', parts: [completedPart(pixel), { type: 'text', text: answer, state: 'done' }, citationPart('squares.png', 'cfile_png')] };
    const { container } = render(<CodeInterpreterMessage message={message} fileUrl={(file) => `/api/files?c=${file.containerId}&f=${file.fileId}`} />);
    const cards = container.querySelectorAll('[data-slot="execution-card"]');
    expect(cards).toHaveLength(1);
    expect(cards[0]).toHaveAttribute('data-path', '/mnt/data/squares.png');
    expect(screen.getByRole('region', { name: 'Squares chart' })).toContainElement(screen.getByRole('heading', { level: 3, name: 'Squares chart' }));
    expect(screen.getByRole('img', { name: /Squares chart/ })).toHaveAttribute('src', `/api/files?c=${containerId}&f=cfile_png`);
    expect(screen.getByRole('tab', { name: 'Code' })).toBeInTheDocument();
    expect(screen.getByText('Here it is.')).toBeInTheDocument();
  });

  it("takes its cards' heading level from the kit's HeadingLevelProvider, so the host page's outline holds", () => {
    const message = { id: 'm1', role: 'assistant', parts: [completedPart(pixel), { type: 'text', text: answer, state: 'done' }, citationPart('squares.png', 'cfile_png')] };
    render(
      <HeadingLevelProvider level={2}>
        <CodeInterpreterMessage message={message} fileUrl={(file) => `/api/files?c=${file.containerId}&f=${file.fileId}`} />
      </HeadingLevelProvider>,
    );
    expect(screen.getByRole('region', { name: 'Squares chart' })).toContainElement(screen.getByRole('heading', { level: 2, name: 'Squares chart' }));
  });

  it('shows a call whose output no link shows as its own card, in part order', () => {
    const message = { id: 'm1', parts: [{ type: 'text', text: 'Working on it.' }, interpretingPart()] };
    const { container } = render(<CodeInterpreterMessage message={message} streaming />);
    const slots = [...container.querySelectorAll('[data-slot="assistant-message"], [data-slot="execution-card"]')].map((element) => element.getAttribute('data-slot'));
    expect(slots).toEqual(['assistant-message', 'execution-card']);
    expect(container.querySelector('[data-slot="execution-card"]')).toHaveAttribute('data-status', 'interpreting');
  });

  it('while streaming, a linked file not yet cited is a placeholder; once settled, the failure message', () => {
    const message = { id: 'm1', parts: [{ type: 'text', text: answer }] };
    const { container, rerender } = render(<CodeInterpreterMessage message={message} streaming />);
    expect(container.querySelector('[data-slot="output-card"]')).toHaveAttribute('data-state', 'pending');
    rerender(<CodeInterpreterMessage message={message} />);
    expect(container.querySelector('[data-slot="output-card"]')).toHaveAttribute('data-state', 'missing');
    expect(screen.getByRole('alert')).toHaveTextContent('The file could not be downloaded');
  });

  it('shows an auto-captured plot (zero-span citation) on the latest call when no card has the image', () => {
    const call = { ...completedPart(pixel), output: { outputs: null } };
    const message = { id: 'm1', parts: [call, { type: 'text', text: 'The plot is above.' }, citationPart('cfile_auto.png', 'cfile_auto')] };
    const { container } = render(<CodeInterpreterMessage message={message} fileUrl={(file) => `/files/${file.fileId}`} />);
    const auto = container.querySelector('[data-path="/mnt/data/cfile_auto.png"]');
    expect(auto).toHaveAttribute('data-slot', 'execution-card');
    expect(auto?.querySelector('img')).toHaveAttribute('src', '/files/cfile_auto');
  });

  it('does not repeat an auto-captured plot whose image the call already shows', () => {
    const message = { id: 'm1', parts: [completedPart(pixel), { type: 'text', text: 'Done.' }, citationPart('cfile_auto.png', 'cfile_auto')] };
    const { container } = render(<CodeInterpreterMessage message={message} fileUrl={(file) => `/files/${file.fileId}`} />);
    expect(container.querySelector('[data-path="/mnt/data/cfile_auto.png"]')).toBeNull();
    expect(container.querySelectorAll('img')).toHaveLength(1);
  });
});
