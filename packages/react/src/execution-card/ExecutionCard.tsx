'use client';
import { chartFacts, executionOutcome, type ExecutionCard as ExecutionCardState, type ExecutionOutcome } from '@execards/core';
import { forwardRef, useMemo, useState, type ComponentPropsWithRef, type ReactNode } from 'react';
import { CodeView } from '../code/CodeView.js';
import { ImageView } from '../image/ImageView.js';
import { useLabels } from '../LabelsProvider.js';
import { Announcer, ErrorMessage, Header, Panel, Root, Status, Tab, TabList, Tabs, Title, type HeadingLevel } from './ExecutionCardParts.js';
import { Provenance } from './Provenance.js';
import { extractTraceback } from './traceback.js';

export type ExecutionCardTab = 'output' | 'code' | 'logs';

export interface ExecutionCardProps extends Omit<ComponentPropsWithRef<'div'>, 'title' | 'children'> {
  /** The call, as the core reducer normalized it. */
  card: ExecutionCardState;
  /** The bold title line from the message; defaults to a generic label. */
  title?: ReactNode;
  /** The output view (image, table, HTML, file); defaults to the call's own images. */
  output?: ReactNode;
  /** The open tab, when the host controls it; otherwise the card follows the run until the user picks one. */
  value?: ExecutionCardTab;
  /** The tab open at first instead of the one that follows the run (uncontrolled). */
  defaultValue?: ExecutionCardTab;
  /** Called with the tab the user picks. */
  onValueChange?: (value: ExecutionCardTab) => void;
  /** Level of the card's title heading, to fit the host page's outline; the nearest `HeadingLevelProvider`'s (3 without one) by default. */
  headingLevel?: HeadingLevel;
}

function preferredTab(hasOutput: boolean, hasLogs: boolean): ExecutionCardTab {
  if (hasOutput) return 'output';
  if (hasLogs) return 'logs';
  return 'code';
}

function errorText(outcome: ExecutionOutcome, fallback: string): string {
  if (outcome.kind !== 'raised') return fallback;
  const { name, message } = outcome.exception;
  return message ? `${name}: ${message}` : name;
}

function isTab(value: string): value is ExecutionCardTab {
  return value === 'output' || value === 'code' || value === 'logs';
}

/**
 * The ready-made card for one code-interpreter call: status, Output / Code / Logs tabs, error and
 * traceback. Until the user picks a tab it follows the run: code while it streams, then the output.
 */
export const ExecutionCard = forwardRef<HTMLDivElement, ExecutionCardProps>(function ExecutionCard({ card, title, output, value, defaultValue, onValueChange, headingLevel, ...props }: ExecutionCardProps, ref) {
  const labels = useLabels();
  const imagesDescription = useMemo(() => (card.images.length > 0 ? labels.describeChart(chartFacts(card.code)) : null), [card.images.length, card.code, labels]);
  const imageOutput =
    card.images.length > 0 ? (
      <div data-slot="execution-card-images">
        {card.images.map((image, index) => {
          const alt = `${typeof title === 'string' ? title : labels.untitledRun} ${index + 1}`;
          // Several captured plots share one code: the description is only sure for a single one.
          return <ImageView key={index} src={image.url} alt={alt} description={card.images.length === 1 ? imagesDescription : null} filename={`output-${index + 1}.png`} />;
        })}
      </div>
    ) : null;
  const outputView = output ?? imageOutput;
  const hasLogs = card.logs.length > 0;
  const [picked, setPicked] = useState<ExecutionCardTab | undefined>(defaultValue);
  const automatic = card.codeComplete || outputView ? preferredTab(outputView !== null, hasLogs) : 'code';
  const selected = value ?? picked ?? automatic;
  const outcome = useMemo(() => executionOutcome(card), [card]);
  // Code that raised failed, whatever status the service reported.
  const status = outcome.kind === 'raised' ? 'failed' : card.status;
  const failed = status === 'failed' || card.error !== null;
  const titleText = typeof title === 'string' ? title : labels.untitledRun;

  function select(next: string) {
    if (!isTab(next)) return;
    if (value === undefined) setPicked(next);
    onValueChange?.(next);
  }

  return (
    <Root status={status} outcome={outcome} startedAt={card.startedAt} completedAt={card.completedAt} headingLevel={headingLevel} ref={ref} {...props}>
      <Header>
        <Title>{title ?? labels.untitledRun}</Title>
        <Status />
      </Header>
      <Provenance containerId={card.containerId} />
      {status === 'completed' && outputView === null && !hasLogs && card.codeComplete && <p data-slot="execution-card-empty">{labels.noOutput}</p>}
      {failed && <ErrorMessage message={errorText(outcome, card.error?.message ?? labels.status.failed)} traceback={outcome.kind === 'raised' ? outcome.exception.traceback : extractTraceback(card.logs)} />}
      <Tabs value={selected} onValueChange={select}>
        <TabList>
          {outputView !== null && <Tab value="output">{labels.tabs.output}</Tab>}
          <Tab value="code">{labels.tabs.code}</Tab>
          {hasLogs && <Tab value="logs">{labels.tabs.logs}</Tab>}
        </TabList>
        {outputView !== null && <Panel value="output">{outputView}</Panel>}
        <Panel value="code">
          <CodeView code={card.code} streaming={!card.codeComplete && !failed} />
        </Panel>
        {hasLogs && (
          <Panel value="logs">
            {/* Long logs scroll; keyboard users must be able to reach and scroll them. */}
            {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
            <pre data-slot="execution-card-logs" tabIndex={0}>
              {card.logs}
            </pre>
          </Panel>
        )}
      </Tabs>
      <Announcer title={titleText} />
    </Root>
  );
});
ExecutionCard.displayName = 'ExecutionCard';
