// Every built-in rule has a table: test/rules/<id>.test.ts uses the rule tester
// (test/rule-tester.ts) with at least one valid and one invalid case written in the table, and a
// rule's tests live under test/rules/ (<id>.test.ts, or <id>.<topic>.test.ts for a large topic),
// not in files named after the round they were written in. The tables are read, not run, here;
// each runs in its own file (and the tester fails a table without valid or invalid cases there too).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUILTIN_RULES } from '../rules/index.js';
import { findTables, tableProblems } from './support/layout.js';
import { REPO_ROOT } from './support/paths.js';

const RULES_DIR = join(REPO_ROOT, 'test', 'rules');
const ids = Object.keys(BUILTIN_RULES).sort();
const read = (id: string) => {
  const p = join(RULES_DIR, `${id}.test.ts`);
  return existsSync(p) ? readFileSync(p, 'utf8') : undefined;
};

describe('rule tables', () => {
  test.each(ids)('%s: a table in test/rules/ using the rule tester', (id) => {
    expect(tableProblems(id, read(id))).toEqual([]);
  });

  test('every file in test/rules belongs to a built-in rule', () => {
    const stray = readdirSync(RULES_DIR)
      .filter((f) => f.endsWith('.ts'))
      .filter((f) => !ids.some((id) => f === `${id}.test.ts` || (f.startsWith(`${id}.`) && /^[a-z0-9-]+\.test\.ts$/.test(f.slice(id.length + 1)))));
    expect(stray).toEqual([]);
  });

  test("no rule's tests at the top of test/ (they live in test/rules/)", () => {
    const top = readdirSync(join(REPO_ROOT, 'test')).filter((f) => f.endsWith('.test.ts'));
    expect(top.filter((f) => ids.some((id) => f === `${id}.test.ts` || f.startsWith(`${id}-`) || f.startsWith(`${id}.`)))).toEqual([]);
    expect(top.filter((f) => /heldout|probe|unseen|round/.test(f))).toEqual([]);
  });
});

describe('rule tables: the check itself', () => {
  const T = "import { ruleTester } from '../rule-tester.js';\n";
  test('a table with a valid and an invalid case passes', () => {
    expect(tableProblems('tone', `${T}ruleTester('tone').run({ valid: ['a'], invalid: [{ body: 'b', errors: [] }] });`)).toEqual([]);
    expect(tableProblems('tone', `${T}const t = ruleTester('tone', {});\nconst TABLE = { valid: ['a', ...more], invalid: [x] };\nt.run(TABLE);`)).toEqual([]);
  });

  test('no file, no tester, no table, an empty side, only spreads, another rule: each fails', () => {
    expect(tableProblems('tone', undefined)).toEqual(['test/rules/tone.test.ts is missing: every built-in rule has a table there']);
    expect(tableProblems('tone', "test('x', () => {});")[0]).toMatch(/does not use the rule tester/);
    expect(tableProblems('tone', `${T}test('x', () => {});`)[0]).toMatch(/has no ruleTester\('tone'\)/);
    expect(tableProblems('tone', `${T}ruleTester('tone').run({ valid: [], invalid: [x] });`)).toEqual(['line 2: the tone table has no valid case written in it']);
    expect(tableProblems('tone', `${T}ruleTester('tone').run({ valid: ['a'], invalid: [...generated] });`)).toEqual(['line 2: the tone table has no invalid case written in it']);
    expect(tableProblems('tone', `${T}ruleTester('tone').run({ valid: ['a'] });`)[0]).toMatch(/needs `valid` and `invalid` arrays/);
    expect(tableProblems('tone', `${T}ruleTester('tone').run(makeTable());`)[0]).toMatch(/not written as/);
    expect(tableProblems('tone', `${T}ruleTester('length').run({ valid: ['a'], invalid: [x] });`)[0]).toMatch(/belongs in test\/rules\/length\.test\.ts/);
  });

  test('tables are counted per run() call', () => {
    const { tables } = findTables(`ruleTester('a').run({ valid: ['x', 'y', ...z], invalid: [1] });\nruleTester('a', d).run({ valid: ['x'], invalid: [1, 2] }, 'second');`);
    expect(tables.map(({ valid, invalid, spreads }) => [valid, invalid, spreads])).toEqual([[2, 1, 1], [1, 2, 0]]);
  });
});
