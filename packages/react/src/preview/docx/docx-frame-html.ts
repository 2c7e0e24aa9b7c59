export type DocumentColorScheme = 'light' | 'dark';

/** The kit's surface, text, muted, border and accent colors (styles.css), written out: the frame cannot read the page's properties. */
const palettes: Record<DocumentColorScheme, { background: string; text: string; muted: string; border: string; link: string; tint: string }> = {
  light: { background: '#ffffff', text: '#1b1f27', muted: '#555d6b', border: '#d9dce3', link: '#2453c9', tint: '#f5f6f8' },
  dark: { background: '#171a21', text: '#e8eaf0', muted: '#a9b0bd', border: '#343a46', link: '#8fb0ff', tint: '#1f232c' },
};

function documentStyles(scheme: DocumentColorScheme): string {
  const color = palettes[scheme];
  return `:root{color-scheme:${scheme};background:${color.background}}
body{margin:0;padding:16px 20px;color:${color.text};background:${color.background};font:15px/1.55 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;overflow-wrap:anywhere}
h1,h2,h3,h4,h5,h6{line-height:1.25;margin:1.2em 0 .5em}
h1{font-size:1.6em}h2{font-size:1.35em}h3{font-size:1.15em}h4,h5,h6{font-size:1em}
body>:first-child{margin-top:0}
p{margin:0 0 .75em}
a{color:${color.link}}
.outside-link{color:inherit;text-decoration:underline dotted}
table{display:block;max-width:100%;overflow-x:auto;border-collapse:collapse;margin:0 0 1em}
th,td{border:1px solid ${color.border};padding:4px 8px;vertical-align:top;text-align:start}
th,thead td{background:${color.tint}}
td>p:last-child,th>p:last-child,li>p:last-child{margin-bottom:0}
img{max-width:100%;height:auto;background:#ffffff}
.image-not-shown{display:inline-block;padding:4px 8px;border:1px dashed ${color.muted};border-radius:6px;color:${color.muted};font-size:13px}
sup,sub{line-height:0}`;
}

/** The converted document as a page for the sandboxed frame, in the page's color scheme. */
export function docxFrameHtml(bodyHtml: string, scheme: DocumentColorScheme): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>${documentStyles(scheme)}</style></head><body>${bodyHtml}</body></html>`;
}
