import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const packagesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const clientPackages = ['react', 'client', 'ai-sdk', 'assistant-ui'];
const browserGlobals = new Set(['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'XMLHttpRequest', 'Worker', 'ResizeObserver', 'IntersectionObserver', 'matchMedia', 'requestAnimationFrame']);
const clientOnlyReactCalls = new Set(['createContext', 'lazy']);

function builtModules(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** What makes a module client-only: a hook call, a context or lazy component, or a browser global (strings such as iframe scripts do not count). */
export function clientOnlyReasons(code: string): string[] {
  const source = ts.createSourceFile('module.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const reasons = new Set<string>();
  function visit(node: ts.Node) {
    if (ts.isCallExpression(node)) {
      const callee = ts.isPropertyAccessExpression(node.expression) ? node.expression.name : node.expression;
      if (ts.isIdentifier(callee) && (/^use[A-Z]/.test(callee.text) || clientOnlyReactCalls.has(callee.text))) reasons.add(`${callee.text}()`);
    }
    if (ts.isIdentifier(node) && browserGlobals.has(node.text)) {
      const parent = node.parent;
      const isPropertyName = (ts.isPropertyAccessExpression(parent) && parent.name === node) || (ts.isPropertyAssignment(parent) && parent.name === node);
      // `typeof window` is feature detection, which runs anywhere.
      if (!isPropertyName && !ts.isTypeOfExpression(parent)) reasons.add(node.text);
    }
    ts.forEachChild(node, visit);
  }
  visit(source);
  return [...reasons];
}

function startsWithUseClient(code: string): boolean {
  return /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*(['"])use client\1/.test(code);
}

describe('"use client" in the built packages', () => {
  it('tells a hook call and a browser global from a string that mentions them', () => {
    expect(clientOnlyReasons("const transport = typeof XMLHttpRequest === 'function' ? 1 : 2;")).toEqual([]);
    expect(clientOnlyReasons("const frame = `<script>document.body</script>`; export const x = 'window.open';")).toEqual([]);
    expect(clientOnlyReasons('import { useState } from "react"; export function A() { useState(0); return document.title; }')).toEqual(['useState()', 'document']);
  });

  for (const name of clientPackages) {
    it(`every client-only module of @execards/${name} starts with the directive`, () => {
      const dist = path.join(packagesDir, name, 'dist');
      expect(existsSync(dist), `${dist} is missing: run \`pnpm exec tsc -b\` first`).toBe(true);
      const missing = builtModules(dist)
        .filter((file) => !/[\\/](test-support|examples|readme)[\\/]|\.(test|stories)\.js$/.test(file))
        .flatMap((file) => {
          const code = readFileSync(file, 'utf8');
          const reasons = clientOnlyReasons(code);
          return reasons.length > 0 && !startsWithUseClient(code) ? [`${path.relative(dist, file)} (${reasons.join(', ')})`] : [];
        });
      expect(missing).toEqual([]);
      // Parsing every built module takes seconds on a loaded machine.
    }, 60_000);
  }
});
