import readme from '../../packages/react/README.md?raw';

export interface SelectorRow {
  readonly selector: string;
  readonly values: string;
}

/** The rows of the README's Styling table (`| selector | values |`), the one list of the kit's styling hooks. */
export function readmeSelectorRows(markdown: string = readme): SelectorRow[] {
  const start = markdown.indexOf('| selector | values |');
  if (start === -1) return [];
  const rows: SelectorRow[] = [];
  for (const line of markdown.slice(start).split('\n').slice(2)) {
    if (!line.startsWith('|')) break;
    const cells = line.split(/(?<!\\)\|/).slice(1, -1);
    if (cells.length === 2) rows.push({ selector: (cells[0] ?? '').trim(), values: (cells[1] ?? '').trim() });
  }
  return rows;
}

/** Which README rows belong to which component's docs page, by the `data-slot` names each renders. */
const slotsByComponent: Readonly<Record<string, readonly string[]>> = {
  ExecutionCard: ['"execution-card"', 'execution-card-tab', 'execution-card-provenance', 'provenance-entry', 'copy-button', 'data-outcome', 'data-token'],
  StatusBadge: ['data-outcome'],
  FileAvailability: ['file-availability', 'data-availability'],
  CodeView: ['"code-view"', 'copy-button', 'data-token'],
  ImageView: ['image-view'],
  FileCard: ['file-card'],
  PreviewableFileCard: ['previewable-file', 'file-preview'],
  AssistantMessage: ['output-card', 'data-path', 'file-availability', 'data-availability'],
  TableView: ['table-'],
  HtmlView: ['html-'],
  CodeInterpreterPart: ['"execution-card"', 'execution-card-tab', 'data-outcome'],
  CodeInterpreterTool: ['"execution-card"', 'execution-card-tab', 'data-outcome'],
};

export function selectorsFor(component: string, rows: readonly SelectorRow[] = readmeSelectorRows()): SelectorRow[] {
  const needles = slotsByComponent[component] ?? [];
  return rows.filter((row) => needles.some((needle) => row.selector.includes(needle)));
}
