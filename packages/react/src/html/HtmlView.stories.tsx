import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { HtmlView } from './HtmlView.js';
import { pressKeys } from '../test-support/keyboard.js';

const meta = {
  title: 'Outputs/HtmlView',
  component: HtmlView,
  args: { html: '<p>Hello</p>', downloadPng: false },
} satisfies Meta<typeof HtmlView>;

export default meta;
type Story = StoryObj<typeof meta>;

function frameOf(canvasElement: HTMLElement): HTMLIFrameElement {
  const frame = canvasElement.querySelector<HTMLIFrameElement>('[data-slot="html-frame"]');
  if (!frame) throw new Error('no preview frame');
  return frame;
}

async function waitUntilReady(canvasElement: HTMLElement): Promise<HTMLIFrameElement> {
  await waitFor(() => expect(canvasElement.querySelector('[data-slot="html-frame-box"]')).toHaveAttribute('data-state', 'ready'), { timeout: 10_000 });
  return frameOf(canvasElement);
}

/**
 * A page is frozen when its timers stop for a second: the hostile frames here would block it for seconds (the busy
 * one for 4 s). Not a speed target: a loaded CI machine delays timers by a few hundred milliseconds.
 */
const frozenMs = 1000;

/** Resolves with how late a chain of short timers ran: a frozen page cannot run them at all. */
async function mainThreadLag(steps = 10, stepMs = 30): Promise<number> {
  let worst = 0;
  for (let index = 0; index < steps; index += 1) {
    const started = performance.now();
    await new Promise((resolve) => setTimeout(resolve, stepMs));
    worst = Math.max(worst, performance.now() - started - stepMs);
  }
  return worst;
}

const simplePage = `<!doctype html>
<html><head><style>body{font:16px system-ui;margin:16px} h1{color:#2453c9}</style></head>
<body><h1>Quarterly report</h1><p>Revenue grew 12% over the previous quarter.</p>
<ul><li>North: 4.1M</li><li>South: 3.7M</li><li>West: 2.9M</li></ul></body></html>`;

export const Simple: Story = {
  args: { html: simplePage },
  play: async ({ canvasElement }) => {
    const frame = await waitUntilReady(canvasElement);
    await expect(frame.getAttribute('sandbox')).toBe('allow-scripts');
    await expect(frame.srcdoc).toContain('Content-Security-Policy');
    await expect(frame.srcdoc).toContain('Quarterly report');
    // The frame follows its content: taller than the 80 px minimum, shorter than the 600 px cap.
    await waitFor(() => expect(frame.clientHeight).toBeGreaterThan(120));
    await expect(frame.clientHeight).toBeLessThan(600);
  },
};

const chartPage = `<!doctype html>
<html><head><style>body{margin:0;font:14px system-ui} button{margin:8px}</style></head>
<body>
<canvas id="chart" width="480" height="240" aria-label="Bar chart"></canvas><br>
<button id="more">Add bar</button>
<script>
  var values = [3, 7, 4, 9];
  function draw() {
    var context = document.getElementById('chart').getContext('2d');
    context.fillStyle = '#fff'; context.fillRect(0, 0, 480, 240);
    values.forEach(function (value, index) {
      context.fillStyle = '#2453c9';
      context.fillRect(20 + index * 50, 240 - value * 20, 36, value * 20);
    });
  }
  document.getElementById('more').addEventListener('click', function () { values.push(Math.ceil(Math.random() * 10)); draw(); });
  draw();
</script>
</body></html>`;

export const InteractiveChart: Story = {
  args: { html: chartPage },
  play: async ({ canvasElement }) => {
    const frame = await waitUntilReady(canvasElement);
    await waitFor(() => expect(frame.clientHeight).toBeGreaterThanOrEqual(260));
  },
};

const tallPage = `<!doctype html><body style="margin:0"><div style="height:3000px;background:linear-gradient(#def,#fed)">tall</div></body>`;

export const TallContentIsBounded: Story = {
  args: { html: tallPage, maxHeight: 400 },
  play: async ({ canvasElement }) => {
    const frame = await waitUntilReady(canvasElement);
    await waitFor(() => expect(frame.getBoundingClientRect().height).toBe(400));
  },
};

/** Every attack a page can try from inside the frame; none may reach the page around it. */
const hostilePage = `<!doctype html><html><body><p>hostile</p>
<form id="f" action="https://example.invalid/steal" method="post" target="_top"><input name="x" value="1"></form>
<script>
  var attempts = [
    function () { parent.document.body.innerHTML = '<h1 id="pwned">pwned</h1>'; },
    function () { parent.document.title = 'pwned'; },
    function () { top.location.href = 'https://example.invalid/'; },
    function () { parent.location.hash = '#pwned'; },
    function () { document.cookie = 'pwned=1'; },
    function () { localStorage.setItem('pwned', '1'); },
    function () { sessionStorage.setItem('pwned', '1'); },
    function () { window.open('https://example.invalid/', '_blank'); },
    function () { document.getElementById('f').submit(); },
    function () { for (var i = 0; i < 1000; i++) alert('pwned ' + i); },
    function () { for (var i = 0; i < 100; i++) confirm('pwned'); },
    function () { fetch('https://example.invalid/beacon').catch(function () {}); },
    function () { var image = new Image(); image.src = 'https://example.invalid/pixel.png'; },
  ];
  attempts.forEach(function (attempt) { try { attempt(); } catch (error) {} });
</script></body></html>`;

export const Hostile: Story = {
  args: { html: hostilePage },
  play: async ({ canvasElement }) => {
    const before = { title: document.title, url: location.href, cookie: document.cookie, body: document.body.childElementCount };
    await waitUntilReady(canvasElement);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await expect(document.title).toBe(before.title);
    await expect(location.href).toBe(before.url);
    await expect(document.cookie).toBe(before.cookie);
    await expect(document.getElementById('pwned')).toBeNull();
    await expect(localStorage.getItem('pwned')).toBeNull();
    await expect(sessionStorage.getItem('pwned')).toBeNull();
    await expect(document.body.childElementCount).toBe(before.body);
    await expect(await mainThreadLag()).toBeLessThan(frozenMs);
  },
};

// Busy for 4 s rather than forever: Chromium runs all sandboxed frames of a page in one process, so a
// frame that never yields would also stall the frames of the stories after this one.
export const InfiniteLoop: Story = {
  args: { html: '<!doctype html><p>spinning</p><script>setTimeout(function () { var end = Date.now() + 4000; while (Date.now() < end) {} }, 0);</script>' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('[data-slot="html-frame"]')).not.toBeNull());
    await new Promise((resolve) => setTimeout(resolve, 300));
    // The frame runs in its own process: the page's timers keep firing while the frame spins.
    await expect(await mainThreadLag()).toBeLessThan(frozenMs);
    const button = within(canvasElement).getByRole('button', { name: 'Download HTML' });
    await expect(button).toBeEnabled();
    // Let the busy frame finish, so the next story's frames start on an idle process.
    await new Promise((resolve) => setTimeout(resolve, 4_000));
  },
};

export const HugeDom: Story = {
  args: {
    html: '<!doctype html><body><script>var root = document.createElement("div"); for (var i = 0; i < 30000; i++) { var row = document.createElement("div"); row.textContent = "row " + i; root.appendChild(row); } document.body.appendChild(root);</script></body>',
  },
  play: async ({ canvasElement }) => {
    await expect(await mainThreadLag()).toBeLessThan(frozenMs);
    const frame = frameOf(canvasElement);
    // The content is about a million pixels tall; the frame stays at the cap and scrolls inside.
    await waitFor(() => expect(frame.getBoundingClientRect().height).toBe(600), { timeout: 12_000 });
    await expect(await mainThreadLag()).toBeLessThan(frozenMs);
  },
};

export const PngExport: Story = {
  args: { html: simplePage, onPngExport: fn() },
  play: async ({ canvasElement, args }) => {
    const frame = await waitUntilReady(canvasElement);
    await waitFor(() => expect(frame.clientHeight).toBeGreaterThan(120));
    const button = within(canvasElement).getByRole('button', { name: 'Download PNG' });
    await userEvent.click(button);
    // While the image is made the button stays focused and ignores a second press.
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(document.activeElement).toBe(button);
    await userEvent.click(button);
    await waitFor(() => expect(within(canvasElement).getByRole('status')).toHaveTextContent('Image created.'), { timeout: 10_000 });
    await expect(args.onPngExport).toHaveBeenCalledTimes(1);
    await expect(document.activeElement).toBe(button);
    await expect(button).not.toHaveAttribute('aria-disabled');
    const png = (args.onPngExport as ReturnType<typeof fn>).mock.calls[0]?.[0] as { blob: Blob; width: number; height: number };
    await expect(png.blob.type).toBe('image/png');
    const bitmap = await createImageBitmap(png.blob);
    await expect({ width: bitmap.width, height: bitmap.height }).toEqual({ width: frame.clientWidth, height: frame.clientHeight });
  },
};

export const PngExportTimesOut: Story = {
  args: {
    // The page blocks its own event loop for 4 s as soon as a capture is asked for: the answer comes too late.
    html: '<!doctype html><p>busy</p><script>addEventListener("message", function () { var end = Date.now() + 4000; while (Date.now() < end) {} });</script>',
    captureTimeoutMs: 1_500,
    labels: { exportFailed: 'No image this time.' },
    onPngExport: fn(),
  },
  play: async ({ canvasElement, args }) => {
    await waitUntilReady(canvasElement);
    const button = within(canvasElement).getByRole('button', { name: 'Download PNG' });
    await userEvent.click(button);
    await waitFor(() => expect(within(canvasElement).getByRole('status')).toHaveTextContent('No image this time.'), { timeout: 5_000 });
    await expect(args.onPngExport).not.toHaveBeenCalled();
    await expect(button).toHaveAccessibleName('Download PNG');
    await expect(button).not.toHaveAttribute('aria-disabled');
    await expect(document.activeElement).toBe(button);
  },
};

class NeverLoadingBlob extends Blob {
  override text(): Promise<string> {
    return new Promise(() => undefined);
  }
}

export const Loading: Story = {
  args: { html: new NeverLoadingBlob(['<p>never</p>']) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Loading preview…')).toBeVisible();
    await expect(canvasElement.querySelector('iframe')).toBeNull();
  },
};

export const LoadError: Story = {
  // Nothing listens on port 1: the fetch fails for real.
  args: { html: undefined, src: 'http://127.0.0.1:1/page.html' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(within(canvasElement).getByRole('alert')).toHaveTextContent('The preview could not be loaded:'), { timeout: 10_000 });
  },
};

/** Buttons before and after the preview, so a story can Tab into it and past it. */
function BetweenButtons(Story: () => ReactNode) {
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <button type="button">Before the preview</button>
      <Story />
      <button type="button">After the preview</button>
    </div>
  );
}

function hintOf(canvasElement: HTMLElement): HTMLElement {
  const hint = canvasElement.querySelector<HTMLElement>('[data-slot="html-keyboard-hint"]');
  if (!hint) throw new Error('no keyboard hint');
  return hint;
}

async function waitForKeyboardInside(canvasElement: HTMLElement): Promise<void> {
  await waitFor(() => expect(canvasElement.querySelector('[data-slot="html-frame-box"]')).toHaveAttribute('data-keyboard', 'inside'), { timeout: 5_000 });
  await expect(document.activeElement).toBe(frameOf(canvasElement));
}

const formPage = `<!doctype html>
<html><head><style>body{font:15px system-ui;margin:16px} button{margin-inline-end:8px}</style></head>
<body><h1>Survey</h1><p>Pick one.</p><button>Yes</button><button>No</button></body></html>`;

/**
 * By keyboard: the hint shows on the toolbar; Tab enters the page (its body is a tab stop, then its
 * buttons), Escape leaves it to the hint, Shift+Tab goes back in, Tab from the hint moves on.
 */
export const KeyboardEnterAndLeave: Story = {
  args: { html: formPage },
  decorators: [BetweenButtons],
  play: async ({ canvasElement }) => {
    await waitUntilReady(canvasElement);
    const hint = hintOf(canvasElement);
    await expect(hint).not.toBeVisible();
    within(canvasElement).getByRole('button', { name: 'Before the preview' }).focus();
    // The Storybook UI has no real keyboard to drive: there the story only shows the page.
    if (!(await pressKeys('{Tab}{Tab}'))) return;
    await expect(document.activeElement).toBe(within(canvasElement).getByRole('button', { name: 'Download PNG' }));
    await expect(hint).toBeVisible();
    await expect(hint).toHaveTextContent('Tab moves into the page and through it; Escape leaves it.');
    await pressKeys('{Tab}');
    await waitForKeyboardInside(canvasElement);
    await expect(hint).toBeVisible();
    await pressKeys('{Tab}{Tab}');
    await pressKeys('{Escape}');
    await waitFor(() => expect(document.activeElement).toBe(hint), { timeout: 5_000 });
    await expect(hint).toHaveTextContent('You left the page. Shift+Tab goes back into it; Tab moves on.');
    await expect(canvasElement.querySelector('[data-slot="html-frame-box"]')).toHaveAttribute('data-keyboard', 'left');
    await pressKeys('{Shift>}{Tab}{/Shift}');
    await waitForKeyboardInside(canvasElement);
    await pressKeys('{Escape}');
    await waitFor(() => expect(document.activeElement).toBe(hint), { timeout: 5_000 });
    await pressKeys('{Tab}');
    await expect(document.activeElement).toBe(within(canvasElement).getByRole('button', { name: 'After the preview' }));
    await expect(hint).not.toBeVisible();
  },
};

const trappingPage = `<!doctype html>
<html><body><p>This page keeps Tab and Escape for itself.</p><button>Stay</button>
<script>
  addEventListener('keydown', function (event) { event.preventDefault(); event.stopImmediatePropagation(); }, true);
  document.addEventListener('keydown', function (event) { event.preventDefault(); event.stopPropagation(); }, true);
</script></body></html>`;

/** A page that swallows every key cannot keep the keyboard: Escape still leaves it. */
export const FocusNeverTrapped: Story = {
  args: { html: trappingPage },
  decorators: [BetweenButtons],
  play: async ({ canvasElement }) => {
    await waitUntilReady(canvasElement);
    within(canvasElement).getByRole('button', { name: 'Download PNG' }).focus();
    if (!(await pressKeys('{Tab}'))) return;
    await waitForKeyboardInside(canvasElement);
    await pressKeys('{Tab}{Tab}{Tab}');
    await expect(document.activeElement).toBe(frameOf(canvasElement));
    await pressKeys('{Escape}');
    await waitFor(() => expect(document.activeElement).toBe(hintOf(canvasElement)), { timeout: 5_000 });
    await pressKeys('{Tab}');
    await expect(document.activeElement).toBe(within(canvasElement).getByRole('button', { name: 'After the preview' }));
  },
};
