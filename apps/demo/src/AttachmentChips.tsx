import { formatBytes, type UploadItem } from '@execards/client';

export interface AttachmentChipsProps {
  items: readonly UploadItem[];
  onRemove(id: string): void;
}

export function AttachmentChips({ items, onRemove }: AttachmentChipsProps) {
  if (items.length === 0) return null;
  return (
    <ul data-slot="attachments" aria-label="Attached files">
      {items.map((item) => {
        const percent = item.size > 0 ? Math.round((item.loaded / item.size) * 100) : 100;
        return (
          <li key={item.id} data-slot="attachment" data-status={item.status}>
            <span data-slot="attachment-name">{item.name}</span>
            <span data-slot="attachment-size">{formatBytes(item.size)}</span>
            {item.status === 'uploading' && (
              <progress max={100} value={percent} aria-label={`Uploading ${item.name}`}>
                {percent}%
              </progress>
            )}
            {item.status === 'uploaded' && <span data-slot="attachment-state">Ready</span>}
            {item.status === 'failed' && (
              <span data-slot="attachment-error" role="alert">
                {item.error}
              </span>
            )}
            <button type="button" data-slot="attachment-remove" aria-label={`Remove ${item.name}`} onClick={() => onRemove(item.id)}>
              ×
            </button>
          </li>
        );
      })}
    </ul>
  );
}
