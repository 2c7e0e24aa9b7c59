'use client';
import { forwardRef, memo, useId, useLayoutEffect, useMemo, useRef, useState, type ComponentPropsWithRef, type ReactNode, type UIEvent } from 'react';
import { CopyButton } from '../clipboard/CopyButton.js';
import { useLabels } from '../LabelsProvider.js';
import { useControllableState } from '../use-controllable-state.js';
import { createLineHighlighter, type HighlightedLine } from './line-highlighter.js';
import { visibleLineWindow } from './visible-line-window.js';

export interface CodeViewProps extends Omit<ComponentPropsWithRef<'div'>, 'children'> {
  code: string;
  /** A Prism language id; unknown ids render plain text. */
  language?: string;
  /** Code is still arriving: shows a caret, follows the newest line, never collapses. */
  streaming?: boolean;
  showLineNumbers?: boolean;
  /** Lines shown while collapsed; longer code gets a "Show N more lines" control. */
  collapsedLines?: number;
  expanded?: boolean;
  defaultExpanded?: boolean;
  onExpandedChange?: (expanded: boolean) => void;
  /** Height of the scrolling viewport, in lines, once the code is expanded or streaming. */
  viewportLines?: number;
  /** Line height in pixels (also the virtualization row height). */
  lineHeight?: number;
}

/** Beyond this many rendered lines only the visible window (plus overscan) is in the DOM. */
const virtualizeAbove = 200;
const overscanLines = 20;

const CodeLine = memo(function CodeLine({ tokens, number, showNumber, caret }: { tokens: HighlightedLine; number: number; showNumber: boolean; caret: boolean }) {
  return (
    <span data-slot="code-line">
      {showNumber && (
        <span data-slot="code-line-number" aria-hidden="true">
          {number}
        </span>
      )}
      <span data-slot="code-line-content">
        {tokens.map((token, index) => (
          <span key={index} data-token={token.types.join(' ')}>
            {token.content}
          </span>
        ))}
        {caret && <span data-slot="code-caret" aria-hidden="true" />}
        {'\n'}
      </span>
    </span>
  );
});

/** Highlighted code with line numbers, copy, collapse and a streaming mode that stays fast at 10,000 lines. */
export const CodeView = forwardRef<HTMLDivElement, CodeViewProps>(function CodeView({
  code,
  language = 'python',
  streaming = false,
  showLineNumbers = true,
  collapsedLines = 12,
  expanded: expandedProp,
  defaultExpanded = false,
  onExpandedChange,
  viewportLines = 24,
  lineHeight = 20,
  style,
  ...props
}: CodeViewProps, ref) {
  const labels = useLabels();
  const scrollerId = useId();
  const [expanded, setExpanded] = useControllableState({ value: expandedProp, defaultValue: defaultExpanded, onChange: onExpandedChange, name: 'CodeView' });
  const highlighter = useMemo(() => createLineHighlighter(language), [language]);
  const lines = useMemo(() => highlighter.highlight(code.replace(/\r\n?/g, '\n')), [highlighter, code]);

  const collapsible = !streaming && lines.length > collapsedLines;
  const collapsed = collapsible && !expanded;
  const shownCount = collapsed ? collapsedLines : lines.length;
  const virtualized = shownCount > virtualizeAbove;
  const scrolls = streaming || (!collapsed && lines.length > viewportLines);

  const scrollerRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [followTail, setFollowTail] = useState(true);
  const following = streaming && followTail;
  const range = visibleLineWindow({
    lineCount: shownCount,
    lineHeight,
    viewportLines,
    scrollTop,
    virtualized,
    pinnedToEnd: following,
    overscan: overscanLines,
  });

  useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    if (following && scroller) scroller.scrollTop = scroller.scrollHeight;
  }, [following, lines.length]);

  function onScroll(event: UIEvent<HTMLDivElement>) {
    const scroller = event.currentTarget;
    setScrollTop(scroller.scrollTop);
    if (streaming) setFollowTail(scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < lineHeight * 2);
  }

  const rows: ReactNode[] = [];
  for (let index = range.start; index < range.end; index += 1) {
    const tokens = lines[index];
    if (tokens) rows.push(<CodeLine key={index} tokens={tokens} number={index + 1} showNumber={showLineNumbers} caret={streaming && index === lines.length - 1} />);
  }

  return (
    <div
      data-slot="code-view"
      data-state={collapsible ? (collapsed ? 'collapsed' : 'expanded') : undefined}
      data-streaming={streaming ? 'true' : undefined}
      style={{ ['--xc-code-line-height' as string]: `${lineHeight}px`, ...style }}
      ref={ref}
      {...props}
    >
      <div data-slot="code-toolbar">
        <span data-slot="code-language">{language}</span>
        <CopyButton data-slot="copy-button" text={code} label={labels.copyCode} announcement={labels.codeCopiedAnnouncement} />
      </div>
      <div
        ref={scrollerRef}
        id={scrollerId}
        data-slot="code-scroller"
        role="region"
        aria-label={labels.codeRegionLabel}
        aria-busy={streaming || undefined}
        // Scrollable regions must be reachable by keyboard (axe scrollable-region-focusable).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        onScroll={onScroll}
        style={scrolls ? { maxHeight: viewportLines * lineHeight + 16 } : undefined}
      >
        <pre data-slot="code-pre">
          <code data-language={language}>
            {range.paddingTop > 0 && <span data-slot="code-spacer" aria-hidden="true" style={{ height: range.paddingTop }} />}
            {rows}
            {range.paddingBottom > 0 && <span data-slot="code-spacer" aria-hidden="true" style={{ height: range.paddingBottom }} />}
          </code>
        </pre>
        {collapsed && <div data-slot="code-fade" aria-hidden="true" />}
      </div>
      {collapsible && (
        <button type="button" data-slot="expand-button" aria-expanded={!collapsed} aria-controls={scrollerId} onClick={() => setExpanded(collapsed)}>
          {collapsed ? labels.showMoreLines(lines.length - collapsedLines) : labels.showFewerLines}
        </button>
      )}
      {streaming && <span className="xc-visually-hidden">{labels.streamingCode}</span>}
    </div>
  );
});
CodeView.displayName = 'CodeView';
