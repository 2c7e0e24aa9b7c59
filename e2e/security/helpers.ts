import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Download, type Page, type Route } from '@playwright/test';
import { z } from 'zod';

const corpusCase = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  category: z.enum(['html', 'svg', 'markdown', 'file-name', 'csv', 'download', 'upload', 'preview']),
  delivery: z.enum(['python-file', 'python-code', 'markdown-echo', 'csv-cell', 'download-link', 'upload']),
  mustHold: z.string().min(1),
  payload: z.string().optional(),
  fileName: z.string().optional(),
  tamper: z.enum(['signature', 'file-id', 'container-id', 'filename', 'expires', 'no-signature', 'replay', 'expired']).optional(),
  fileHex: z.string().regex(/^([0-9a-f]{2})*$/).optional(),
  sizeBytes: z.number().int().positive().optional(),
  expectMessage: z.string().optional(),
  /** The payload navigates its own preview frame away; only the host page's CSP (frame-src) can stop that. */
  navigation: z.boolean().optional(),
});
export type CorpusCase = z.infer<typeof corpusCase>;

const manifestPath = path.join(path.dirname(fileURLToPath(import.meta.url)), 'corpus', 'manifest.json');

/** The committed corpus, validated: a malformed manifest fails every spec loudly instead of running fewer cases. */
export const corpus: readonly CorpusCase[] = z
  .object({ description: z.string(), cases: z.array(corpusCase).min(50) })
  .parse(JSON.parse(readFileSync(manifestPath, 'utf8')))
  .cases;

export function casesOf(category: CorpusCase['category']): CorpusCase[] {
  return corpus.filter((entry) => entry.category === category);
}

/** Fields a case of this kind must carry; throws with the case id when the manifest left one out. */
export function required<K extends keyof CorpusCase>(entry: CorpusCase, key: K): NonNullable<CorpusCase[K]> {
  const value = entry[key];
  if (value === undefined || value === null) throw new Error(`corpus case ${entry.id} has no ${String(key)}`);
  return value as NonNullable<CorpusCase[K]>;
}

/**
 * One fenced python block that writes each file byte for byte (names and contents travel base64-encoded, so
 * quotes, CR/LF and control characters reach the file system unchanged).
 */
export function pythonWritingFiles(files: readonly { name: string; content: string }[]): string {
  const entries = files.map(({ name, content }) => `    (${JSON.stringify(Buffer.from(name).toString('base64'))}, ${JSON.stringify(Buffer.from(content).toString('base64'))}),`);
  return [
    '```python',
    'import base64',
    'files = [',
    ...entries,
    ']',
    'for name, content in files:',
    '    with open("/mnt/data/" + base64.b64decode(name).decode(), "wb") as handle:',
    '        handle.write(base64.b64decode(content))',
    'print(len(files), "files written")',
    '```',
  ].join('\n');
}

export const canaryHost = 'canary.invalid';

interface CanaryState {
  flag: unknown;
  cookie: string;
  localStorage: string | null;
  sessionStorage: string | null;
  databases: string[];
  inlineSvgs: number;
  scriptUrls: string[];
}

/** Everything a payload could have done, recorded while a case runs; `tripped()` lists each thing that happened. */
export interface Canaries {
  tripped(): Promise<string[]>;
  /** Downloads the test itself started are expected; any other download is a trip. */
  expectDownload(): void;
  readonly appUrl: string;
}

/**
 * Installs the canaries before the app loads: a trap for `top.__pwned`, dialog, popup and download guards, a
 * route on the canary host, and a watch on every request a non-app frame makes (a preview frame must not
 * reach the network at all). Call before `openChat`.
 */
export async function installCanaries(page: Page, appUrl: string): Promise<Canaries> {
  const events: string[] = [];
  let expectedDownloads = 0;
  await page.addInitScript(() => {
    // Only the app's own window is watched; the same script also runs in every frame.
    if (window !== window.top) return;
    const hits: string[] = [];
    Object.defineProperty(window, '__pwned', {
      configurable: false,
      get: () => (hits.length > 0 ? hits.join(',') : undefined),
      set: (value: unknown) => {
        hits.push(String(value));
      },
    });
  });
  page.on('dialog', (dialog) => {
    events.push(`dialog: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('popup', (popup) => {
    events.push(`popup: ${popup.url()}`);
    void popup.close().catch(() => undefined);
  });
  page.on('download', (download: Download) => {
    if (expectedDownloads > 0) expectedDownloads -= 1;
    else events.push(`unexpected download: ${download.suggestedFilename()}`);
  });
  // Chromium reports requests its CSP then blocks (DevTools shows them as "blocked:csp"): only a request that
  // reached the network counts, i.e. one the canary route answered or one that got a response.
  page.on('response', (response) => {
    const request = response.request();
    const url = request.url();
    if (request.frame() !== page.mainFrame() && !url.startsWith('data:') && !url.startsWith('blob:')) {
      events.push(`request from a frame at ${request.frame().url().slice(0, 60)} got a response: ${url}`);
    }
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() && !frame.url().startsWith(appUrl)) events.push(`app navigated to ${frame.url()}`);
  });
  const answerCanary = async (route: Route) => {
    const request = route.request();
    const from = request.frame() === page.mainFrame() ? 'the app' : `a frame at ${request.frame().url().slice(0, 60)}`;
    events.push(`canary host reached from ${from}: ${request.method()} ${request.url()}`);
    await route.fulfill({ status: 204 });
  };
  await page.route(`http://${canaryHost}/**`, answerCanary);
  await page.route(`**://*.${canaryHost}/**`, answerCanary);
  return {
    appUrl,
    expectDownload() {
      expectedDownloads += 1;
    },
    async tripped() {
      const state: CanaryState = await page.evaluate(async () => ({
        flag: (window as unknown as { __pwned?: unknown }).__pwned,
        cookie: document.cookie,
        localStorage: localStorage.getItem('pwned'),
        sessionStorage: sessionStorage.getItem('pwned'),
        databases: (await indexedDB.databases()).map((database) => database.name ?? ''),
        // An SVG or HTML payload must never become part of the app's own DOM.
        inlineSvgs: document.querySelectorAll('[data-slot="transcript"] :is(script, [onload], [onerror], [onclick], [onmouseover], foreignObject)').length,
        // Generated images may be data:image URLs; anything else script-capable in a URL attribute is a trip.
        scriptUrls: [...document.querySelectorAll('[data-slot="transcript"] :is([href], [src], [action], [formaction])')].filter(
          (element) =>
            ['href', 'action', 'formaction'].some((name) => /^\s*(javascript|vbscript|data):/i.test(element.getAttribute(name) ?? '')) ||
            /^\s*(javascript|vbscript|data:(?!image\/(png|jpeg|gif|webp)))/i.test(element.getAttribute('src') ?? ''),
        ).map((element) => element.outerHTML.slice(0, 160)),
      }));
      const trips = [...events];
      if (state.flag !== undefined) trips.push(`flag set on the app window: ${String(state.flag)}`);
      if (state.cookie.includes('pwned')) trips.push(`cookie written: ${state.cookie}`);
      if (state.localStorage !== null) trips.push('localStorage written');
      if (state.sessionStorage !== null) trips.push('sessionStorage written');
      if (state.databases.includes('pwned')) trips.push('indexedDB database created');
      if (state.inlineSvgs > 0) trips.push(`${state.inlineSvgs} script or handler element(s) in the app's DOM`);
      for (const element of state.scriptUrls) trips.push(`script-capable URL in the app's DOM: ${element}`);
      if (!page.url().startsWith(appUrl)) trips.push(`app URL changed to ${page.url()}`);
      return trips;
    },
  };
}

export async function expectNoCanaryTripped(canaries: Canaries, caseIds: readonly string[]): Promise<void> {
  expect(await canaries.tripped(), `canaries after cases ${caseIds.join(', ')}`).toEqual([]);
}

/** A name a browser may save without surprises: no path separators, control, or bidi-override characters. */
export function unsafeNameCharacters(name: string): string[] {
  // eslint-disable-next-line no-control-regex -- these are exactly the characters being looked for
  return [...name].filter((character) => /[/\\\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(character)).map((character) => `U+${character.codePointAt(0)?.toString(16).padStart(4, '0') ?? ''}`);
}

/** The `proxy.file` events of every `/api/responses` stream the page receives. */
export interface AnnouncedFile {
  container_id: string;
  file_id: string;
  filename: string;
  url: string;
}

export function recordAnnouncedFiles(page: Page): AnnouncedFile[] {
  const announced: AnnouncedFile[] = [];
  const schema = z.object({ container_id: z.string(), file_id: z.string(), filename: z.string(), url: z.string() });
  page.on('response', async (response) => {
    if (!response.url().endsWith('/api/responses')) return;
    const body = await response.text().catch(() => '');
    for (const match of body.matchAll(/event: proxy\.file\ndata: (.*)\n/g)) announced.push(schema.parse(JSON.parse(match[1] ?? '{}')));
  });
  return announced;
}

/** Like support's waitForTurnEnd, with room for a corpus turn that writes dozens of files on a busy machine. */
export async function waitForCorpusTurn(page: Page): Promise<void> {
  await expect(page.locator('[data-slot="turn"]').last()).toHaveAttribute('data-status', /^(completed|failed|incomplete|cancelled)$/, { timeout: 240_000 });
  await expect(page.getByRole('button', { name: 'Stop' })).toHaveCount(0);
}
