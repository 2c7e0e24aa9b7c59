import { examples, type Example } from './examples.js';

export interface EmptyStateProps {
  onPick(example: Example): void;
  disabled: boolean;
}

export function EmptyState({ onPick, disabled }: EmptyStateProps) {
  return (
    <section data-slot="empty-state" aria-labelledby="empty-state-title">
      <h2 id="empty-state-title">Try it with a sample</h2>
      <p>One click sends one of these requests with its bundled sample file. Or write your own message and attach CSV, Excel, Word, PDF or image files.</p>
      <ul>
        {examples.map((example) => (
          <li key={example.id}>
            <button type="button" data-slot="example" disabled={disabled} onClick={() => onPick(example)}>
              <strong>{example.title}</strong>
              <span>{example.prompt}</span>
              {example.files.length > 0 && <span data-slot="example-files">{example.files.join(', ')}</span>}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
