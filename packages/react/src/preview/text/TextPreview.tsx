'use client';
import { useMemo, useState } from 'react';
import { CodeView } from '../../code/CodeView.js';
import { useLabels } from '../../LabelsProvider.js';
import { MarkdownText } from '../../message/MarkdownText.js';
import type { PreviewProps } from '../preview-props.js';
import { decodeText } from './decode-text.js';
import { prettyJson, textFormat } from './text-format.js';

/** Lines shown before "Show N more lines": a screenful of the file. */
const collapsedLines = 30;

/**
 * A text-like file (TXT, LOG, JSON, Markdown, Python, SQL, YAML…): highlighted by its extension's language, JSON
 * re-indented when valid, Markdown rendered by the kit's safe renderer with a toggle to its source.
 */
export function TextPreview({ data, fileName, truncated }: PreviewProps) {
  const labels = useLabels();
  const format = useMemo(() => textFormat(fileName), [fileName]);
  const decoded = useMemo(() => decodeText(data, truncated), [data, truncated]);
  // A file's final newline ends its last line; shown, it would add an empty numbered line.
  const shown = useMemo(() => (format.kind === 'json' ? prettyJson(decoded.text).text : decoded.text.replace(/\r?\n$/, '')), [format, decoded]);
  const [showSource, setShowSource] = useState(false);
  const language = format.kind === 'code' ? format.language : format.kind === 'json' ? 'json' : 'markdown';
  const rendered = format.kind === 'markdown' && !showSource;

  return (
    <div data-slot="text-preview" data-format={format.kind}>
      {truncated || decoded.encoding === 'windows-1252' ? (
        <div data-slot="preview-notes">
          {truncated ? <p data-slot="preview-note">{labels.previewShowingFirst(data.byteLength)}</p> : null}
          {decoded.encoding === 'windows-1252' ? <p data-slot="preview-note">{labels.previewDecodedAsWindows1252}</p> : null}
        </div>
      ) : null}
      {format.kind === 'markdown' ? (
        <button type="button" data-slot="markdown-source-toggle" aria-pressed={showSource} onClick={() => setShowSource((current) => !current)}>
          {labels.markdownShowSource}
        </button>
      ) : null}
      {rendered ? (
        // A long document scrolls inside its box; the box takes focus so keyboard users can scroll it too.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        <div data-slot="text-preview-document" role="region" aria-label={fileName} tabIndex={0}>
          <MarkdownText text={shown} />
        </div>
      ) : (
        <CodeView code={shown} language={language} collapsedLines={collapsedLines} />
      )}
    </div>
  );
}
