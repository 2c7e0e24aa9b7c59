/** Elements dropped with everything inside them: nothing of a document may run, load, embed or take input. */
const droppedWithContent = new Set([
  'script', 'style', 'template', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math',
  'link', 'meta', 'base', 'head', 'title', 'form', 'input', 'button', 'select', 'textarea', 'audio', 'video', 'source', 'track', 'canvas', 'picture',
]);

/** The elements mammoth writes; any other element is unwrapped (its text kept). */
const keptElements = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'em', 'i', 'u', 's', 'del', 'ins', 'sup', 'sub', 'small', 'br', 'hr',
  'a', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'code', 'span', 'div',
]);

/** Images the frame shows: inline raster or SVG data only (an SVG in <img> runs no script and loads nothing). */
const shownImageSource = /^data:image\/(?:png|jpeg|gif|webp|bmp|svg\+xml);base64,[a-z0-9+/=]*$/i;

export interface SanitizeOptions {
  /** The text standing where an image was left out. */
  imageNotShown: (alt: string | null) => string;
  /** The most characters of HTML kept; later top-level blocks are dropped. */
  maxCharacters: number;
}

export interface SanitizedDocument {
  html: string;
  imagesNotShown: number;
  /** Blocks were dropped to stay within `maxCharacters`. */
  shortened: boolean;
}

/**
 * Rebuilds the converted document from an allow-list, in an inert parsed document (nothing in it loads or runs):
 * links keep their text but only in-document `#` targets stay links (an outside URL would navigate the frame),
 * images stay only as inline data, and the result is cut at a block boundary to `maxCharacters`.
 */
export function sanitizeDocxHtml(html: string, options: SanitizeOptions): SanitizedDocument {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  const output = parsed.createDocumentFragment();
  let imagesNotShown = 0;

  function image(source: Element): Node {
    const src = source.getAttribute('src') ?? '';
    const alt = source.getAttribute('alt')?.trim() || null;
    if (shownImageSource.test(src)) {
      const element = parsed.createElement('img');
      element.setAttribute('src', src);
      element.setAttribute('alt', alt ?? '');
      return element;
    }
    imagesNotShown += 1;
    const placeholder = parsed.createElement('span');
    placeholder.className = 'image-not-shown';
    placeholder.textContent = options.imageNotShown(alt);
    return placeholder;
  }

  function copyAttributes(source: Element, target: Element): void {
    const id = source.getAttribute('id');
    if (id) target.setAttribute('id', id);
    for (const name of ['colspan', 'rowspan']) {
      const value = source.getAttribute(name);
      if (value && /^\d{1,3}$/.test(value)) target.setAttribute(name, value);
    }
    if (target.localName === 'a') {
      const href = source.getAttribute('href') ?? '';
      if (href.startsWith('#')) target.setAttribute('href', href);
      else if (href) {
        target.className = 'outside-link';
        target.setAttribute('title', href);
      }
    }
  }

  function copyChildren(source: Node, target: Node): void {
    for (const child of Array.from(source.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) {
        target.appendChild(parsed.createTextNode(child.textContent ?? ''));
        continue;
      }
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const element = child as Element;
      const name = element.localName;
      if (droppedWithContent.has(name)) continue;
      if (name === 'img') {
        target.appendChild(image(element));
        continue;
      }
      if (!keptElements.has(name)) {
        copyChildren(element, target);
        continue;
      }
      const copy = parsed.createElement(name);
      copyAttributes(element, copy);
      copyChildren(element, copy);
      target.appendChild(copy);
    }
  }

  copyChildren(parsed.body, output);

  let length = 0;
  let shortened = false;
  const kept: string[] = [];
  for (const block of Array.from(output.childNodes)) {
    const text = block.nodeType === Node.ELEMENT_NODE ? (block as Element).outerHTML : escapeText(block.textContent ?? '');
    if (length + text.length > options.maxCharacters) {
      shortened = true;
      break;
    }
    length += text.length;
    kept.push(text);
  }
  return { html: kept.join(''), imagesNotShown, shortened };
}

function escapeText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
