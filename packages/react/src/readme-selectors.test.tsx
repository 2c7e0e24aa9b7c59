import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CodeView } from './code/CodeView.js';
import { ExecutionCard } from './execution-card/index.js';
import { FileCard } from './file/FileCard.js';
import { HtmlView } from './html/HtmlView.js';
import { ImageView } from './image/ImageView.js';
import { PreviewableFileCard } from './preview/PreviewableFileCard.js';
import { AssistantMessage } from './message/AssistantMessage.js';
import { TableView } from './table/TableView.js';
import { makeCard, makeFile, makeMessage, makeTurn } from './test-support/cards.js';
import readme from '../README.md?raw';
import { withTableViewport } from './test-support/table-viewport.js';

/** The selectors in the README's styling table: the backticked code in each row's first cell. */
function readmeSelectors(): string[] {
  const start = readme.indexOf('| selector | values |');
  expect(start, 'the README has a styling table').toBeGreaterThan(-1);
  const rows = readme.slice(start).split('\n').slice(2);
  const tableRows = rows.slice(0, rows.findIndex((row) => !row.startsWith('|')));
  return tableRows.flatMap((row) => [...(row.split('|')[1] ?? '').matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? ''));
}

const pixel = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

function Gallery() {
  const chartCall = makeCard({ id: 'ci_chart', code: 'table.to_csv("/mnt/data/chart.csv")\nax.set_title("Sales")\nfig.savefig("/mnt/data/chart.png")' });
  const answer = ['**Chart**', '[*Generating your Chart…*](sandbox:/mnt/data/chart.png)', '', '**Report**', '[*Generating your report…*](sandbox:/mnt/data/report.pdf)', '', '**Later**', '[*Generating…*](sandbox:/mnt/data/later.png)'].join('\n');
  const message = makeMessage(answer, { status: 'in_progress' });
  const files = {
    '/mnt/data/chart.png': makeFile('/mnt/data/chart.png', { url: pixel, availability: 'live' }),
    '/mnt/data/report.pdf': makeFile('/mnt/data/report.pdf', { availability: 'archived' }),
    '/mnt/data/chart.csv': makeFile('/mnt/data/chart.csv', { url: 'data:text/csv,a%0A1' }),
  };
  const longCode = Array.from({ length: 30 }, (_, index) => `x${index} = ${index}`).join('\n');
  return (
    <>
      <ExecutionCard card={makeCard({ code: 'import os' })} />
      <CodeView code={longCode} />
      <ImageView src={pixel} alt="pixel" />
      <FileCard name="report.pdf" size={2048} url="/files/report.pdf" />
      <PreviewableFileCard name="notes.txt" size={5} url="data:text/plain,notes" kind="txt" previewKind="text" defaultOpen />
      <AssistantMessage message={message} files={files} turn={makeTurn([chartCall, message])} />
      <TableView rows={[['city', 'sales'], ['Berlin', '10']]} fileName="sales.csv" />
      <HtmlView html="<p>preview</p>" fileName="page.html" />
    </>
  );
}

withTableViewport();

describe('the README styling table', () => {
  it('lists selectors that match what the components render', async () => {
    const selectors = readmeSelectors();
    expect(selectors.length).toBeGreaterThan(10);
    const { container } = render(<Gallery />);
    await screen.findByRole('grid');
    await waitFor(() => expect(container.querySelector('[data-slot="html-frame"]')).not.toBeNull());
    const unmatched = selectors.filter((selector) => container.querySelector(selector) === null);
    expect(unmatched).toEqual([]);
  }, 30_000);
});
