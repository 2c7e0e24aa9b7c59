import { foldEvents, type ConversationState } from '@execards/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { presets, presetsFolder } from 'virtual:execards-replayer-presets';
import { syntheticStream } from '../../../packages/core/src/test-support/synthetic-stream.js';
import { readStream } from './read-stream.js';
import { Replayer } from './Replayer.js';

const onStateChange = fn<(state: ConversationState, eventCount: number) => void>();

const meta = {
  title: 'Tools/Stream replayer',
  component: Replayer,
  args: { presets, presetsFolder, onStateChange },
  tags: ['!autodocs'],
} satisfies Meta<typeof Replayer>;

export default meta;
type Story = StoryObj<typeof meta>;

function lastState(): ConversationState {
  const call = onStateChange.mock.lastCall;
  if (!call) throw new Error('the replayer reported no state');
  return call[0];
}

async function playToEnd(canvas: ReturnType<typeof within>, total: number) {
  await userEvent.selectOptions(canvas.getByLabelText('Speed'), '64');
  await userEvent.click(canvas.getByRole('button', { name: 'Play' }));
  await waitFor(() => expect(canvas.getByText(new RegExp(`^${total} of ${total} events`))).toBeInTheDocument(), { timeout: 30_000 });
  // The page reports a state after it is shown (an effect): wait for the report of the last one.
  await waitFor(() => expect(onStateChange.mock.lastCall?.[1]).toBe(total));
}

/** Each preloaded recording, played through, ends in the state core's own fold gives. */
export const Preloaded: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    if (presets.length === 0) {
      await expect(canvas.getByText(/No recordings are preloaded/)).toBeInTheDocument();
      return;
    }
    for (const preset of presets) {
      onStateChange.mockClear();
      await userEvent.selectOptions(canvas.getByLabelText('Recording'), preset.id);
      const events = readStream(preset.text).events;
      await playToEnd(canvas, events.length);
      await expect(lastState()).toEqual(foldEvents(events));
      await expect(lastState().diagnostics).toEqual([]);
    }
  },
};

const pasted = syntheticStream({
  responseId: 'resp_pasted',
  containerId: 'cntr_pasted',
  items: [
    { kind: 'call', id: 'ci_pasted', codeChunks: ['total = ', 'sum(range(10))\n', 'print(total)'], logs: '45\n' },
    { kind: 'message', id: 'msg_pasted', textChunks: ['The sum ', 'is 45.'] },
  ],
})
  .map((event) => `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`)
  .join('');

/** A stream pasted as SSE text plays into a completed card and a message. */
export const PastedStream: Story = {
  args: { presets: [] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/No recordings are preloaded/)).toBeInTheDocument();
    await userEvent.click(canvas.getByLabelText(/Paste SSE text/));
    await userEvent.paste(pasted);
    await userEvent.click(canvas.getByRole('button', { name: 'Replay this stream' }));
    const total = readStream(pasted).events.length;
    await playToEnd(canvas, total);
    await expect(canvas.getByText('The sum is 45.')).toBeInTheDocument();
    await expect(canvasElement.querySelector('[data-slot="execution-card"]')).toHaveAttribute('data-status', 'completed');
    await expect(lastState()).toEqual(foldEvents(readStream(pasted).events));
  },
};

const broken = ['{"type":"response.created","sequence_number":0', '{"type":"response.output_item.added","sequence_number":1}', '{"type":"response.something_new","sequence_number":2}'].join('\n');

/** Broken events do not stop the replay: core reports each one, and the page lists them. */
export const BrokenStream: Story = {
  args: { presets: [] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByLabelText(/Paste SSE text/));
    await userEvent.paste(broken);
    await userEvent.click(canvas.getByRole('button', { name: 'Replay this stream' }));
    await playToEnd(canvas, 3);
    const diagnostics = canvasElement.querySelectorAll('[data-slot="replayer-diagnostics"] li');
    await expect(diagnostics).toHaveLength(2);
    await expect(diagnostics[0]).toHaveTextContent('invalid_json');
    await expect(diagnostics[1]).toHaveTextContent('invalid_event');
    await expect(canvas.getByText('Events of a type core does not know, skipped: 1')).toBeInTheDocument();
  },
};
