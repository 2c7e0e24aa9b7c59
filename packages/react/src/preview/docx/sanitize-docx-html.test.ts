import { describe, expect, it } from 'vitest';
import { sanitizeDocxHtml } from './sanitize-docx-html.js';

const options = { imageNotShown: (alt: string | null) => (alt ? `[no image: ${alt}]` : '[no image]'), maxCharacters: 10_000 };

describe('sanitizeDocxHtml', () => {
  it('keeps the document’s structure and text', () => {
    const html = '<h1 id="top">Title</h1><p><strong>bold</strong> <em>it</em><sup>1</sup></p><table><tr><td colspan="2"><p>cell</p></td></tr></table><ul><li>one</li></ul>';
    expect(sanitizeDocxHtml(html, options)).toEqual({
      html: '<h1 id="top">Title</h1><p><strong>bold</strong> <em>it</em><sup>1</sup></p><table><tbody><tr><td colspan="2"><p>cell</p></td></tr></tbody></table><ul><li>one</li></ul>',
      imagesNotShown: 0,
      shortened: false,
    });
  });

  it('drops what could run, load or embed, and every attribute outside the allow-list', () => {
    const html =
      '<p onclick="x()" style="background:url(https://t.invalid/a)" class="c">a<script>alert(1)</script><style>*{}</style></p>' +
      '<iframe srcdoc="<p>inner</p>"></iframe><object data="x.bin"></object><svg><image href="https://t.invalid/i"/></svg>' +
      '<p><font color="red">unwrapped</font> <td rowspan="x">bad span</td></p>';
    expect(sanitizeDocxHtml(html, options).html).toBe('<p>a</p><p>unwrapped bad span</p>');
  });

  it('keeps in-document links, turns outside and script links into text that cannot navigate', () => {
    const html = '<p><a href="#note-1">1</a> <a href="https://t.invalid/x">web</a> <a href="javascript:alert(1)">js</a></p>';
    expect(sanitizeDocxHtml(html, options).html).toBe(
      '<p><a href="#note-1">1</a> <a class="outside-link" title="https://t.invalid/x">web</a> <a class="outside-link" title="javascript:alert(1)">js</a></p>',
    );
  });

  it('shows only inline image data and counts the images it replaced', () => {
    const html =
      '<p><img src="data:image/png;base64,iVBORw0KGgo=" alt="chart"><img src="https://t.invalid/p.png" alt="pixel">' +
      '<img src="about:blank#not-shown"><img src="data:text/html;base64,PHNjcmlwdD4="></p>';
    expect(sanitizeDocxHtml(html, options)).toEqual({
      html: '<p><img src="data:image/png;base64,iVBORw0KGgo=" alt="chart"><span class="image-not-shown">[no image: pixel]</span><span class="image-not-shown">[no image]</span><span class="image-not-shown">[no image]</span></p>',
      imagesNotShown: 3,
      shortened: false,
    });
  });

  it('cuts at a block boundary once the bound is reached, and says so', () => {
    const paragraphs = Array.from({ length: 100 }, (_, index) => `<p>paragraph ${index}</p>`).join('');
    const result = sanitizeDocxHtml(paragraphs, { ...options, maxCharacters: 200 });
    expect(result.shortened).toBe(true);
    expect(result.html.length).toBeLessThanOrEqual(200);
    expect(result.html).toMatch(/^<p>paragraph 0<\/p>.*<p>paragraph \d+<\/p>$/);
  });
});
