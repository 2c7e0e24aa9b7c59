import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const manifestSchema = z.object({
  name: z.string(),
  dependencies: z.record(z.string(), z.string()).optional(),
  devDependencies: z.record(z.string(), z.string()).optional(),
  optionalDependencies: z.record(z.string(), z.string()).optional(),
});

/** Every workspace package (the `dir/*` globs of pnpm-workspace.yaml) with the workspace packages it depends on. */
function workspaceGraph(): Map<string, string[]> {
  const { packages } = z.object({ packages: z.array(z.string().regex(/^[\w-]+\/\*$/)) }).parse(parse(readFileSync(path.join(root, 'pnpm-workspace.yaml'), 'utf8')));
  const manifests = packages.flatMap((glob) => {
    const parent = path.join(root, glob.slice(0, -2));
    return readdirSync(parent)
      .map((entry) => path.join(parent, entry, 'package.json'))
      .filter((file) => existsSync(file))
      .map((file) => manifestSchema.parse(JSON.parse(readFileSync(file, 'utf8'))));
  });
  const names = new Set(manifests.map((manifest) => manifest.name));
  return new Map(
    manifests.map((manifest) => [
      manifest.name,
      Object.keys({ ...manifest.dependencies, ...manifest.devDependencies, ...manifest.optionalDependencies }).filter((name) => names.has(name)),
    ]),
  );
}

/** The first dependency cycle found, as the path that closes it, or null. */
function findCycle(graph: Map<string, string[]>): string[] | null {
  const done = new Set<string>();
  const visit = (name: string, trail: string[]): string[] | null => {
    if (trail.includes(name)) return [...trail.slice(trail.indexOf(name)), name];
    if (done.has(name)) return null;
    for (const next of graph.get(name) ?? []) {
      const cycle = visit(next, [...trail, name]);
      if (cycle) return cycle;
    }
    done.add(name);
    return null;
  };
  for (const name of graph.keys()) {
    const cycle = visit(name, []);
    if (cycle) return cycle;
  }
  return null;
}

describe('workspace dependencies', () => {
  it('finds a cycle when there is one', () => {
    expect(findCycle(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]]))).toEqual(['a', 'b', 'c', 'a']);
    expect(findCycle(new Map([['a', ['b', 'c']], ['b', ['c']], ['c', []]]))).toBeNull();
  });

  // pnpm warns about cyclic workspace dependencies on every install, and a cycle leaves no valid build order.
  it('form no cycle (dev dependencies included)', () => {
    const graph = workspaceGraph();
    expect(graph.get('@execards/client')).toContain('@execards/proxy');
    expect(findCycle(graph)).toBeNull();
  });
});
