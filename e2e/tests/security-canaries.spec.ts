import { expect, test } from '@playwright/test';
import { corpus, installCanaries } from '../security/helpers.js';
import { openChat } from './support.js';

test('the corpus has at least 50 cases with unique ids', () => {
  expect(corpus.length).toBeGreaterThanOrEqual(50);
  expect(new Set(corpus.map((entry) => entry.id)).size).toBe(corpus.length);
});

// The corpus specs pass when nothing trips; this proves each canary really trips when a payload gets through.
test('every canary trips when code runs in the app origin', async ({ page, baseURL }) => {
  const canaries = await installCanaries(page, baseURL ?? '');
  await openChat(page);
  expect(await canaries.tripped()).toEqual([]);
  const popup = page.waitForEvent('popup');
  await page.evaluate(async () => {
    (window as unknown as { __pwned: string }).__pwned = 'self-test';
    document.cookie = 'pwned=1';
    localStorage.setItem('pwned', '1');
    sessionStorage.setItem('pwned', '1');
    indexedDB.open('pwned');
    await fetch('http://canary.invalid/self-test').catch(() => undefined);
    window.open('about:blank');
    const frame = document.createElement('iframe');
    frame.srcdoc = '<p>frame</p>';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve));
    await frame.contentWindow?.fetch(`${location.origin}/api/health`);
    let transcript = document.querySelector('[data-slot="transcript"]');
    if (!transcript) {
      transcript = document.createElement('div');
      transcript.setAttribute('data-slot', 'transcript');
      document.body.append(transcript);
    }
    transcript.insertAdjacentHTML('beforeend', '<a href="javascript:void 0">x</a><img src="x" onerror="void 0">');
  });
  await popup;
  const trips = (await canaries.tripped()).join('\n');
  for (const expected of ['flag set on the app window: self-test', 'cookie written', 'localStorage written', 'sessionStorage written', 'indexedDB database created', 'canary host reached from the app', 'popup:', 'got a response', 'script-capable URL', 'handler element']) {
    expect(trips).toContain(expected);
  }
});
