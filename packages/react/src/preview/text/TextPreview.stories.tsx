import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { TextPreview } from './TextPreview.js';

const encode = (text: string) => new TextEncoder().encode(text).buffer;

const python = `"""Monthly revenue by region, from the uploaded sales export."""
import pandas as pd
import matplotlib.pyplot as plt

df = pd.read_csv("/mnt/data/sales.csv", parse_dates=["date"])
df["month"] = df["date"].dt.to_period("M")
monthly = df.pivot_table(index="month", columns="region", values="revenue", aggfunc="sum")

fig, ax = plt.subplots(figsize=(8, 4))
monthly.plot(ax=ax, marker="o")
ax.set_title("Revenue per month and region")
ax.set_ylabel("Revenue (USD)")
fig.tight_layout()
fig.savefig("/mnt/data/revenue_by_region.png", dpi=150)

summary = monthly.describe().round(1)
summary.to_csv("/mnt/data/summary.csv")
print(summary)
`;

const json = '{"generated":"2026-01-01T09:30:00Z","regions":[{"name":"North","revenue":4100000,"growth":0.12},{"name":"South","revenue":3700000,"growth":0.06}],"order_id":12345678901234567890,"notes":null}';

const markdown = `# Sales findings

Revenue grew **12%** over the previous quarter, led by the *North* region.

| Region | Q1 | Q2 |
|---|---:|---:|
| North | 3.6M | 4.1M |
| South | 3.5M | 3.7M |

- The West region declined slightly.
- Returns stayed below 2%.

<script>alert("raw HTML stays text")</script>
`;

function logLines(count: number): string {
  const levels = ['INFO', 'INFO', 'DEBUG', 'WARNING'];
  return Array.from({ length: count }, (_, index) => {
    const second = String(index % 60).padStart(2, '0');
    return `2026-01-01 09:${String(Math.floor(index / 60) % 60).padStart(2, '0')}:${second} ${levels[index % levels.length] ?? 'INFO'} matplotlib.font_manager: findfont: scoring font ${index}\n`;
  }).join('');
}

const meta = {
  title: 'Outputs/File previews/TextPreview',
  component: TextPreview,
  args: { data: encode(python), fileName: 'revenue_by_region.py', truncated: false },
} satisfies Meta<typeof TextPreview>;

export default meta;
type Story = StoryObj<typeof meta>;

export const PythonScript: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector('[data-slot="code-language"]')).toHaveTextContent('python');
    await expect(canvasElement.querySelector('[data-token~="keyword"]')).toHaveTextContent('import');
    await expect(canvas.getByRole('region', { name: 'Code' })).toHaveTextContent('fig.savefig("/mnt/data/revenue_by_region.png", dpi=150)');
    await expect(canvas.queryByText(/download to see all/)).toBeNull();
  },
};

export const JsonPrettyPrinted: Story = {
  args: { data: encode(json), fileName: 'summary.json' },
  play: async ({ canvasElement }) => {
    const lines = Array.from(canvasElement.querySelectorAll('[data-slot="code-line-content"]'), (line) => line.textContent?.replace(/\n$/, ''));
    await expect(lines.slice(0, 4)).toEqual(['{', '  "generated": "2026-01-01T09:30:00Z",', '  "regions": [', '    {']);
    // Numbers are copied as written: a JavaScript number would round this one.
    await expect(lines).toContain('  "order_id": 12345678901234567890,');
    await expect(canvasElement.querySelector('[data-slot="code-language"]')).toHaveTextContent('json');
  },
};

export const MarkdownRendered: Story = {
  args: { data: encode(markdown), fileName: 'findings.md' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Sales findings' })).toBeVisible();
    await expect(canvas.getByRole('table')).toHaveTextContent('North3.6M4.1M');
    await expect(canvas.getByText('<script>alert("raw HTML stays text")</script>', { exact: false })).toBeVisible();
    await expect(canvasElement.querySelector('script')).toBeNull();

    const toggle = canvas.getByRole('button', { name: 'Show Markdown source' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(toggle).toHaveFocus();
    await expect(canvas.queryByRole('heading', { name: 'Sales findings' })).toBeNull();
    await expect(canvasElement.querySelector('[data-slot="code-language"]')).toHaveTextContent('markdown');
    await expect(canvas.getByRole('region', { name: 'Code' })).toHaveTextContent('# Sales findings');
    await userEvent.keyboard(' ');
    await waitFor(() => expect(canvas.getByRole('heading', { name: 'Sales findings' })).toBeVisible());
  },
};

const truncatedLog = new TextEncoder().encode(logLines(4000)).slice(0, 64 * 1024).buffer;

export const TruncatedLog: Story = {
  args: { data: truncatedLog, fileName: 'matplotlib_debug.log', truncated: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Showing the first 64 KB — download to see all.')).toBeVisible();
    await expect(canvasElement.querySelector('[data-slot="code-language"]')).toHaveTextContent('text');
    const more = canvas.getByRole('button', { name: /^Show [\d,]+ more lines$/ });
    await userEvent.click(more);
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    await expect(more).toHaveFocus();
  },
};
