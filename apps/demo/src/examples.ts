/** One-click starters: the product's five use cases, each with the bundled sample file it talks about. */
export interface Example {
  id: string;
  title: string;
  prompt: string;
  /** Files under `public/samples/` attached before sending. */
  files: readonly string[];
}

export const examples: readonly Example[] = [
  {
    id: 'growth',
    title: 'Sales growth',
    prompt: "I've uploaded sales_2024.csv. Can you calculate monthly revenue growth and visualize it with a line chart?",
    files: ['sales_2024.csv'],
  },
  { id: 'clean', title: 'Clean a workbook', prompt: 'Convert this Excel workbook into separate cleaned CSVs per sheet and fix inconsistent date formats.', files: ['orders_2024.xlsx'] },
  { id: 'pdf-table', title: 'PDF table', prompt: 'Extract the table from page 3 of this PDF into a CSV and summarize the key metrics by category.', files: ['annual_report.pdf'] },
  {
    id: 'forecast',
    title: 'Forecast',
    prompt: "Forecast next quarter's website traffic from the last 24 months using ARIMA and plot the prediction with confidence intervals.",
    files: ['website_traffic.csv'],
  },
  { id: 'outliers', title: 'Outliers', prompt: 'Prototype a function that detects outliers using z-scores and show it working on a small synthetic dataset.', files: [] },
];

/** Fetches a bundled sample as a `File`, ready to attach. */
export async function loadSample(name: string): Promise<File> {
  const response = await fetch(`/samples/${encodeURIComponent(name)}`);
  if (!response.ok) throw new Error(`The sample file ${name} could not be loaded.`);
  const blob = await response.blob();
  return new File([blob], name, { type: blob.type });
}
