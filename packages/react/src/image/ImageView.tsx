'use client';
import { forwardRef, useEffect, useId, useRef, useState, type ComponentPropsWithRef, type SyntheticEvent } from 'react';
import { copyPngToClipboard, imageCopySupport, toPng } from '../clipboard/copy-image.js';
import { useLabels } from '../LabelsProvider.js';
import { LiveRegion } from '../LiveRegion.js';
import { ImageDialog } from './ImageDialog.js';
import { fetchImageBlob, isSvgSource } from './image-source.js';
import { imageBoxStyle, svgIntrinsicSize, type IntrinsicSize } from './intrinsic-size.js';

export interface ImageViewProps extends Omit<ComponentPropsWithRef<'figure'>, 'children'> {
  src: string;
  /** The image's short text alternative (its title). */
  alt: string;
  /** The figure's name, in a visually hidden `<figcaption>` (the card's heading already shows the title); defaults to `alt`. */
  caption?: string;
  /** What the image shows, read as its description (for a chart, e.g. from core's `describeChart`). */
  description?: string | null;
  /** Intrinsic size when known up front: space is reserved before the image loads. */
  width?: number;
  height?: number;
  /** Name for the download; defaults to `image`. */
  filename?: string;
  mimeType?: string | null;
}

type LoadState = 'loading' | 'loaded' | 'error';
type CopyState = 'idle' | 'copying' | 'copied' | 'unsupported' | 'failed';

interface DisplaySource {
  /** The source this display URL was made for; a stale one is ignored. */
  for: string;
  url: string | null;
  failed: boolean;
  /** For SVG, the size the file states (its natural size in the browser may be made up). */
  size: IntrinsicSize | null;
}

/** Resolves what <img> may load: the URL itself, or for SVG a blob URL of its bytes. */
function useDisplaySource(src: string, svg: boolean, attempt: number): Omit<DisplaySource, 'for'> {
  const [display, setDisplay] = useState<DisplaySource | null>(null);
  useEffect(() => {
    if (!svg) return;
    const controller = new AbortController();
    let objectUrl: string | null = null;
    fetchImageBlob(src, controller.signal)
      .then(async (blob) => {
        const size = svgIntrinsicSize(await blob.text());
        if (controller.signal.aborted) return;
        objectUrl = URL.createObjectURL(new Blob([blob], { type: 'image/svg+xml' }));
        setDisplay({ for: `${src}#${attempt}`, url: objectUrl, failed: false, size });
      })
      .catch(() => {
        if (!controller.signal.aborted) setDisplay({ for: `${src}#${attempt}`, url: null, failed: true, size: null });
      });
    return () => {
      controller.abort();
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [src, svg, attempt]);
  if (!svg) return { url: src, failed: false, size: null };
  if (display?.for !== `${src}#${attempt}`) return { url: null, failed: false, size: null };
  return display;
}

/** A generated image: reserved space, skeleton, full-size dialog, copy as PNG, download, failure with retry. */
export const ImageView = forwardRef<HTMLElement, ImageViewProps>(function ImageView({ src, alt, caption, description, width, height, filename = 'image', mimeType, style, ...props }: ImageViewProps, ref) {
  const labels = useLabels();
  const [attempt, setAttempt] = useState(0);
  const [loadState, setLoadState] = useState<{ attempt: number; state: LoadState; width?: number; height?: number }>({ attempt: 0, state: 'loading' });
  const svg = isSvgSource(src, mimeType);
  const display = useDisplaySource(src, svg, attempt);
  const current: LoadState = display.failed ? 'error' : loadState.attempt === attempt ? loadState.state : 'loading';
  const naturalWidth = width ?? display.size?.width ?? loadState.width;
  const naturalHeight = height ?? display.size?.height ?? loadState.height;
  const [dialogOpen, setDialogOpen] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const [copyState, setCopyState] = useState<CopyState>('idle');
  const descriptionId = useId();
  const captionId = useId();
  const name = caption ?? alt;
  // The image sits inside the "view full size" button, whose name hides its alt: the description is tied to the button.
  const described = Boolean(description);

  function onLoad(event: SyntheticEvent<HTMLImageElement>) {
    const image = event.currentTarget;
    setLoadState({ attempt, state: 'loaded', width: image.naturalWidth || undefined, height: image.naturalHeight || undefined });
  }

  function copy() {
    if (imageCopySupport() !== 'supported') {
      setCopyState('unsupported');
      return;
    }
    setCopyState('copying');
    // The promise goes to ClipboardItem unresolved: the write starts within the click's user gesture.
    copyPngToClipboard(fetchImageBlob(src).then(toPng)).then(
      () => setCopyState('copied'),
      () => setCopyState('failed'),
    );
  }

  const copyMessage = copyState === 'copied' ? labels.imageCopied : copyState === 'unsupported' ? labels.imageCopyUnsupported : copyState === 'failed' ? labels.imageCopyFailed : '';
  const boxStyle = imageBoxStyle(naturalWidth && naturalHeight ? { width: naturalWidth, height: naturalHeight } : null);

  return (
    <figure data-slot="image-view" data-state={current} style={style} aria-labelledby={captionId} ref={ref} {...props}>
      {/* Names the figure (aria-labelledby works on hidden text); hidden so the title is not read twice beside the card heading. */}
      <figcaption data-slot="image-caption" id={captionId} className="xc-visually-hidden" aria-hidden="true">
        {name}
      </figcaption>
      {current === 'error' ? (
        <div data-slot="image-error" role="alert">
          <p>{labels.downloadFailureMessage}</p>
          <button type="button" data-slot="retry-button" onClick={() => setAttempt((value) => value + 1)}>
            {labels.retry}
          </button>
        </div>
      ) : (
        <button
          ref={triggerRef}
          type="button"
          data-slot="image-trigger"
          aria-label={`${labels.openImage}: ${name}`}
          aria-describedby={described ? descriptionId : undefined}
          onClick={() => setDialogOpen(true)}
          disabled={current !== 'loaded'}
          style={boxStyle}
        >
          {current === 'loading' && <span data-slot="image-skeleton" role="img" aria-label={labels.loadingImage} />}
          {display.url !== null && (
            <img key={attempt} data-slot="image" src={display.url} alt={alt} width={naturalWidth} height={naturalHeight} decoding="async" onLoad={onLoad} onError={() => setLoadState({ attempt, state: 'error' })} />
          )}
        </button>
      )}
      {described && (
        <p data-slot="image-description" id={descriptionId} className="xc-visually-hidden">
          {description}
        </p>
      )}
      <div data-slot="image-actions">
        {/* Busy copying: aria-disabled keeps the focus on the button (disabled would drop it to <body>). */}
        <button
          type="button"
          data-slot="copy-image-button"
          data-state={copyState}
          onClick={copyState === 'copying' ? undefined : copy}
          disabled={current !== 'loaded'}
          aria-disabled={copyState === 'copying' || undefined}
          aria-label={copyState === 'copied' ? undefined : labels.copyImageOf(filename)}
        >
          {copyState === 'copied' ? labels.imageCopied : labels.copyImage}
        </button>
        <a data-slot="download-link" href={display.url ?? src} download={filename} aria-label={labels.downloadFile(filename)}>
          {labels.download}
        </a>
        {(copyState === 'unsupported' || copyState === 'failed') && <span data-slot="image-copy-message">{copyMessage}</span>}
      </div>
      <LiveRegion message={copyMessage} />
      {display.url !== null && <ImageDialog open={dialogOpen} onClose={() => setDialogOpen(false)} src={display.url} alt={description || alt} label={name} returnFocusTo={triggerRef} />}
    </figure>
  );
});
ImageView.displayName = 'ImageView';
