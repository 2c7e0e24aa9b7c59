import { fileLinks, markdownTableIn } from './answer-text.js';
import { callStep, filesOf, messageStep, type ScriptedTurn } from './scripted-turn.js';
import { filesCode } from './files-scenario-code.js';
import type { TurnInput } from './scenarios.js';

const markdownTableHelper = String.raw`def markdown_table(frame):
    header = "| " + " | ".join(map(str, frame.columns)) + " |"
    rule = "| " + " | ".join("---" for _ in frame.columns) + " |"
    rows = ["| " + " | ".join(map(str, row)) + " |" for row in frame.itertuples(index=False)]
    return "\n".join([header, rule, *rows])
`;

/** The test scenarios, each played when the message is exactly its name (or `scenario: <name>`). */
export const capabilities = [
  '- **chart**: a line chart (PNG and SVG) of your CSV, or of sample data',
  '- **table**: CSV tables, including a wide one',
  '- **html**: an interactive HTML page with a script',
  '- **files**: a PDF, a DOCX, an XLSX, a Markdown and a JSON file (PPTX is not available: Debian has no python-pptx)',
  '- **error**: a failing call, then one that recovers',
  '- **logs**: a call with very long output',
  '- **multi**: several calls in one turn',
  '- or put Python in a fenced ```python block and I run it as is',
  '- a fenced ```markdown block is echoed as my answer (after running any python blocks)',
].join('\n');

function chartTurn(csvPath: string | undefined): ScriptedTurn {
  const load = csvPath
    ? String.raw`df = pd.read_csv(${JSON.stringify(csvPath)})
numeric = df.select_dtypes("number")
if numeric.empty:
    numeric = pd.DataFrame({"rows": range(1, len(df) + 1)})
x = range(len(df)) if df.columns[0] in numeric.columns else df.iloc[:, 0].astype(str)
title = ${JSON.stringify(csvPath.split('/').pop() ?? 'data')}
key = df.columns[0]
if key not in numeric.columns and not numeric.empty and df[key].duplicated().any():
    # Several rows per x value (e.g. one per month and region): one line per category, summed.
    categories = [c for c in df.columns[1:] if c not in numeric.columns and 1 < df[c].nunique() <= 8]
    value = numeric.columns[-1]
    if categories:
        numeric = df.pivot_table(index=key, columns=categories[0], values=value, aggfunc="sum")
        title = f"{value} by {categories[0]} ({title})"
    else:
        numeric = df.groupby(key)[list(numeric.columns)].sum()
    x = numeric.index.astype(str)`
    : String.raw`rng = np.random.default_rng(7)
months = pd.date_range("2025-01-01", periods=12, freq="MS").strftime("%b")
df = pd.DataFrame({"month": months, "north": (100 + rng.normal(0, 8, 12).cumsum()).round(1), "south": (80 + rng.normal(0, 6, 12).cumsum()).round(1)})
numeric = df[["north", "south"]]
x = df["month"]
title = "Monthly sales (sample data)"`;
  const code = String.raw`import numpy as np
import pandas as pd
import matplotlib.pyplot as plt

${load}
fig, ax = plt.subplots(figsize=(8, 4.5))
for column in list(numeric.columns)[:5]:
    ax.plot(x, numeric[column], marker="o", label=str(column))
ax.set_title(title)
ax.grid(alpha=0.3)
ax.legend()
fig.autofmt_xdate()
fig.savefig("/mnt/data/line_chart.png", dpi=120, bbox_inches="tight")
fig.savefig("/mnt/data/line_chart.svg", bbox_inches="tight")
plt.show()
numeric.describe().round(2)
`;
  return {
    scenario: 'chart',
    steps: [
      { kind: 'reasoning' },
      callStep(code),
      messageStep((results) =>
        results[0]?.status === 'completed'
          ? `Here is a line chart of ${csvPath ? `\`${csvPath.split('/').pop() ?? ''}\`` : 'some sample monthly data'}, as PNG and as SVG.\n\n${fileLinks(filesOf(results))}`
          : `The chart could not be drawn: \`${results[0]?.error ?? 'unknown error'}\`.`,
      ),
    ],
  };
}

function tableTurn(csvPath: string | undefined): ScriptedTurn {
  const source = csvPath
    ? `df = pd.read_csv(${JSON.stringify(csvPath)})`
    : String.raw`rng = np.random.default_rng(11)
df = pd.DataFrame({
    "order_id": range(1001, 1201),
    "region": rng.choice(["North", "South", "East", "West"], 200),
    "product": rng.choice(["Widget", "Gadget", "Doohickey"], 200),
    "units": rng.integers(1, 50, 200),
    "unit_price": rng.choice([9.5, 12.0, 19.99], 200),
})
df["revenue"] = (df["units"] * df["unit_price"]).round(2)`;
  const code = String.raw`import numpy as np
import pandas as pd

${markdownTableHelper}
${source}
df.to_csv("/mnt/data/sales_table.csv", index=False)
wide = pd.DataFrame(np.arange(50 * 40).reshape(50, 40), columns=[f"metric_{i:02d}" for i in range(40)])
wide.insert(0, "row", [f"row {i}" for i in range(50)])
wide.to_csv("/mnt/data/wide_table.csv", index=False)
print(markdown_table(df.head(5)))
print(f"{len(df)} rows x {len(df.columns)} columns; wide table: {wide.shape[0]} rows x {wide.shape[1]} columns")
`;
  return {
    scenario: 'table',
    steps: [
      { kind: 'reasoning' },
      callStep(code),
      messageStep((results) => {
        const result = results[0];
        if (result?.status !== 'completed') return `The table could not be built: \`${result?.error ?? 'unknown error'}\`.`;
        return ['Here are the first rows of the table:', markdownTableIn(result.logs), 'The full table and a wide one (41 columns) are saved as CSV:', fileLinks(filesOf(results))].join('\n\n');
      }),
    ],
  };
}

const htmlCode = String.raw`page = """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Counter</title>
<style>body{font-family:sans-serif;padding:1rem} .bar{fill:#4f7cff}</style></head>
<body>
<h1>Interactive counter</h1>
<p>Clicks: <output id="count">0</output></p>
<button id="add" type="button">Add one</button>
<svg id="chart" width="300" height="120" role="img" aria-label="Click history"></svg>
<script>
let clicks = 0;
const bars = [];
document.getElementById("add").addEventListener("click", () => {
  clicks += 1;
  document.getElementById("count").textContent = String(clicks);
  bars.push(clicks);
  const svg = document.getElementById("chart");
  svg.innerHTML = bars.slice(-10).map((value, index) =>
    '<rect class="bar" x="' + index * 30 + '" y="' + (120 - value * 10) + '" width="24" height="' + value * 10 + '"></rect>').join("");
});
</script>
</body>
</html>
"""
with open("/mnt/data/interactive_page.html", "w", encoding="utf-8") as handle:
    handle.write(page)
len(page)
`;


const failingCode = String.raw`import pandas as pd

df = pd.read_csv("/mnt/data/quarterly_numbers.csv")
df.head()
`;

const recoveringCode = String.raw`import pandas as pd

df = pd.DataFrame({"quarter": ["Q1", "Q2", "Q3", "Q4"], "revenue": [120, 134, 150, 171]})
df.to_csv("/mnt/data/quarterly_numbers.csv", index=False)
print("The file was missing, so I created it with sample numbers.")
df
`;

const logsCode = String.raw`for step in range(1, 3001):
    print(f"step {step:4d}: loss={1 / step:.6f} accuracy={1 - 1 / (step + 1):.4f}")
"done"
`;

function multiTurn(): ScriptedTurn {
  return {
    scenario: 'multi',
    steps: [
      { kind: 'reasoning' },
      callStep(String.raw`import numpy as np
import pandas as pd

rng = np.random.default_rng(3)
scores = pd.DataFrame({"student": [f"S{i:02d}" for i in range(1, 21)], "score": rng.integers(55, 100, 20)})
scores["score"].describe().round(1)
`),
      { kind: 'reasoning' },
      callStep(String.raw`scores.sort_values("score", ascending=False).to_csv("/mnt/data/scores.csv", index=False)
len(scores)
`),
      { kind: 'reasoning' },
      callStep(String.raw`import matplotlib.pyplot as plt

fig, ax = plt.subplots(figsize=(7, 4))
ax.hist(scores["score"], bins=8, color="#4f7cff")
ax.set_title("Score distribution")
fig.savefig("/mnt/data/score_histogram.png", dpi=110, bbox_inches="tight")
plt.close(fig)
"saved"
`),
      messageStep((results) => `I summarised the scores, saved them sorted, and drew their distribution in ${results.length} steps.\n\n${fileLinks(filesOf(results))}`),
    ],
  };
}

export const namedScenarios: Array<{ name: string; build: (input: TurnInput) => ScriptedTurn }> = [
  {
    name: 'error',
    build: () => ({
      scenario: 'error',
      steps: [
        { kind: 'reasoning' },
        callStep(failingCode),
        { kind: 'reasoning' },
        callStep(recoveringCode),
        messageStep((results) =>
          [
            `The first attempt failed (\`${results[0]?.error ?? 'no error'}\`), so I created the missing file and continued.`,
            fileLinks(filesOf(results)),
          ].join('\n\n'),
        ),
      ],
    }),
  },
  {
    name: 'logs',
    build: () => ({
      scenario: 'logs',
      steps: [callStep(logsCode), messageStep(() => 'The loop printed 3,000 lines; the logs above are cut at the output limit.')],
    }),
  },
  { name: 'multi', build: multiTurn },
  {
    name: 'html',
    build: () => ({
      scenario: 'html',
      steps: [callStep(htmlCode), messageStep((results) => `Here is an interactive page with a button and a small chart.\n\n${fileLinks(filesOf(results))}`)],
    }),
  },
  {
    name: 'files',
    build: () => ({
      scenario: 'files',
      steps: [
        { kind: 'reasoning' },
        callStep(filesCode),
        messageStep((results) =>
          [
            'I created a three-page PDF report, a Word document, an Excel workbook with two sheets, a Markdown note and the figures as JSON. (PowerPoint files cannot be made here: Debian has no python-pptx.)',
            fileLinks(filesOf(results)),
          ].join('\n\n'),
        ),
      ],
    }),
  },
  { name: 'chart', build: (input) => chartTurn(firstCsv(input)) },
  { name: 'table', build: (input) => tableTurn(firstCsv(input)) },
];

function firstCsv(input: TurnInput): string | undefined {
  return input.userFiles.find((file) => file.toLowerCase().endsWith('.csv'));
}

/**
 * The test scenarios answer only when asked for by name: the message is exactly the scenario's word
 * (`chart`, `error`…) or starts with `scenario: <name>`. A user's sentence never lands in one by accident.
 */
export function explicitScenario(text: string): string | undefined {
  const trimmed = text.trim();
  const prefixed = /^scenario:\s*([a-z]+)\b/i.exec(trimmed);
  const word = prefixed?.[1] ?? /^([a-z]+)[.!]?$/i.exec(trimmed)?.[1];
  const name = word?.toLowerCase();
  return namedScenarios.some((scenario) => scenario.name === name) ? name : undefined;
}
