'use client';
import { useLabels } from '../LabelsProvider.js';

/** "Loading preview…" while a preview's bytes or viewer arrive; with `progress`, a bar (indeterminate while the size is unknown). */
export function PreviewLoading({ progress = false, percent = null }: { progress?: boolean; percent?: number | null }) {
  const labels = useLabels();
  if (!progress) {
    return (
      <div data-slot="preview-loading" aria-busy="true">
        {labels.preview.loading(null)}
      </div>
    );
  }
  return (
    <div data-slot="preview-loading" aria-busy="true">
      <span>{labels.preview.loading(percent)}</span>
      <progress aria-label={labels.preview.loading(percent)} max={100} value={percent ?? undefined} />
    </div>
  );
}
