export { chartPng } from '../../../../tooling/storybook/chart-png.js';

export const svgDiagram = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="160" viewBox="0 0 320 160"><rect width="320" height="160" fill="#eef3ff"/><circle cx="80" cy="80" r="50" fill="#1f77b4"/><rect x="170" y="30" width="110" height="100" fill="#ff7f0e"/><script>document.title="owned"</script></svg>',
)}`;

/** Python that looks like what the model writes, `lines` long. */
export function longPython(lines: number): string {
  const block = ['import pandas as pd', 'import matplotlib.pyplot as plt', '', 'def summarize(frame):', '    """Mean and spread per column."""', '    return frame.describe().T', ''];
  const out: string[] = [];
  for (let index = 0; out.length < lines; index += 1) out.push(...block.map((line) => line.replace('summarize', `summarize_${index}`)));
  return out.slice(0, lines).join('\n');
}
