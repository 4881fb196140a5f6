// The flow runs one way: no module of src/ or rules/ imports, directly or round about, a module
// that imports it. A circle makes load order decide whether a name is defined yet (a crash at
// start-up, or `undefined` only in some entry points), so shared names belong in leaf modules.
// Dynamic imports count too: a lazy import back into the CLI is still a circle.
// The walk reads import specifiers with a regular expression, not the TypeScript compiler API,
// which TypeScript 7 no longer has.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { tempDir } from './support/cli.js';

const STATIC = /^[ \t]*(?:import|export)\s(?:[^;'"]*?\sfrom\s*)?['"]([^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function tsFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) tsFiles(p, out);
    else if (p.endsWith('.ts') && !p.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** Local imports of each file, as absolute .ts paths. */
function importGraph(files: string[]): Map<string, string[]> {
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    const specs = [...text.matchAll(STATIC), ...text.matchAll(DYNAMIC)].map((m) => m[1]).filter((s) => s.startsWith('.'));
    graph.set(f, [...new Set(specs.map((s) => resolve(dirname(f), s.replace(/\.js$/, '.ts'))).filter((t) => known.has(t)))]);
  }
  return graph;
}

/** Each circle once, as the path that closes it (Tarjan's strongly connected components). */
function circles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      group.push(w);
    } while (w !== v);
    if (group.length > 1 || graph.get(v)?.includes(v)) found.push(group.reverse());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('import graph', () => {
  test('no import circles in src/ and rules/', () => {
    const root = resolve(import.meta.dirname, '..');
    const graph = importGraph([...tsFiles(join(root, 'src')), ...tsFiles(join(root, 'rules'))]);
    // The walk must see the graph: the CLI lazily imports its commands.
    expect(graph.get(join(root, 'src/cli.ts'))).toContain(join(root, 'src/commands/lint.ts'));
    // Each entry: the modules of one circle.
    expect(circles(graph).map((c) => c.map((f) => relative(root, f)).join(', '))).toEqual([]);
  });

  test('the walk finds a circle through a lazy import, a re-export and a multi-line import, and skips comments', () => {
    const dir = tempDir({
      'a.ts': "import {\n  b,\n} from './b.js';\n// import { e } from './sub/e.js' (a comment, not an import)\nexport const a = 1;\n",
      'b.ts': "export const b = 2;\nexport async function c() {\n  return (await import('./c.js')).c;\n}\n",
      'c.ts': "export * from './a.js';\n",
      'sub/e.ts': "import type { a } from '../a.js';\n",
    });
    const files = tsFiles(dir);
    const found = circles(importGraph(files)).map((c) => c.map((f) => relative(dir, f)).sort());
    expect(found).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });
});
