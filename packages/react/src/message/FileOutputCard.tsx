'use client';
import { cardForFile, chartDataFile, chartFacts, type SandboxLink, type Turn } from '@execards/core';
import { useId, type ReactNode } from 'react';
import { ExecutionCard } from '../execution-card/ExecutionCard.js';
import { useHeadingLevel, type HeadingLevel } from '../HeadingLevelProvider.js';
import { useLabels } from '../LabelsProvider.js';
import { FileAvailability } from '../file/FileAvailability.js';
import { useFiles, useRerun } from './message-context.js';
import { plainTitle } from './message-segments.js';
import { ChartDataTable } from './ChartDataTable.js';
import type { DescribeChart, OutputComponents } from './output-components.js';
import { OutputView } from './OutputViews.js';

export interface FileOutputCardProps {
  link: SandboxLink;
  title: string | null;
  turn: Turn | null;
  /** The response is over: a file still unknown now will not appear. */
  settled: boolean;
  components: OutputComponents | undefined;
  /** Level of the card title heading; the nearest `HeadingLevelProvider`'s (3 without one) by default. */
  headingLevel?: HeadingLevel;
  /** Replaces the kit's chart description (read from the call's code). */
  describeChart?: DescribeChart;
}

/** A card without a producing call: still a region named by its title heading, like an execution card. */
function PlainCard({ heading, headingLevel, children, ...data }: { heading: string; headingLevel: HeadingLevel; children: ReactNode } & Record<`data-${string}`, string>) {
  const titleId = useId();
  const Heading = `h${headingLevel}` as const;
  return (
    <div data-slot="output-card" role="region" aria-labelledby={titleId} {...data}>
      <div data-slot="output-card-header">
        <Heading data-slot="output-card-title" id={titleId}>
          {heading}
        </Heading>
      </div>
      {children}
    </div>
  );
}

/** The card a `sandbox:` link becomes: a placeholder until the file is known, then its output with the producing call's code. */
export function FileOutputCard({ link, title, turn, settled, components, headingLevel: ownHeadingLevel, describeChart }: FileOutputCardProps) {
  const headingLevel = useHeadingLevel(ownHeadingLevel);
  const labels = useLabels();
  const files = useFiles();
  const file = files[link.path];
  const rerun = useRerun();
  const call = turn ? cardForFile(turn, link.path) : null;
  const heading = title ?? link.filename;

  if (!file?.url) {
    return (
      <PlainCard heading={heading} headingLevel={headingLevel} data-state={settled ? 'missing' : 'pending'} data-path={link.path}>
        {settled ? (
          <p data-slot="output-card-error" role="alert">
            {labels.downloadFailureMessage}
          </p>
        ) : (
          <p data-slot="output-card-placeholder">
            <span data-slot="placeholder-shimmer" aria-hidden="true" />
            {labels.generatingFile(plainTitle(link.text))}
          </p>
        )}
      </PlainCard>
    );
  }

  const gone = file.availability === 'gone' || file.availability === 'rerunning';
  const chart = file.kind === 'image';
  const description = chart && call ? (describeChart ? describeChart(call, file) : labels.describeChart(chartFacts(call.code, file.filename))) : null;
  const dataFile = chart && turn ? chartDataFile(files, turn, link.path) : null;
  const view = (
    <>
      <FileAvailability
        filename={file.filename}
        availability={file.availability}
        message={file.availabilityMessage}
        {...(rerun && call ? { onRerun: () => rerun(file, call) } : {})}
      />
      {/* A gone file's view would only fail to load; a new URL (after a re-run) remounts the view. */}
      {!gone && <OutputView key={file.url} components={components} file={file} url={file.url} title={title} call={call} description={description} />}
      {!gone && dataFile?.url && <ChartDataTable file={{ ...dataFile, url: dataFile.url }} />}
    </>
  );
  if (call) return <ExecutionCard card={call} title={heading} headingLevel={headingLevel} output={view} data-path={link.path} data-kind={file.kind} data-availability={file.availability} />;
  return (
    <PlainCard heading={heading} headingLevel={headingLevel} data-state="ready" data-path={link.path} data-kind={file.kind} data-availability={file.availability}>
      {view}
    </PlainCard>
  );
}
