import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HtmlView } from './html/HtmlView.js';
import { LabelsProvider } from './LabelsProvider.js';
import { TableView } from './table/TableView.js';

describe('LabelsProvider', () => {
  it('reaches the table view, under the labels the view is given', async () => {
    render(
      <LabelsProvider labels={{ table: { filter: 'Zeilen filtern', download: 'CSV herunterladen' } }}>
        <TableView csv={'a,b\n1,2\n'} parseInWorker={false} labels={{ download: 'Als CSV' }} />
      </LabelsProvider>,
    );
    expect(await screen.findByRole('searchbox', { name: 'Zeilen filtern' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Als CSV' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy cell' })).toBeInTheDocument();
  });

  it('reaches the HTML view, under the labels the view is given', async () => {
    render(
      <LabelsProvider labels={{ html: { downloadHtml: 'HTML herunterladen', downloadPng: 'PNG herunterladen' } }}>
        <HtmlView html="<p>x</p>" labels={{ downloadPng: 'Als PNG' }} />
      </LabelsProvider>,
    );
    expect(await screen.findByRole('button', { name: 'HTML herunterladen' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Als PNG' })).toBeInTheDocument();
  });
});
