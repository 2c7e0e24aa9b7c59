'use client';
import { forwardRef, useEffect, useMemo, useRef, useState, type ComponentPropsWithRef } from 'react';
import { flushSync } from 'react-dom';
import { buildFrameDocument } from './frame-document.js';
import { frameMessageSchema, frameMessageType, type FrameMessage } from './frame-messages.js';
import { checkHtmlSource, loadHtml, type HtmlSourceProps, type LoadedHtml } from './html-source.js';
import type { HtmlLabels } from './labels.js';
import { useLabels } from '../LabelsProvider.js';
import { dataUrlToBlob, downloadBlob } from './download-blob.js';

export interface PngExport {
  blob: Blob;
  width: number;
  height: number;
}

export interface HtmlViewProps extends HtmlSourceProps, Omit<ComponentPropsWithRef<'div'>, 'children'> {
  /** Name for "Download HTML"; the PNG gets the same name with `.png` (default `page.html`). */
  fileName?: string;
  /** The frame follows its content's height within these bounds, in pixels (default 80…600). */
  minHeight?: number;
  maxHeight?: number;
  labels?: Partial<HtmlLabels>;
  /** How long the frame may take to produce a PNG (default 15 s). */
  captureTimeoutMs?: number;
  /** Called with every PNG exported, before it is downloaded. */
  onPngExport?: (png: PngExport) => void;
  /** Set false to only report PNGs through `onPngExport` without starting a download. */
  downloadPng?: boolean;
}

export type HtmlViewState = 'loading' | 'rendering' | 'ready' | 'error';
export type HtmlExportState = 'idle' | 'exporting' | 'done' | 'failed';

/** Where keyboard focus is, for the hint under the frame: elsewhere, inside the page, or on the hint after Escape. */
type KeyboardPlace = 'outside' | 'inside' | 'left';

type PngReply = Extract<FrameMessage, { type: typeof frameMessageType.png | typeof frameMessageType.pngError }>;

interface Loaded {
  for: string | Blob;
  /** Bumped on every load, so a new page gets a fresh frame. */
  version: number;
  result: { ok: true; html: LoadedHtml } | { ok: false; error: string };
}

function pngName(fileName: string): string {
  return `${fileName.replace(/\.html?$/i, '')}.png`;
}

/** A generated HTML page previewed in a sandboxed `srcdoc` frame with a restrictive CSP, with download and export as PNG. */
export const HtmlView = forwardRef<HTMLDivElement, HtmlViewProps>(function HtmlView({
  html,
  src,
  fileName = 'page.html',
  minHeight = 80,
  maxHeight = 600,
  labels: labelOverrides,
  captureTimeoutMs = 15_000,
  onPngExport,
  downloadPng = true,
  ...rootProps
}: HtmlViewProps, ref) {
  const providedLabels = useLabels().html;
  const labels = useMemo(() => ({ ...providedLabels, ...labelOverrides }), [labelOverrides, providedLabels]);
  const check = useMemo(() => checkHtmlSource({ html, src }), [html, src]);
  const sourceKey = html ?? src ?? '';
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    if (!check.ok) return;
    const controller = new AbortController();
    loadHtml(check.props, controller.signal).then(
      (result) => setLoaded((previous) => ({ for: sourceKey, version: (previous?.version ?? 0) + 1, result: { ok: true, html: result } })),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const message = error instanceof Error ? error.message : String(error);
        setLoaded((previous) => ({ for: sourceKey, version: (previous?.version ?? 0) + 1, result: { ok: false, error: message } }));
      },
    );
    return () => controller.abort();
  }, [check, sourceKey]);

  const current = loaded?.for === sourceKey ? loaded.result : null;
  const version = loaded?.version ?? 0;
  const error = !check.ok ? check.error : current && !current.ok ? current.error : null;

  return (
    <div data-slot="html-view" data-state={error !== null ? 'error' : current ? undefined : 'loading'} ref={ref} {...rootProps}>
      {error !== null ? (
        <p role="alert" data-slot="html-message" data-kind="error">
          {labels.loadFailed(error)}
        </p>
      ) : current?.ok ? (
        <PreviewFrame
          key={version}
          loaded={current.html}
          fileName={fileName}
          minHeight={minHeight}
          maxHeight={maxHeight}
          labels={labels}
          captureTimeoutMs={captureTimeoutMs}
          onPngExport={onPngExport}
          downloadPng={downloadPng}
        />
      ) : (
        <p data-slot="html-message" data-kind="loading">
          {labels.loading}
        </p>
      )}
    </div>
  );
});
HtmlView.displayName = 'HtmlView';

interface PreviewFrameProps {
  loaded: LoadedHtml;
  fileName: string;
  minHeight: number;
  maxHeight: number;
  labels: HtmlLabels;
  captureTimeoutMs: number;
  onPngExport: ((png: PngExport) => void) | undefined;
  downloadPng: boolean;
}

function PreviewFrame({ loaded, fileName, minHeight, maxHeight, labels, captureTimeoutMs, onPngExport, downloadPng }: PreviewFrameProps) {
  const frameRef = useRef<HTMLIFrameElement>(null);
  const [channel] = useState(() => crypto.randomUUID());
  const srcDoc = useMemo(() => buildFrameDocument(loaded.text, channel), [loaded.text, channel]);
  const [contentHeight, setContentHeight] = useState<number | null>(null);
  const [ready, setReady] = useState(false);
  const [exportState, setExportState] = useState<HtmlExportState>('idle');
  const pendingReplies = useRef(new Map<string, (reply: PngReply) => void>());
  const hintRef = useRef<HTMLParagraphElement>(null);
  const [keyboard, setKeyboard] = useState<KeyboardPlace>('outside');

  useEffect(() => {
    const onMessage = (event: MessageEvent<unknown>): void => {
      // Only the frame this component rendered may talk to it, and only in the agreed shapes.
      if (!frameRef.current || event.source !== frameRef.current.contentWindow) return;
      const parsed = frameMessageSchema.safeParse(event.data);
      if (!parsed.success || parsed.data.channel !== channel) return;
      const message = parsed.data;
      if (message.type === frameMessageType.height) setContentHeight(message.height);
      else if (message.type === frameMessageType.ready) setReady(true);
      else if (message.type === frameMessageType.keyboardFocus) setKeyboard((place) => (message.inside ? 'inside' : place === 'inside' ? 'outside' : place));
      else if (message.type === frameMessageType.leave) {
        // Only while focus is in this frame: a page cannot pull focus from elsewhere by posting "leave".
        if (document.activeElement !== frameRef.current) return;
        // The hint is shown before it is focused (a hidden element cannot take focus).
        flushSync(() => setKeyboard('left'));
        hintRef.current?.focus();
      } else pendingReplies.current.get(message.id)?.(message);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [channel]);

  const requestPng = (): Promise<PngExport> =>
    new Promise((resolve, reject) => {
      const target = frameRef.current?.contentWindow;
      if (!target) {
        reject(new Error('the preview is not loaded'));
        return;
      }
      const id = crypto.randomUUID();
      const timer = setTimeout(() => {
        pendingReplies.current.delete(id);
        reject(new Error('the preview did not answer in time'));
      }, captureTimeoutMs);
      pendingReplies.current.set(id, (reply) => {
        clearTimeout(timer);
        pendingReplies.current.delete(id);
        if (reply.type === frameMessageType.pngError) reject(new Error(reply.message));
        else resolve({ blob: dataUrlToBlob(reply.dataUrl), width: reply.width, height: reply.height });
      });
      // The frame's origin is opaque, so '*' is the only target that reaches it; the request holds no secret.
      target.postMessage({ type: frameMessageType.capture, channel, id }, '*');
    });

  const exportPng = (): void => {
    if (exportState === 'exporting' || !ready) return;
    setExportState('exporting');
    requestPng().then(
      (png) => {
        setExportState('done');
        onPngExport?.(png);
        if (downloadPng) downloadBlob(png.blob, pngName(fileName));
      },
      () => setExportState('failed'),
    );
  };

  useEffect(() => {
    const hint = hintRef.current;
    if (keyboard !== 'left' || !hint) return;
    const onBlur = (): void => setKeyboard((place) => (place === 'left' ? 'outside' : place));
    hint.addEventListener('blur', onBlur);
    return () => hint.removeEventListener('blur', onBlur);
  }, [keyboard]);

  const height = Math.round(Math.min(maxHeight, Math.max(minHeight, contentHeight ?? minHeight)));
  const state: HtmlViewState = ready ? 'ready' : 'rendering';

  return (
    <>
      <div data-slot="html-toolbar">
        <button type="button" data-slot="html-download" onClick={() => downloadBlob(loaded.bytes, fileName)}>
          {labels.downloadHtml}
        </button>
        {/* aria-disabled, not disabled: a button that disables itself under the pointer or keyboard drops focus to <body>. */}
        <button
          type="button"
          data-slot="html-export-png"
          onClick={exportPng}
          aria-disabled={exportState === 'exporting' || !ready || undefined}
          aria-busy={exportState === 'exporting'}
        >
          {exportState === 'exporting' ? labels.exporting : labels.downloadPng}
        </button>
        <span role="status" data-slot="html-export-status" data-state={exportState}>
          {exportState === 'failed' ? labels.exportFailed : exportState === 'done' ? (downloadPng ? labels.pngDownloaded : labels.pngCreated) : ''}
        </span>
      </div>
      <div data-slot="html-frame-box" data-state={state} data-keyboard={keyboard === 'outside' ? undefined : keyboard}>
        <iframe
          ref={frameRef}
          data-slot="html-frame"
          title={labels.frameTitle}
          // Scripts only: no same-origin (so no cookies, storage or parent DOM), popups, forms, modals or top navigation.
          sandbox="allow-scripts"
          srcDoc={srcDoc}
          referrerPolicy="no-referrer"
          style={{ height }}
          onLoad={() => setReady(true)}
        />
        {state === 'rendering' ? (
          <p data-slot="html-message" data-kind="loading">
            {labels.loading}
          </p>
        ) : null}
      </div>
      {/* After the frame in the DOM: from here Tab moves on past the page and Shift+Tab goes back into it. */}
      <p data-slot="html-keyboard-hint" ref={hintRef} tabIndex={-1}>
        {keyboard === 'left' ? labels.keyboardLeft : labels.keyboardHint}
      </p>
    </>
  );
}
