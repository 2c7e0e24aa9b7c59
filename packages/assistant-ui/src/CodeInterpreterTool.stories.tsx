import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { CodeInterpreterTool, type CodeInterpreterToolProps } from './CodeInterpreterTool.js';
import { chartPng } from '../../../tooling/storybook/chart-png.js';

const code = 'import matplotlib.pyplot as plt\nplt.bar(["Q1", "Q2", "Q3"], [4, 7, 5])\nplt.savefig("/mnt/data/quarters.png")';
const args = { containerId: 'cntr_story', code };

/** The fields of a tool-call part that the card reads (assistant-ui passes more). */
function toolProps(overrides: Partial<CodeInterpreterToolProps>): CodeInterpreterToolProps {
  return { toolCallId: 'ci_story', args, argsText: JSON.stringify(args), status: { type: 'complete' }, ...overrides };
}

const meta: Meta<typeof CodeInterpreterTool> = {
  title: 'assistant-ui/CodeInterpreterTool',
  component: CodeInterpreterTool,
  args: toolProps({}),
};

export default meta;
type Story = StoryObj<typeof CodeInterpreterTool>;

export const CodeStreaming: Story = {
  args: toolProps({ args: { containerId: 'cntr_story' }, argsText: '{"containerId":"cntr_story","code":"import matplotlib.pyplot as plt\\nplt.bar([\\"Q1\\"', status: { type: 'running' } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Running')).toBeVisible();
    await expect(canvas.getByRole('tab', { name: 'Code' })).toHaveAttribute('aria-selected', 'true');
    await expect(canvasElement.textContent).toContain('plt.bar(["Q1"');
  },
};

export const Interpreting: Story = {
  args: toolProps({ status: { type: 'running' } }),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Interpreting')).toBeVisible();
  },
};

export const CompleteWithImageAndLogs: Story = {
  loaders: [() => ({ image: chartPng(480, 270) })],
  render: (_args, { loaded }) => <CodeInterpreterTool {...toolProps({ result: { outputs: [{ type: 'image', url: String(loaded.image) }, { type: 'logs', logs: "'/mnt/data/quarters.png'" }] } })} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Completed')).toBeVisible();
    const image = await canvas.findByRole('img', { name: 'Python code 1' });
    await waitFor(() => expect((image as HTMLImageElement).naturalWidth).toBe(480));
    await userEvent.click(canvas.getByRole('tab', { name: 'Logs' }));
    await expect(canvas.getByText("'/mnt/data/quarters.png'")).toBeVisible();
    await userEvent.click(canvas.getByRole('tab', { name: 'Code' }));
    await expect(canvasElement.textContent).toContain('plt.savefig');
  },
};

/** The user stopped the run: assistant-ui reports it as incomplete, cancelled; the card says stopped, not failed. */
export const Stopped: Story = {
  args: toolProps({ status: { type: 'incomplete', reason: 'cancelled' } }),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Stopped')).toBeVisible();
  },
};

export const Failed: Story = {
  args: toolProps({ result: 'Container is expired.', isError: true, status: { type: 'incomplete', reason: 'error' } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Failed')).toBeVisible();
    await expect(canvas.getByText('Container is expired.')).toBeVisible();
  },
};
