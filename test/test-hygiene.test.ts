// Tests leave nothing behind and depend on no machine's layout: temp folders come from
// test/support/temp.ts (removed after each test file), and no test names an absolute /work path
// (../shared is found from the repository root, test/support/paths.ts, and skipped when absent).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { hygieneProblems } from './support/layout.js';
import { REPO_ROOT } from './support/paths.js';

const TEST_DIR = join(REPO_ROOT, 'test');
const EXEMPT = new Set(['test/support/temp.ts', 'test/support/layout.ts']);
const files = (readdirSync(TEST_DIR, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.ts'))
  .map((f) => relative(REPO_ROOT, join(TEST_DIR, f)).split('\\').join('/'))
  .filter((f) => !EXEMPT.has(f))
  .sort();

describe('test hygiene', () => {
  test('no test makes its own temp folders or names a /work path', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files.flatMap((f) => hygieneProblems(f, readFileSync(join(REPO_ROOT, f), 'utf8')))).toEqual([]);
  });

  test('the check finds what it is for, and not comments', () => {
    // Built from pieces, so that this file does not trip its own check.
    const [mk, tmp, work] = ['mkdtemp' + 'Sync', 'tmp' + 'dir', "'/" + "work/shared/corpus'"];
    expect(hygieneProblems('a.ts', `const d = ${mk}(join(${tmp}(), 'x-'));`)).toHaveLength(1);
    expect(hygieneProblems('a.ts', `const c = resolve(${work});`)[0]).toMatch(/absolute \/work path/);
    expect(hygieneProblems('a.ts', "// was in /work/shared\nconst d = makeTempDir('x-');")).toEqual([]);
    expect(hygieneProblems('a.ts', "const u = 'https://example.test/work/x';")).toEqual([]);
  });
});
