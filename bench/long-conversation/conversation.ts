/**
 * A long working session as events: turns cycling a chart, a table, an HTML report and a file download from one
 * uploaded CSV, each a code run and an answer citing its output, in the shapes and order of the recorded streams
 * (core's synthetic stream), chunked like upstream deltas, with the proxy's `proxy.file` after each citation.
 */
import { syntheticStream } from '../../packages/core/src/test-support/synthetic-stream.js';

export type TurnKind = 'chart' | 'table' | 'html' | 'file';

export interface TurnScript {
  readonly kind: TurnKind;
  readonly user: { readonly id: string; readonly text: string };
  readonly events: readonly Record<string, unknown>[];
}

const kinds: readonly TurnKind[] = ['chart', 'table', 'html', 'file'];

/** Upstream sends a few characters per delta. */
function chunks(text: string, size = 4): string[] {
  const out: string[] = [];
  for (let index = 0; index < text.length; index += size) out.push(text.slice(index, index + size));
  return out;
}

const output: Record<TurnKind, { name: (n: number) => string; prompt: string; code: string; title: string; image: boolean }> = {
  chart: {
    name: (n) => `sales_by_month_${n}.png`,
    prompt: 'Plot monthly revenue from the CSV as a bar chart.',
    code: "import pandas as pd\nimport matplotlib.pyplot as plt\ndf = pd.read_csv('/mnt/data/sales_2024.csv', parse_dates=['date'])\nmonthly = df.groupby(df['date'].dt.to_period('M'))['revenue'].sum()\nax = monthly.plot(kind='bar', figsize=(10, 5), color='#4c78a8')\nax.set_title('Revenue by month, 2024')\nax.set_ylabel('Revenue (EUR)')\nplt.tight_layout()\nplt.savefig('/mnt/data/{file}')\nprint(monthly.describe())\n",
    title: '**Revenue by month**',
    image: true,
  },
  table: {
    name: (n) => `top_products_${n}.csv`,
    prompt: 'Make a table of the top products by revenue.',
    code: "import pandas as pd\ndf = pd.read_csv('/mnt/data/sales_2024.csv')\ntop = df.groupby('product')[['units', 'revenue']].sum().sort_values('revenue', ascending=False)\ntop.to_csv('/mnt/data/{file}')\nprint(top.head(10))\n",
    title: '**Top products**',
    image: false,
  },
  html: {
    name: (n) => `report_${n}.html`,
    prompt: 'Write an HTML report of the year with the key figures.',
    code: "import pandas as pd\ndf = pd.read_csv('/mnt/data/sales_2024.csv')\nhtml = '<h1>2024</h1>' + df.describe().to_html()\nopen('/mnt/data/{file}', 'w').write(html)\nprint(len(html))\n",
    title: '**Yearly report**',
    image: false,
  },
  file: {
    name: (n) => `summary_${n}.json`,
    prompt: 'Export a JSON summary per region.',
    code: "import pandas as pd\ndf = pd.read_csv('/mnt/data/sales_2024.csv')\ndf.groupby('region')['revenue'].sum().to_json('/mnt/data/{file}')\nprint('done')\n",
    title: '**Summary per region**',
    image: false,
  },
};

const prose =
  'Revenue grows through the spring, dips in August and peaks in November, when the holiday orders land. The three largest regions carry most of the year, and the smaller ones follow the same shape a month later. ';

/** Turn `n` (1-based) of the session; `kind` defaults to the cycle. */
export function turnScript(n: number, kind: TurnKind = kinds[(n - 1) % kinds.length] ?? 'chart'): TurnScript {
  const spec = output[kind];
  const file = spec.name(n);
  const link = `${spec.image ? '!' : ''}[${file}](sandbox:/mnt/data/${file})`;
  const text = `${prose}Here is what I found.\n\n${spec.title}\n\n${link}\n\n${prose}`;
  const stream = syntheticStream({
    responseId: `resp_${n}`,
    containerId: 'cntr_bench',
    items: [
      { kind: 'reasoning', id: `rs_${n}`, summaryChunks: chunks('Reading the CSV, then grouping by month.', 8) },
      { kind: 'call', id: `ci_${n}`, codeChunks: chunks(spec.code.replace('{file}', file)), logs: 'count     12.0\nmean   84210.5\nmax   131002.0\n' },
      { kind: 'message', id: `msg_${n}`, textChunks: chunks(text), citedFiles: [file] },
    ],
  });
  const events: Record<string, unknown>[] = [];
  for (const event of stream) {
    events.push(event);
    if (event.type === 'response.output_text.annotation.added') {
      events.push({ type: 'proxy.file', container_id: 'cntr_bench', file_id: `cfile_${n}`, filename: file, path: `/mnt/data/${file}`, bytes: 2048, url: `/files/${kind}/${file}` });
    }
  }
  return { kind, user: { id: `user-${n}`, text: spec.prompt }, events };
}

/** Deltas the measured turn streams (the events that only add text or code). */
export function deltaCount(script: TurnScript): number {
  return script.events.filter((event) => String(event.type).endsWith('.delta')).length;
}
