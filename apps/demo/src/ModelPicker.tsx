import type { ModelOption } from '@execards/client';
import { useId } from 'react';

export interface ModelPickerProps {
  models: readonly ModelOption[];
  value: string;
  onValueChange(value: string): void;
}

/** Every configured model; those that cannot run code stay selectable, so the server's explanation can be seen. */
export function ModelPicker({ models, value, onValueChange }: ModelPickerProps) {
  const id = useId();
  return (
    <div data-slot="model-picker">
      <label htmlFor={id}>Model</label>
      <select id={id} value={value} onChange={(event) => onValueChange(event.target.value)}>
        {models.map((model) => (
          <option key={model.name} value={model.name}>
            {model.supportsCodeInterpreter ? model.label : `${model.label} (no code execution)`}
          </option>
        ))}
      </select>
    </div>
  );
}
