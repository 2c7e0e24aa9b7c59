import { fileExtension } from '@execards/core';

/** How a text-like file is shown: Markdown rendered, JSON pretty-printed, anything else as highlighted code or plain text. */
export type TextFormat = { kind: 'markdown' } | { kind: 'json' } | { kind: 'code'; language: string };

/** Prism language ids (of the grammars bundled with prism-react-renderer) by extension; `text` is plain. */
const languageByExtension: Readonly<Record<string, string>> = {
  py: 'python',
  sql: 'sql',
  yaml: 'yaml',
  yml: 'yaml',
  xml: 'markup',
  svg: 'markup',
  html: 'markup',
  htm: 'markup',
  js: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  jsx: 'jsx',
  ts: 'typescript',
  mts: 'typescript',
  cts: 'typescript',
  tsx: 'tsx',
  css: 'css',
  go: 'go',
  rs: 'rust',
  c: 'c',
  h: 'c',
  cpp: 'cpp',
  cc: 'cpp',
  hpp: 'cpp',
  kt: 'kotlin',
  swift: 'swift',
  graphql: 'graphql',
  // No shell, R or TOML grammar is bundled: their names still say what the file is, shown as plain text.
  sh: 'bash',
  bash: 'bash',
  r: 'r',
  toml: 'toml',
};

export function textFormat(fileName: string): TextFormat {
  const extension = fileExtension(fileName);
  if (extension === 'md' || extension === 'markdown') return { kind: 'markdown' };
  if (extension === 'json') return { kind: 'json' };
  return { kind: 'code', language: languageByExtension[extension] ?? 'text' };
}

const jsonWhitespace = new Set([' ', '\t', '\n', '\r']);

function isValidJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Valid JSON re-indented by two spaces, every string and number copied as written (a parse and stringify round
 * trip would change `12345678901234567890` and drop duplicate keys); other text (e.g. cut short) unchanged.
 */
export function prettyJson(text: string): { text: string; pretty: boolean } {
  if (!isValidJson(text)) return { text, pretty: false };
  let output = '';
  let depth = 0;
  let inString = false;
  const newline = () => `\n${'  '.repeat(depth)}`;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index] ?? '';
    if (inString) {
      output += character;
      if (character === '\\') {
        output += text[index + 1] ?? '';
        index += 1;
      } else if (character === '"') inString = false;
      continue;
    }
    if (character === '"') {
      inString = true;
      output += character;
    } else if (character === '{' || character === '[') {
      const closing = character === '{' ? '}' : ']';
      let next = index + 1;
      while (jsonWhitespace.has(text[next] ?? '')) next += 1;
      if (text[next] === closing) {
        output += character + closing;
        index = next;
      } else {
        depth += 1;
        output += character + newline();
      }
    } else if (character === '}' || character === ']') {
      depth -= 1;
      output += newline() + character;
    } else if (character === ',') output += `,${newline()}`;
    else if (character === ':') output += ': ';
    else if (!jsonWhitespace.has(character)) output += character;
  }
  return { text: output, pretty: true };
}
