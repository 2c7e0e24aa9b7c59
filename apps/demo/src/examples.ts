/** One-click starters: each sends a prompt with bundled sample files, covering every kind of output card. */
export interface Example {
  id: string;
  title: string;
  prompt: string;
  /** Files under `public/samples/` attached before sending. */
  files: readonly string[];
}

export const examples: readonly Example[] = [
  { id: 'chart', title: 'Chart', prompt: 'Make a chart of monthly revenue by region from sales_2024.csv.', files: ['sales_2024.csv'] },
  { id: 'table', title: 'Table', prompt: 'Show the revenue per region as a table from sales_2024.csv.', files: ['sales_2024.csv'] },
  { id: 'html', title: 'HTML report', prompt: 'Build an interactive html report of units sold per product from sales_2024.csv.', files: ['sales_2024.csv'] },
  { id: 'files', title: 'Files', prompt: 'Turn budget_2025.xlsx into files: a PDF report, a Word document and an Excel workbook.', files: ['budget_2025.xlsx'] },
  { id: 'recover', title: 'Recovery', prompt: 'Run a step that fails, then recover from the error.', files: [] },
];

/** Fetches a bundled sample as a `File`, ready to attach. */
export async function loadSample(name: string): Promise<File> {
  const response = await fetch(`/samples/${encodeURIComponent(name)}`);
  if (!response.ok) throw new Error(`The sample file ${name} could not be loaded.`);
  const blob = await response.blob();
  return new File([blob], name, { type: blob.type });
}
