/**
 * The minimal shiki-based code block that the bundle bench sizes beside the kit: what a chat's code block built on
 * shiki ships (AI Elements' code block is shadcn-registry source we cannot fetch here, so this is our own equivalent:
 * shiki's main entry, `codeToHtml` with a light and a dark theme, highlighted after mount). Only built, never rendered.
 */
import { useEffect, useState } from 'react';
import { codeToHtml, type BundledLanguage } from 'shiki';

export interface ShikiCodeBlockProps {
  code: string;
  language: BundledLanguage;
}

export function ShikiCodeBlock({ code, language }: ShikiCodeBlockProps) {
  const [html, setHtml] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void codeToHtml(code, { lang: language, themes: { light: 'github-light', dark: 'github-dark' } }).then((highlighted) => {
      if (current) setHtml(highlighted);
    });
    return () => {
      current = false;
    };
  }, [code, language]);
  if (html === null) {
    return (
      <pre>
        <code>{code}</code>
      </pre>
    );
  }
  // shiki escapes the code it highlights; the markup is its own spans.
  return <div dangerouslySetInnerHTML={{ __html: html }} />;
}
