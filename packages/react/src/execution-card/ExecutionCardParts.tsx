'use client';
import { isSettledStatus, type ExecutionOutcome, type ExecutionStatus } from '@execards/core';
import { forwardRef, createContext, useContext, useId, useMemo, useState, type ComponentPropsWithRef, type KeyboardEvent, type MouseEvent } from 'react';
import { useHeadingLevel, type HeadingLevel } from '../HeadingLevelProvider.js';
import { useLabels } from '../LabelsProvider.js';
import { LiveRegion } from '../LiveRegion.js';
import { StatusBadge } from '../StatusBadge.js';
import { useControllableState } from '../use-controllable-state.js';
import { nextTabIndex } from './roving-focus.js';
import { panelId, tabId, TabsContext, useTabsContext } from './tabs-context.js';

interface RunContextValue {
  status: ExecutionStatus;
  /** How the run ended, beyond its status (raised an exception, stopped by the user). */
  outcome: ExecutionOutcome;
  startedAt: number | null;
  completedAt: number | null;
  /** The id of the card's title: the card region is labelled by it. */
  titleId: string | undefined;
  headingLevel: HeadingLevel;
}

export type { HeadingLevel };

const RunContext = createContext<RunContextValue>({ status: 'completed', outcome: { kind: 'completed' }, startedAt: null, completedAt: null, titleId: undefined, headingLevel: 3 });

export interface RootProps extends ComponentPropsWithRef<'div'> {
  status: ExecutionStatus;
  /** From core's `executionOutcome(card)`; without it the outcome follows `status`. */
  outcome?: ExecutionOutcome;
  startedAt?: number | null;
  completedAt?: number | null;
  /** Level of the title heading, so cards fit the host page's outline; the nearest `HeadingLevelProvider`'s (3 without one) by default. */
  headingLevel?: HeadingLevel;
}

const outcomeOfStatus: Record<ExecutionStatus, ExecutionOutcome> = {
  in_progress: { kind: 'running' },
  interpreting: { kind: 'running' },
  completed: { kind: 'completed' },
  failed: { kind: 'failed' },
  incomplete: { kind: 'incomplete' },
};

/** The run's status and timing, for parts placed inside `Root`. */
export function useRun(): RunContextValue {
  return useContext(RunContext);
}

/**
 * The card: a region labelled by its title (so it is reached by landmark and told apart from the
 * next card), carrying `data-status`; its parts read the run's status from it.
 */
export const Root = forwardRef<HTMLDivElement, RootProps>(function Root({ status, outcome: outcomeProp, startedAt = null, completedAt = null, headingLevel: ownHeadingLevel, ...props }: RootProps, ref) {
  const headingLevel = useHeadingLevel(ownHeadingLevel);
  const outcome = outcomeProp ?? outcomeOfStatus[status];
  const titleId = useId();
  const run = useMemo(() => ({ status, outcome, startedAt, completedAt, titleId, headingLevel }), [status, outcome, startedAt, completedAt, titleId, headingLevel]);
  return (
    <RunContext.Provider value={run}>
      <div data-slot="execution-card" role="region" aria-labelledby={titleId} data-status={status} data-outcome={outcome.kind} ref={ref} {...props} />
    </RunContext.Provider>
  );
});
Root.displayName = 'ExecutionCard.Root';

export const Header = forwardRef<HTMLDivElement, ComponentPropsWithRef<'div'>>(function Header(props: ComponentPropsWithRef<'div'>, ref) {
  return <div data-slot="execution-card-header" ref={ref} {...props} />;
});
Header.displayName = 'ExecutionCard.Header';

/** The card's title as a heading of the Root's `headingLevel`; its id labels the card region. */
export const Title = forwardRef<HTMLHeadingElement, ComponentPropsWithRef<'h3'>>(function Title(props: ComponentPropsWithRef<'h3'>, ref) {
  const { titleId, headingLevel } = useContext(RunContext);
  const Heading = `h${headingLevel}` as const;
  return <Heading data-slot="execution-card-title" id={titleId} ref={ref} {...props} />;
});
Title.displayName = 'ExecutionCard.Title';

/** The run's status badge, with live elapsed time while it runs; read as one phrase ("completed in 3 seconds"). */
export const Status = forwardRef<HTMLSpanElement, ComponentPropsWithRef<'span'>>(function Status(props: ComponentPropsWithRef<'span'>, ref) {
  const run = useContext(RunContext);
  const labels = useLabels();
  const stopped = run.outcome.kind === 'stopped';
  const settled = isSettledStatus(run.status);
  const phrase = labels.statusPhrase({
    status: run.status,
    duration: settled && run.startedAt !== null && run.completedAt !== null ? labels.formatSpokenDuration(run.completedAt - run.startedAt) : null,
    exceptionName: run.outcome.kind === 'raised' ? run.outcome.exception.name : null,
    stopped,
  });
  return (
    <StatusBadge
      status={run.status}
      startedAt={run.startedAt}
      completedAt={run.completedAt}
      labels={labels}
      label={stopped ? labels.stoppedStatus : undefined}
      phrase={phrase}
      data-outcome={run.outcome.kind}
      ref={ref}
      {...props}
    />
  );
});
Status.displayName = 'ExecutionCard.Status';

/** Politely announces when the run finishes or fails (not on mount: a settled card from history stays quiet). */
export function Announcer({ title }: { title: string }) {
  const { status } = useContext(RunContext);
  const labels = useLabels();
  const [previousStatus, setPreviousStatus] = useState(status);
  const [message, setMessage] = useState('');
  if (previousStatus !== status) {
    setPreviousStatus(status);
    if (!isSettledStatus(previousStatus) && isSettledStatus(status)) setMessage(labels.announceSettled(status, title));
  }
  return <LiveRegion message={message} />;
}

export interface TabsProps extends Omit<ComponentPropsWithRef<'div'>, 'defaultValue' | 'onChange'> {
  value?: string;
  defaultValue?: string;
  onValueChange?: (value: string) => void;
}

export const Tabs = forwardRef<HTMLDivElement, TabsProps>(function Tabs({ value: valueProp, defaultValue = 'output', onValueChange, ...props }: TabsProps, ref) {
  const baseId = useId();
  const [value, setValue] = useControllableState({ value: valueProp, defaultValue, onChange: onValueChange, name: 'ExecutionCard.Tabs' });
  const context = useMemo(() => ({ value, select: setValue, baseId }), [value, setValue, baseId]);
  return (
    <TabsContext.Provider value={context}>
      <div data-slot="execution-card-tabs" ref={ref} {...props} />
    </TabsContext.Provider>
  );
});
Tabs.displayName = 'ExecutionCard.Tabs';

/** The tab list: arrow keys move between tabs (and select them), Home/End jump to the ends. */
export const TabList = forwardRef<HTMLDivElement, ComponentPropsWithRef<'div'>>(function TabList({ onKeyDown, ...props }: ComponentPropsWithRef<'div'>, ref) {
  const labels = useLabels();
  const { select } = useTabsContext('TabList');
  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    onKeyDown?.(event);
    if (event.defaultPrevented) return;
    const tabs = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="tab"]:not([disabled])')];
    const current = tabs.findIndex((tab) => tab === document.activeElement);
    const next = nextTabIndex(event.key, Math.max(0, current), tabs.length);
    const target = next === null ? undefined : tabs[next];
    if (!target) return;
    event.preventDefault();
    target.focus();
    const value = target.dataset.value;
    if (value) select(value);
  }
  // Focus lives on the tabs (roving tabindex), not on the list itself.
  // eslint-disable-next-line jsx-a11y/interactive-supports-focus
  return <div data-slot="execution-card-tab-list" role="tablist" aria-label={labels.tabListLabel} aria-orientation="horizontal" onKeyDown={handleKeyDown} ref={ref} {...props} />;
});
TabList.displayName = 'ExecutionCard.TabList';

export interface TabProps extends ComponentPropsWithRef<'button'> {
  value: string;
}

export const Tab = forwardRef<HTMLButtonElement, TabProps>(function Tab({ value, onClick, ...props }: TabProps, ref) {
  const context = useTabsContext('Tab');
  const selected = context.value === value;
  function handleClick(event: MouseEvent<HTMLButtonElement>) {
    onClick?.(event);
    if (!event.defaultPrevented) context.select(value);
  }
  return (
    <button
      type="button"
      role="tab"
      id={tabId(context.baseId, value)}
      aria-selected={selected}
      aria-controls={panelId(context.baseId, value)}
      tabIndex={selected ? 0 : -1}
      data-slot="execution-card-tab"
      data-state={selected ? 'active' : 'inactive'}
      data-value={value}
      onClick={handleClick}
      ref={ref}
      {...props}
    />
  );
});
Tab.displayName = 'ExecutionCard.Tab';

export interface PanelProps extends ComponentPropsWithRef<'div'> {
  value: string;
}

/** A tab panel; inactive panels stay mounted but hidden so their state (scroll, expansion) survives. */
export const Panel = forwardRef<HTMLDivElement, PanelProps>(function Panel({ value, ...props }: PanelProps, ref) {
  const context = useTabsContext('Panel');
  const selected = context.value === value;
  return (
    <div
      role="tabpanel"
      id={panelId(context.baseId, value)}
      aria-labelledby={tabId(context.baseId, value)}
      hidden={!selected}
      // WAI-ARIA tabs: the panel is the next tab stop after the tab list.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      data-slot="execution-card-panel"
      data-state={selected ? 'active' : 'inactive'}
      ref={ref}
      {...props}
    />
  );
});
Panel.displayName = 'ExecutionCard.Panel';

export interface ErrorMessageProps extends Omit<ComponentPropsWithRef<'div'>, 'children'> {
  message: string;
  /** Defaults to the error heading ("The run failed"), or the stopped one inside a stopped run. */
  heading?: string;
  /** The Python traceback, usually the tail of the logs. */
  traceback?: string | null;
}

export const ErrorMessage = forwardRef<HTMLDivElement, ErrorMessageProps>(function ErrorMessage({ message, heading, traceback, ...props }: ErrorMessageProps, ref) {
  const labels = useLabels();
  const { outcome } = useContext(RunContext);
  const headingId = useId();
  const stopped = outcome.kind === 'stopped';
  return (
    <div data-slot="execution-card-error" data-outcome={outcome.kind} role="group" aria-labelledby={headingId} ref={ref} {...props}>
      <strong id={headingId} data-slot="execution-card-error-heading">
        {heading ?? (stopped ? labels.stoppedHeading : labels.errorHeading)}
      </strong>
      <p data-slot="execution-card-error-message">{message}</p>
      {traceback && (
        // A long traceback scrolls; keyboard users must reach it.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        <pre data-slot="execution-card-traceback" tabIndex={0}>
          {traceback}
        </pre>
      )}
    </div>
  );
});
ErrorMessage.displayName = 'ExecutionCard.Error';
