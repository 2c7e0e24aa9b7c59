'use client';
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useLabels } from '../../LabelsProvider.js';
import { LiveRegion } from '../../LiveRegion.js';
import type { PreviewProps } from '../preview-props.js';
import type { OpenedPdf, PdfSession } from './pdf-engine.js';
import { pdfFailureOf, type PdfFailure } from './pdf-failure.js';
import { PdfZoomControls } from './PdfZoomControls.js';
import { fitWidthZoom, zoomIn, zoomOut, zoomPercent, type ZoomMode } from './zoom.js';

/** Pages the preview lets you page through; the rest are for the download. */
export const maxPreviewPages = 50;
/** A file pdf.js cannot open in this time is given up on (its worker is ended), so a hostile file cannot hang the preview. */
const openTimeoutMs = 30_000;
const renderTimeoutMs = 30_000;

type Loading = { phase: 'opening' } | { phase: 'open'; pdf: OpenedPdf } | { phase: 'failed'; failure: PdfFailure; reason: string };
type PageState = 'rendering' | 'rendered' | 'failed';

function timedOut(): Error {
  const error = new Error('timed out');
  error.name = 'PreviewTimeout';
  return error;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timedOut()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Opens the file in pdf.js (loaded on first use) and closes it again when the bytes change or the preview goes. */
function useOpenedPdf(data: ArrayBuffer): Loading {
  // The outcome belongs to the bytes it was reached for: new bytes are "opening" until their own outcome arrives.
  const [outcome, setOutcome] = useState<{ data: ArrayBuffer; loading: Loading } | null>(null);
  useEffect(() => {
    let session: PdfSession | null = null;
    let active = true;
    const open = async () => {
      const engine = await import('./pdf-engine.js');
      if (!active) return;
      session = engine.openPdf(data);
      const pdf = await withTimeout(session.opened, openTimeoutMs);
      if (active) setOutcome({ data, loading: { phase: 'open', pdf } });
    };
    open().catch((error: unknown) => {
      if (!active) return;
      session?.close();
      const failure: PdfFailure = error instanceof Error && error.name === 'PreviewTimeout' ? 'timed-out' : pdfFailureOf(error);
      setOutcome({ data, loading: { phase: 'failed', failure, reason: error instanceof Error ? error.message : String(error) } });
    });
    return () => {
      active = false;
      session?.close();
    };
  }, [data]);
  return outcome?.data === data ? outcome.loading : { phase: 'opening' };
}

/** The width a fitted page may take: the scroll area's inner width, followed as it resizes. */
function useInnerWidth(element: HTMLElement | null): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    if (!element) return;
    const measure = () => {
      const style = getComputedStyle(element);
      const inner = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      setWidth(Math.max(0, Math.floor(inner)));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return width;
}

/**
 * A PDF shown page by page: canvas pages with a selectable text layer, previous/next and a page number field, zoom.
 * Only the first 50 pages can be paged through; pdf.js runs in a worker of its own with scripting, XFA and network
 * fetches off, and no link of the file is clickable.
 */
export function PdfPreview({ data, fileName, truncated }: PreviewProps) {
  const labels = useLabels().pdfPreview;
  const loading = useOpenedPdf(data);
  // What the pages announce (a page turned, a zoom) replaces "opened"; it belongs to the document it was said of.
  const [announcement, setAnnouncement] = useState<{ pdf: OpenedPdf; text: string } | null>(null);
  const openedPdf = loading.phase === 'open' ? loading.pdf : null;
  const announce = useCallback((text: string) => {
    if (openedPdf) setAnnouncement({ pdf: openedPdf, text });
  }, [openedPdf]);
  const message = !openedPdf ? '' : announcement?.pdf === openedPdf ? announcement.text : labels.opened(fileName, openedPdf.pageCount);

  return (
    // No region of its own: the preview frame around it is the region named after the file.
    <div data-slot="pdf-preview" data-state={loading.phase}>
      {truncated && <p data-slot="pdf-notice">{labels.partialFile}</p>}
      {loading.phase === 'opening' && (
        <p data-slot="pdf-message" data-state="opening">
          {labels.opening}
        </p>
      )}
      {loading.phase === 'failed' && (
        <p data-slot="pdf-message" data-state="failed" role="alert">
          {loading.failure === 'password'
            ? labels.passwordProtected
            : loading.failure === 'invalid'
              ? labels.invalid
              : loading.failure === 'timed-out'
                ? labels.timedOut
                : labels.failed(loading.reason)}
        </p>
      )}
      {loading.phase === 'open' && <PdfPages pdf={loading.pdf} onAnnounce={announce} />}
      <LiveRegion message={message} />
    </div>
  );
}

interface PdfPagesProps {
  pdf: OpenedPdf;
  onAnnounce(message: string): void;
}

function PdfPages({ pdf, onAnnounce }: PdfPagesProps) {
  const labels = useLabels().pdfPreview;
  const pageCount = Math.min(pdf.pageCount, maxPreviewPages);
  const [pageNumber, setPageNumber] = useState(1);
  const [pageDraft, setPageDraft] = useState('1');
  const [zoomMode, setZoomMode] = useState<ZoomMode>({ kind: 'fit-width' });
  const [shownZoom, setShownZoom] = useState<number | null>(null);
  const [scrollArea, setScrollArea] = useState<HTMLDivElement | null>(null);
  const availableWidth = useInnerWidth(scrollArea);
  const fitToWidth = zoomMode.kind === 'fit-width' ? availableWidth : null;
  const fixedZoom = zoomMode.kind === 'fixed' ? zoomMode.zoom : null;
  // The page's state belongs to the drawing it was reached for: a new page or zoom is "rendering" until it is done.
  const drawingKey = `${pageNumber}:${fixedZoom ?? `fit ${fitToWidth}`}`;
  const [drawn, setDrawn] = useState<{ key: string; state: PageState } | null>(null);
  const pageState: PageState = drawn?.key === drawingKey ? drawn.state : 'rendering';
  const pageRef = useRef<HTMLDivElement>(null);
  const canvasHostRef = useRef<HTMLDivElement>(null);
  const textHostRef = useRef<HTMLDivElement>(null);
  const pageFieldId = useId();
  const pageCountId = useId();

  useEffect(() => {
    const page = pageRef.current;
    const canvas = canvasHostRef.current;
    const text = textHostRef.current;
    if (!page || !canvas || !text) return;
    if (fitToWidth === 0) return;
    const controller = new AbortController();
    const render = async () => {
      const zoom = fixedZoom ?? fitWidthZoom(fitToWidth ?? 0, (await pdf.pageSize(pageNumber)).width);
      if (controller.signal.aborted) return;
      setShownZoom(zoom);
      await withTimeout(pdf.renderPage(pageNumber, zoom, { page, canvas, text }, controller.signal), renderTimeoutMs);
      if (!controller.signal.aborted) setDrawn({ key: drawingKey, state: 'rendered' });
    };
    render().catch(() => {
      if (controller.signal.aborted) return;
      canvas.replaceChildren();
      text.replaceChildren();
      setDrawn({ key: drawingKey, state: 'failed' });
    });
    return () => controller.abort();
  }, [pdf, pageNumber, fixedZoom, fitToWidth, drawingKey]);

  const goTo = useCallback(
    (target: number) => {
      const next = Math.min(pageCount, Math.max(1, target));
      setPageDraft(String(next));
      if (next === pageNumber) return;
      setPageNumber(next);
      scrollArea?.scrollTo({ top: 0 });
      onAnnounce(labels.pageOf(next, pageCount));
    },
    [pageCount, pageNumber, scrollArea, onAnnounce, labels],
  );

  const setZoom = (zoom: number) => {
    setZoomMode({ kind: 'fixed', zoom });
    onAnnounce(labels.zoom(zoomPercent(zoom)));
  };
  const currentZoom = shownZoom ?? 1;

  const commitPageDraft = () => {
    const typed = Number.parseInt(pageDraft.trim(), 10);
    if (Number.isInteger(typed) && typed >= 1 && typed <= pageCount) {
      goTo(typed);
    } else {
      setPageDraft(String(pageNumber));
      if (pageDraft.trim() !== String(pageNumber)) onAnnounce(labels.noSuchPage(pageCount));
    }
  };

  const onScrollAreaKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.currentTarget;
    const atBottom = target.scrollTop + target.clientHeight >= target.scrollHeight - 1;
    const atTop = target.scrollTop <= 0;
    // Page Down at the bottom of a page turns to the next one, Page Up at the top to the previous; otherwise they scroll.
    if (event.key === 'PageDown' && atBottom && pageNumber < pageCount) {
      event.preventDefault();
      goTo(pageNumber + 1);
    } else if (event.key === 'PageUp' && atTop && pageNumber > 1) {
      event.preventDefault();
      goTo(pageNumber - 1);
    } else if (event.key === '+' || event.key === '=') {
      event.preventDefault();
      setZoom(zoomIn(currentZoom));
    } else if (event.key === '-') {
      event.preventDefault();
      setZoom(zoomOut(currentZoom));
    }
  };

  const atFirst = pageNumber <= 1;
  const atLast = pageNumber >= pageCount;
  const fitted = zoomMode.kind === 'fit-width';

  return (
    <>
      {pdf.pageCount > maxPreviewPages && <p data-slot="pdf-notice">{labels.firstPagesOnly(maxPreviewPages, pdf.pageCount)}</p>}
      <div data-slot="pdf-controls" role="group" aria-label={labels.controls}>
        <div data-slot="pdf-pager">
          <button type="button" data-slot="pdf-button" aria-label={labels.previousPage} aria-disabled={atFirst} onClick={() => !atFirst && goTo(pageNumber - 1)}>
            <span aria-hidden="true">‹</span>
          </button>
          <label data-slot="pdf-page-label" htmlFor={pageFieldId}>
            {labels.page}
          </label>
          <input
            id={pageFieldId}
            data-slot="pdf-page-field"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            size={3}
            value={pageDraft}
            aria-describedby={pageCountId}
            onChange={(event) => setPageDraft(event.target.value)}
            onBlur={commitPageDraft}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                commitPageDraft();
              } else if (event.key === 'Escape') {
                setPageDraft(String(pageNumber));
              }
            }}
          />
          <span id={pageCountId} data-slot="pdf-page-count">
            {labels.ofPages(pageCount)}
          </span>
          <button type="button" data-slot="pdf-button" aria-label={labels.nextPage} aria-disabled={atLast} onClick={() => !atLast && goTo(pageNumber + 1)}>
            <span aria-hidden="true">›</span>
          </button>
        </div>
        <PdfZoomControls
          zoom={currentZoom}
          fitted={fitted}
          onZoom={setZoom}
          onFitWidth={() => {
            setZoomMode({ kind: 'fit-width' });
            onAnnounce(labels.fitWidth);
          }}
        />
      </div>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- its keys scroll and turn pages */}
      <div
        ref={setScrollArea}
        data-slot="pdf-scroll-area"
        data-state={pageState}
        role="region"
        aria-label={labels.pageOf(pageNumber, pageCount)}
        aria-busy={pageState === 'rendering'}
        // A scroll area the keyboard can reach and scroll (axe: scrollable-region-focusable); Page Up/Down at an edge turn the page.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        onKeyDown={onScrollAreaKeyDown}
      >
        <div ref={pageRef} data-slot="pdf-page" data-page-number={pageNumber}>
          <div ref={canvasHostRef} data-slot="pdf-canvas" />
          <div ref={textHostRef} data-slot="pdf-text-layer" />
        </div>
        {pageState === 'rendering' && (
          <p data-slot="pdf-message" data-state="rendering">
            {labels.renderingPage}
          </p>
        )}
        {pageState === 'failed' && (
          <p data-slot="pdf-message" data-state="failed" role="alert">
            {labels.pageFailed(pageNumber)}
          </p>
        )}
      </div>
    </>
  );
}
