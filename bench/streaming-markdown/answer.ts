/**
 * A long assistant answer as a model writes one: sections with a heading, paragraphs with emphasis, inline code and
 * links, bulleted and numbered lists, and a fenced Python block every third section. Deterministic (seeded), so every
 * run and both renderers stream the same bytes.
 */
const words = ['revenue', 'quarter', 'median', 'region', 'forecast', 'outlier', 'column', 'rows', 'growth', 'sample', 'trend', 'variance', 'total', 'average', 'chart', 'series', 'product', 'units', 'weekly', 'missing'];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function sentence(next: () => number, index: number): string {
  const length = 9 + Math.floor(next() * 12);
  const parts = Array.from({ length }, () => words[Math.floor(next() * words.length)] ?? 'data').map((word, position) => {
    const roll = next();
    if (position === 2 && roll < 0.3) return `**${word}**`;
    if (position === 5 && roll < 0.3) return `\`${word}_${index}\``;
    if (position === 7 && roll < 0.15) return `[${word}](https://example.com/${word}/${index})`;
    return word;
  });
  const text = parts.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(next: () => number, index: number): string {
  return Array.from({ length: 3 + Math.floor(next() * 3) }, (_, position) => sentence(next, index * 10 + position)).join(' ');
}

function codeBlock(next: () => number, index: number): string {
  const column = words[index % words.length] ?? 'value';
  return [
    '```python',
    'import pandas as pd',
    `df = pd.read_csv("/mnt/data/sales_${index}.csv")`,
    `df["${column}"] = df["${column}"].fillna(0)`,
    `summary = df.groupby("region")["${column}"].agg(["sum", "mean", "count"])`,
    `top = summary.sort_values("sum", ascending=False).head(${3 + Math.floor(next() * 5)})`,
    'print(top.to_string())',
    '```',
  ].join('\n');
}

/** Markdown of about `bytes` characters (ASCII, so characters and bytes agree). */
export function generateAnswer(bytes: number, seed = 19): string {
  const next = random(seed);
  const sections: string[] = [];
  let size = 0;
  for (let index = 0; size < bytes; index += 1) {
    const blocks = [`## ${index + 1}. ${words[index % words.length] ?? 'Part'} by region`, paragraph(next, index), paragraph(next, index + 1000)];
    blocks.push(
      index % 2 === 0
        ? Array.from({ length: 4 }, (_, item) => `- ${sentence(next, index * 100 + item)}`).join('\n')
        : Array.from({ length: 3 }, (_, item) => `${item + 1}. ${sentence(next, index * 100 + item)}`).join('\n'),
    );
    if (index % 3 === 2) blocks.push(codeBlock(next, index));
    const section = `${blocks.join('\n\n')}\n\n`;
    sections.push(section);
    size += section.length;
  }
  return sections.join('').slice(0, bytes);
}

/** The answer cut into `count` deltas of (nearly) equal length, at any character, as tokens arrive. */
export function deltaEnds(length: number, count: number): number[] {
  return Array.from({ length: count }, (_, index) => Math.round(((index + 1) * length) / count));
}
