import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ExecutionCard } from '../execution-card/index.js';
import { LabelsProvider } from '../LabelsProvider.js';
import { makeCard } from '../test-support/cards.js';
import { de } from './de.js';

describe('an execution card under the German labels', () => {
  it('shows its status, tabs, timeline and copy button in German', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <LabelsProvider labels={de}>
        <ExecutionCard card={makeCard({ startedAt: 1_700_000_000_000, completedAt: 1_700_000_065_000 })} output={<p>Tabelle</p>} />
      </LabelsProvider>,
    );
    expect(container.querySelector('[data-slot="status-badge"]')).toHaveTextContent('Abgeschlossen');
    expect(screen.getByRole('tablist', { name: 'Details zur Ausführung' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Ausgabe' })).toHaveAttribute('aria-selected', 'true');
    expect(container.querySelector('[data-name="outcome"] dd')).toHaveTextContent('abgeschlossen');
    expect(container).toHaveTextContent('1 Min. 05 Sek.');
    await user.click(screen.getByRole('tab', { name: 'Code' }));
    expect(screen.getByRole('button', { name: 'Code kopieren' })).toBeInTheDocument();
    expect(container).not.toHaveTextContent(/Completed|Copy code|Output/);
  });
});
