import { frameMessageType } from './frame-messages.js';
import { htmlToImageSource } from './html-to-image-source.js';

/**
 * No network at all: scripts and styles only inline, images and fonts only from data: and blob:.
 * Together with `sandbox="allow-scripts"` (an opaque origin: no cookies, storage, parent DOM,
 * popups, forms, top navigation or modal dialogs) this keeps untrusted HTML inside its frame.
 */
export const frameContentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'unsafe-inline'",
  "style-src 'unsafe-inline'",
  'img-src data: blob:',
  'font-src data:',
  'media-src data: blob:',
  "connect-src 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

/**
 * The bridge: reports the content height, answers capture requests with a PNG, and makes the page
 * usable by keyboard. Runs inside the frame, before the page's own scripts.
 * - The page's body is a tab stop, so Tab always enters the page (and arrow keys scroll it), even a
 *   page without links or buttons, which Chromium's Tab would otherwise pass over. (The body, not the
 *   root: a tab stop on <html> changes the height html-to-image captures.)
 * - It tells the parent when keyboard focus is inside, so the parent can show how to leave.
 * - Escape asks the parent to move focus out. The listener is on the window's capture phase and is
 *   added first, so the page's own handlers cannot swallow it: a page that traps Tab cannot trap
 *   the keyboard.
 */
function bridgeScript(channel: string): string {
  const types = JSON.stringify(frameMessageType);
  return `(function () {
  var channel = ${JSON.stringify(channel)};
  var types = ${types};
  var post = function (message) { message.channel = channel; parent.postMessage(message, '*'); };
  var lastHeight = -1;
  var contentHeight = function () {
    var body = document.body;
    return Math.ceil(Math.max(document.documentElement.scrollHeight, body ? body.scrollHeight : 0));
  };
  var reportHeight = function () {
    var height = contentHeight();
    if (height !== lastHeight) { lastHeight = height; post({ type: types.height, height: height }); }
  };
  new ResizeObserver(reportHeight).observe(document.documentElement);
  document.addEventListener('DOMContentLoaded', function () {
    if (document.body && !document.body.hasAttribute('tabindex')) document.body.tabIndex = 0;
  });
  var reportKeyboardFocus = function () {
    var active = document.activeElement;
    post({ type: types.keyboardFocus, inside: Boolean(active && active.matches(':focus-visible')) });
  };
  document.addEventListener('focusin', reportKeyboardFocus);
  addEventListener('blur', function () { post({ type: types.keyboardFocus, inside: false }); });
  addEventListener('keydown', function (event) { if (event.key === 'Escape') post({ type: types.leave }); }, true);
  document.addEventListener('DOMContentLoaded', reportHeight);
  addEventListener('load', function () { reportHeight(); post({ type: types.ready }); });
  addEventListener('message', function (event) {
    var data = event.data;
    if (event.source !== parent || !data || data.type !== types.capture || data.channel !== channel) return;
    var width = document.documentElement.clientWidth;
    var height = Math.max(document.documentElement.clientHeight, contentHeight());
    window.htmlToImage.toPng(document.documentElement, {
      width: width,
      height: height,
      pixelRatio: 1,
      backgroundColor: getComputedStyle(document.body || document.documentElement).backgroundColor === 'rgba(0, 0, 0, 0)' ? '#ffffff' : undefined,
      filter: function (node) { return !(node instanceof HTMLScriptElement) && !(node instanceof HTMLMetaElement); }
    }).then(function (dataUrl) {
      post({ type: types.png, id: String(data.id), dataUrl: dataUrl, width: width, height: height });
    }, function (error) {
      post({ type: types.pngError, id: String(data.id), message: String((error && error.message) || error) });
    });
  });
})();`;
}

/** Keeps injected code from closing its own <script> element early. */
function inlineScript(code: string): string {
  return `<script>${code.replaceAll('</script', '<\\/script')}</script>`;
}

/**
 * The `srcdoc` for a preview: the CSP and the bridge first (after a doctype, so standards mode is
 * kept), then the page exactly as given. Elements before the page's own <head> land in the head.
 */
export function buildFrameDocument(html: string, channel: string): string {
  const preamble = [
    `<meta http-equiv="Content-Security-Policy" content="${frameContentSecurityPolicy}">`,
    inlineScript(htmlToImageSource),
    inlineScript(bridgeScript(channel)),
  ].join('');
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
  if (doctype) return `${doctype[0]}${preamble}${html.slice(doctype[0].length)}`;
  return `<!doctype html>${preamble}${html}`;
}
