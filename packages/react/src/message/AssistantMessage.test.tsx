import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeCard, makeFile, makeMessage, makeTurn } from '../test-support/cards.js';
import { AssistantMessage } from './AssistantMessage.js';
import type { OutputViewProps } from './output-components.js';

const answer = [
  'Here is what I found.',
  '',
  '**Monthly sales chart**',
  '[*Generating your Chart…*](sandbox:/mnt/data/sales_chart.png)',
  '',
  '**Cleaned data**',
  '[*Generating your table…*](sandbox:/mnt/data/clean.csv)',
  '',
  '**Full report**',
  '[*Generating your report…*](sandbox:/mnt/data/report.pdf)',
  '',
  'See also [the docs](https://example.com/docs) and [this](javascript:alert(1)).',
].join('\n');

const files = {
  '/mnt/data/sales_chart.png': makeFile('/mnt/data/sales_chart.png', { url: 'data:image/png;base64,iVBORw0KGgo=' }),
  '/mnt/data/clean.csv': makeFile('/mnt/data/clean.csv'),
  '/mnt/data/report.pdf': makeFile('/mnt/data/report.pdf', { bytes: 120_000 }),
};

function StubTable({ file, title }: OutputViewProps) {
  return <p data-testid="table-view">{`${title ?? ''}: ${file.filename}`}</p>;
}

describe('AssistantMessage', () => {
  it('turns each sandbox link into the right card, titled by the bold line above it', () => {
    const chartCall = makeCard({ id: 'ci_chart', code: 'plt.savefig("/mnt/data/sales_chart.png")' });
    const message = makeMessage(answer);
    const { container } = render(<AssistantMessage message={message} files={files} turn={makeTurn([chartCall, message])} components={{ Table: StubTable }} />);
    const cards = [...container.querySelectorAll('[data-path]')];
    expect(cards.map((card) => [card.getAttribute('data-path'), card.getAttribute('data-kind')])).toEqual([
      ['/mnt/data/sales_chart.png', 'image'],
      ['/mnt/data/clean.csv', 'csv'],
      ['/mnt/data/report.pdf', 'pdf'],
    ]);
    expect(cards[0]?.querySelector('[data-slot="execution-card-title"]')).toHaveTextContent('Monthly sales chart');
    expect(cards[0]?.querySelector('img')).toHaveAttribute('alt', 'Monthly sales chart');
    expect(screen.getByTestId('table-view')).toHaveTextContent('Cleaned data: clean.csv');
    expect(cards[2]?.querySelector('[data-slot="file-card"]')).toHaveAttribute('data-kind', 'pdf');
    // The title lines moved into the cards; the prose stays.
    expect(screen.queryByText('**Monthly sales chart**')).toBeNull();
    expect(screen.getByText('Here is what I found.')).toBeInTheDocument();
  });

  it('gives each card the code of the call that produced the file', () => {
    const chartCall = makeCard({ id: 'ci_chart', code: 'fig.savefig("/mnt/data/sales_chart.png")' });
    const otherCall = makeCard({ id: 'ci_other', code: 'print(1)' });
    const message = makeMessage(answer);
    const { container } = render(<AssistantMessage message={message} files={files} turn={makeTurn([chartCall, otherCall, message])} components={{ Table: StubTable }} />);
    const chartCard = container.querySelector('[data-path="/mnt/data/sales_chart.png"]');
    expect(chartCard?.querySelector('[data-slot="code-view"]')).toHaveTextContent('fig.savefig("/mnt/data/sales_chart.png")');
  });

  it('shows the "Generating your …" placeholder until the file is known, then the failure message once the response settled', () => {
    const message = makeMessage('**Chart**\n[*Generating your Chart…*](sandbox:/mnt/data/later.png)', { status: 'in_progress' });
    const { rerender, container } = render(<AssistantMessage message={message} files={{}} />);
    expect(container.querySelector('[data-slot="output-card"]')).toHaveAttribute('data-state', 'pending');
    expect(screen.getByText('Generating your Chart…')).toBeInTheDocument();
    rerender(<AssistantMessage message={{ ...message, status: 'completed' }} files={{}} />);
    expect(screen.getByRole('alert')).toHaveTextContent('The file could not be downloaded. Please try again.');
  });

  it('keeps safe links, neutralizes unsafe schemes and renders GFM tables', () => {
    render(<AssistantMessage message={makeMessage('[docs](https://example.com) [bad](javascript:alert(1)) [data](data:text/html,x)\n\n| a | b |\n|---|---|\n| 1 | 2 |')} />);
    expect(screen.getByRole('link', { name: 'docs' })).toHaveAttribute('href', 'https://example.com');
    expect(screen.queryByRole('link', { name: 'bad' })).toBeNull();
    expect(screen.getByText('bad').closest('[href]')).toBeNull();
    expect(screen.getByText('data').closest('[href]')).toBeNull();
  });

  it('renders a GFM table as the TableView, with its header and rows', async () => {
    render(<AssistantMessage message={makeMessage('| a | b |\n|---|---:|\n| 1 | **2** |\n| 3 | 4 |')} />);
    const grid = await screen.findByRole('grid');
    expect(grid.closest('[data-slot="markdown-table-view"]')).not.toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('makes an inline sandbox link a download link once its file is known', () => {
    render(<AssistantMessage message={makeMessage('Download [the report](sandbox:/mnt/data/report.pdf) when ready.')} files={files} />);
    expect(screen.getByRole('link', { name: 'the report' })).toHaveAttribute('href', '/files/report.pdf');
  });

  it('while streaming, re-renders only the growing block', () => {
    const first = 'First paragraph.\n\nSecond, still';
    const { container, rerender } = render(<AssistantMessage message={makeMessage(first, { status: 'in_progress' })} />);
    const firstParagraph = container.querySelector('p');
    rerender(<AssistantMessage message={makeMessage(`${first} growing.`, { status: 'in_progress' })} />);
    expect(container.querySelector('p')).toBe(firstParagraph);
    expect(container).toHaveTextContent('Second, still growing.');
  });

  it('describes a chart from its call\'s code, and lets the host replace the description', () => {
    const message = makeMessage('**Monthly sales chart**\n[*Generating your Chart…*](sandbox:/mnt/data/sales_chart.png)');
    const call = makeCard({ code: 'plt.plot(months, sales, label="Sales")\nplt.title("Sales per month")\nplt.xlabel("Month")\nplt.savefig("/mnt/data/sales_chart.png")' });
    const files = { '/mnt/data/sales_chart.png': makeFile('/mnt/data/sales_chart.png') };
    const { rerender } = render(<AssistantMessage message={message} files={files} turn={makeTurn([call, message])} />);
    const trigger = () => screen.getByRole('button', { name: 'View full size: Monthly sales chart' });
    expect(trigger()).toHaveAccessibleDescription('Line chart “Sales per month”: Month on the x-axis; series: Sales.');
    expect(screen.getByRole('figure', { name: 'Monthly sales chart' })).toBeInTheDocument();
    rerender(<AssistantMessage message={message} files={files} turn={makeTurn([call, message])} describeChart={(card, file) => `${file.filename} from ${card.id}`} />);
    expect(trigger()).toHaveAccessibleDescription('sales_chart.png from ci_1');
    // No "Show data as a table" without a CSV beside the chart.
    expect(screen.queryByRole('button', { name: 'Show data as a table' })).toBeNull();
  });
});
