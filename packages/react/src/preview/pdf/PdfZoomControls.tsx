'use client';
import { useLabels } from '../../LabelsProvider.js';
import { maxZoom, minZoom, zoomIn, zoomOut, zoomPercent } from './zoom.js';

export interface PdfZoomControlsProps {
  zoom: number;
  /** The page follows the preview's width. */
  fitted: boolean;
  onZoom: (zoom: number) => void;
  onFitWidth: () => void;
}

/** − / the zoom / + / Fit width, for the PDF preview's control bar. */
export function PdfZoomControls({ zoom, fitted, onZoom, onFitWidth }: PdfZoomControlsProps) {
  const labels = useLabels().pdfPreview;
  return (
    <div data-slot="pdf-zoom">
      <button
        type="button"
        data-slot="pdf-button"
        aria-label={labels.zoomOut}
        aria-disabled={zoom <= minZoom}
        onClick={() => zoom > minZoom && onZoom(zoomOut(zoom))}
      >
        <span aria-hidden="true">−</span>
      </button>
      <span data-slot="pdf-zoom-level">{labels.zoom(zoomPercent(zoom))}</span>
      <button
        type="button"
        data-slot="pdf-button"
        aria-label={labels.zoomIn}
        aria-disabled={zoom >= maxZoom}
        onClick={() => zoom < maxZoom && onZoom(zoomIn(zoom))}
      >
        <span aria-hidden="true">+</span>
      </button>
      <button
        type="button"
        data-slot="pdf-button"
        aria-pressed={fitted}
        onClick={onFitWidth}
      >
        {labels.fitWidth}
      </button>
    </div>
  );
}
