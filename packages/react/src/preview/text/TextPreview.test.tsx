import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LabelsProvider } from '../../LabelsProvider.js';
import { fr } from '../../locales/fr.js';
import { TextPreview } from './TextPreview.js';

const encode = (text: string) => new TextEncoder().encode(text).buffer;

function codeText(): string {
  return Array.from(document.querySelectorAll('[data-slot="code-line-content"]'), (line) => line.textContent ?? '').join('');
}

describe('TextPreview', () => {
  it('shows Python highlighted, with the language named', () => {
    render(<TextPreview data={encode('import pandas as pd\nprint(pd.__version__)\n')} fileName="analysis.py" truncated={false} />);
    expect(document.querySelector('[data-slot="code-language"]')).toHaveTextContent('python');
    expect(codeText()).toBe('import pandas as pd\nprint(pd.__version__)\n');
    expect(document.querySelector('[data-token~="keyword"]')).toHaveTextContent('import');
    expect(screen.queryByText(/download to see all/)).not.toBeInTheDocument();
  });

  it('pretty-prints valid JSON', () => {
    render(<TextPreview data={encode('{"region":"North","revenue":[3.6,4.1]}')} fileName="summary.json" truncated={false} />);
    expect(codeText()).toBe('{\n  "region": "North",\n  "revenue": [\n    3.6,\n    4.1\n  ]\n}\n');
  });

  it('renders Markdown safely and toggles to its source', async () => {
    const user = userEvent.setup();
    render(<TextPreview data={encode('# Findings\n\nRevenue **grew**.\n\n<script>alert(1)</script>\n')} fileName="notes.md" truncated={false} />);
    expect(screen.getByRole('heading', { name: 'Findings' })).toBeInTheDocument();
    expect(document.querySelector('script')).toBeNull();
    const toggle = screen.getByRole('button', { name: 'Show Markdown source' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(toggle).toHaveFocus();
    expect(screen.queryByRole('heading', { name: 'Findings' })).not.toBeInTheDocument();
    expect(codeText()).toContain('# Findings');
    await user.click(toggle);
    expect(screen.getByRole('heading', { name: 'Findings' })).toBeInTheDocument();
  });

  it('says a truncated file shows only its first bytes, and keeps the cut JSON as it is', () => {
    const data = encode(`{"rows": [${'1, '.repeat(1000)}`);
    render(<TextPreview data={data} fileName="big.json" truncated />);
    expect(screen.getByText('Showing the first 2.9 KB — download to see all.')).toBeInTheDocument();
    expect(codeText().startsWith('{"rows": [1, 1, 1,')).toBe(true);
  });

  it('reads a file that is not UTF-8 as Windows-1252 and says so', () => {
    render(<TextPreview data={new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]).buffer} fileName="legacy.txt" truncated={false} />);
    expect(codeText()).toBe('café\n');
    expect(screen.getByText(/This file is not UTF-8; it was read as Windows-1252/)).toBeInTheDocument();
  });

  it('speaks the app’s language', () => {
    render(
      <LabelsProvider labels={fr}>
        <TextPreview data={encode('# Titre\n')} fileName="notes.md" truncated />
      </LabelsProvider>,
    );
    expect(screen.getByRole('button', { name: 'Afficher la source Markdown' })).toBeInTheDocument();
    expect(within(document.body).getByText(/téléchargez le fichier pour tout voir/)).toBeInTheDocument();
  });
});
