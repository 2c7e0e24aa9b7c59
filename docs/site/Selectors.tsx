import { Markdown } from '@storybook/addon-docs/blocks';
import { selectorsFor } from './selectors.js';

/** The `data-slot` / `data-state` attributes a component renders, from the package README's Styling table. */
export function Selectors({ component }: { component: string }) {
  const rows = selectorsFor(component);
  if (rows.length === 0) return null;
  const table = ['| selector | values |', '|---|---|', ...rows.map((row) => `| ${row.selector} | ${row.values} |`)].join('\n');
  return (
    <>
      <h2 id="selectors">Styling selectors</h2>
      <p>Style and test this component by these attributes, never by class names (they come from the package README).</p>
      <Markdown>{table}</Markdown>
    </>
  );
}
