import type { GeneratedFile } from '@execards/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { makeCard, makeFile, makeMessage, makeTurn } from '../test-support/cards.js';
import { chartPng } from '../test-support/images.js';
import { AssistantMessage } from './AssistantMessage.js';

/** Output cards in every availability: archived ("Saved"), live, checking, gone with a re-run that succeeds or fails. */
const answer = ['**Revenue per region**', '[*Generating your Chart…*](sandbox:/mnt/data/revenue.png)', '', '**Full summary**', '[*Generating your report…*](sandbox:/mnt/data/summary.pdf)'].join('\n');
const message = makeMessage(answer);
const containerId = 'cntr_68dd9374b2cc8190a8b5a4c0ea9d7f3a';
const chartCall = makeCard({ id: 'ci_chart', containerId, code: 'ax = totals.plot(kind="bar")\nplt.savefig("/mnt/data/revenue.png")' });
const reportCall = makeCard({ id: 'ci_report', containerId, code: 'doc.build(story)  # writes /mnt/data/summary.pdf', startedAt: 1_700_000_010_000, completedAt: 1_700_000_012_500 });
const turn = makeTurn([chartCall, reportCall, message]);

function files(chart: string, overrides: { chart?: Partial<GeneratedFile>; report?: Partial<GeneratedFile> }): Record<string, GeneratedFile> {
  return {
    '/mnt/data/revenue.png': makeFile('/mnt/data/revenue.png', { url: chart, containerId, ...overrides.chart }),
    '/mnt/data/summary.pdf': makeFile('/mnt/data/summary.pdf', { bytes: 48_200, containerId, ...overrides.report }),
  };
}

const meta = {
  title: 'Message/FileAvailability',
  component: AssistantMessage,
  args: { message },
  loaders: [() => ({ chart: chartPng(480, 270) })],
} satisfies Meta<typeof AssistantMessage>;

export default meta;
type Story = StoryObj<typeof meta>;

export const SavedAndLive: Story = {
  render: (args, { loaded }) => (
    <AssistantMessage {...args} turn={turn} files={files(String(loaded.chart), { chart: { availability: 'archived', storage: 'archive', sha256: 'a'.repeat(64) }, report: { availability: 'live' } })} />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const saved = canvas.getByText('Saved');
    await expect(saved).toBeVisible();
    await expect(saved.closest('[data-slot="file-availability-badge"]')).toHaveAttribute('title', 'Saved: this file stays available after the sandbox expires.');
    await expect(canvas.getByText('In sandbox')).toBeVisible();
    const image = await canvas.findByRole('img', { name: 'Revenue per region' });
    await waitFor(() => expect(image).toBeVisible(), { timeout: 4000 });
    // The run timeline: short sandbox id, the full one in its title.
    const ids = canvasElement.querySelectorAll('[data-slot="provenance-container-id"]');
    await expect(ids).toHaveLength(2);
    await expect(ids[0]).toHaveAttribute('title', containerId);
    await expect(canvas.getAllByText('finished')[0]).toBeVisible();
  },
};

export const Checking: Story = {
  render: (args, { loaded }) => <AssistantMessage {...args} turn={turn} files={files(String(loaded.chart), { chart: { availability: 'checking' }, report: { availability: 'checking' } })} />,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByText('Checking whether this file is still available…')).toHaveLength(2);
  },
};

function RerunHarness({ chart, fail }: { chart: string; fail: boolean }) {
  const [state, setState] = useState(() => files(chart, { chart: { availability: 'gone' }, report: { availability: 'gone', availabilityMessage: 'The sandbox expired and the file was not saved.' } }));
  async function rerun(file: GeneratedFile) {
    setState((current) => ({ ...current, [file.path]: { ...file, availability: 'rerunning' } }));
    await new Promise((resolve) => setTimeout(resolve, 400));
    if (fail) {
      setState((current) => ({ ...current, [file.path]: { ...file, availability: 'gone' } }));
      throw new Error('The new sandbox could not run the code.');
    }
    setState((current) => ({ ...current, [file.path]: { ...file, availability: 'archived', storage: 'archive', url: file.kind === 'image' ? chart : '/files/summary-rerun.pdf', containerId: 'cntr_new' } }));
  }
  return <AssistantMessage message={message} turn={turn} files={state} onRerun={rerun} />;
}

export const GoneThenRerun: Story = {
  render: (_args, { loaded }) => <RerunHarness chart={String(loaded.chart)} fail={false} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByText('This file is no longer available.')).toHaveLength(2);
    await expect(canvas.getByText('The sandbox expired and the file was not saved.')).toBeVisible();
    await expect(canvas.queryByRole('img', { name: 'Revenue per region' })).toBeNull();
    const [chartButton] = canvas.getAllByRole('button', { name: 'Re-run in a new sandbox' });
    await userEvent.click(chartButton as HTMLElement);
    await expect(await canvas.findByRole('progressbar', { name: 'Re-running the code in a new sandbox…' })).toBeVisible();
    const image = await canvas.findByRole('img', { name: 'Revenue per region' }, { timeout: 4000 });
    await waitFor(() => expect(image).toBeVisible(), { timeout: 4000 });
    await waitFor(() => expect(canvas.getByText('revenue.png is available again.')).toBeInTheDocument());
    await expect(canvas.getByText('Saved')).toBeVisible();
  },
};

export const RerunFails: Story = {
  render: (_args, { loaded }) => <RerunHarness chart={String(loaded.chart)} fail />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const buttons = canvas.getAllByRole('button', { name: 'Re-run in a new sandbox' });
    await userEvent.click(buttons[1] as HTMLElement);
    const alert = await canvas.findByRole('alert', {}, { timeout: 4000 });
    await expect(alert).toHaveTextContent('summary.pdf could not be re-created. The new sandbox could not run the code.');
    await expect(canvas.getAllByRole('button', { name: 'Re-run in a new sandbox' })[1]).toBeEnabled();
  },
};
