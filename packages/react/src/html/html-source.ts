import { z } from 'zod';

export interface HtmlSourceProps {
  /** The page as text, or as a file (Blob / File). */
  html?: string | Blob | undefined;
  /** URL of an HTML file, fetched as given. */
  src?: string | undefined;
}

const sourceSchema = z
  .object({ html: z.union([z.string(), z.instanceof(Blob)]).optional(), src: z.string().min(1, 'src is an empty URL').optional() })
  .refine((value) => (value.html === undefined) !== (value.src === undefined), 'give exactly one of html or src');

export interface LoadedHtml {
  text: string;
  /** The original bytes, for "Download HTML". */
  bytes: Blob;
}

export type HtmlSourceCheck = { ok: true; props: HtmlSourceProps } | { ok: false; error: string };

export function checkHtmlSource(props: HtmlSourceProps): HtmlSourceCheck {
  const parsed = sourceSchema.safeParse(props);
  return parsed.success ? { ok: true, props } : { ok: false, error: parsed.error.issues.map((issue) => issue.message).join('; ') };
}

export async function loadHtml(props: HtmlSourceProps, signal: AbortSignal): Promise<LoadedHtml> {
  if (typeof props.html === 'string') return { text: props.html, bytes: new Blob([props.html], { type: 'text/html;charset=utf-8' }) };
  if (props.html) return { text: await props.html.text(), bytes: props.html };
  const response = await fetch(props.src ?? '', { signal });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const bytes = await response.blob();
  return { text: await bytes.text(), bytes };
}
