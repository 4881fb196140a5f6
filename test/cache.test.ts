// --cache: unchanged posts come from the cache; edits, config changes and date rules do not.
// The cache is a store the engine consults per file, so a cached run gives what an uncached one gives.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { defineRule } from '../src/engine/rule.js';
import { lintFiles } from '../src/lint.js';
import { cli, tempDir } from './support/cli.js';

const CFG = 'accounts:\n  - handle: acme\n    kind: brand\nfreeze:\n  from: 2030-01-10T00:00:00Z\n  to: 2030-01-12T00:00:00Z\n  reason: "Crisis pause"\n';
const POST = '---\naccount: acme\nplatform: x\n---\nFares from $TK\n';

describe('--cache', () => {
  const run = (dir: string, ...extra: string[]) => cli(['drafts', '--cache', '--offline', '--only', 'placeholder,freeze', '-f', 'json', '--now', '2030-01-01T00:00:00Z', ...extra], { cwd: dir });
  const messages = (out: string) => (JSON.parse(out) as { messages: { ruleId: string; message: string }[] }[])[0].messages;

  test('unchanged posts are served from the cache; an edit re-lints them', () => {
    const dir = tempDir({ '.postlintrc.yaml': CFG, 'drafts/a.md': POST });
    expect(messages(run(dir).stdout).map((m) => m.ruleId)).toEqual(['placeholder']);
    const file = join(dir, 'node_modules/.cache/postlint/results.json');
    const cache = JSON.parse(readFileSync(file, 'utf8'));
    const entry = Object.values(cache.files)[0] as { messages: { message: string }[] };
    // Prove the second run reads the cache: doctor the stored message.
    entry.messages[0].message = 'from the cache';
    writeFileSync(file, JSON.stringify(cache));
    expect(messages(run(dir).stdout)[0].message).toBe('from the cache');
    writeFileSync(join(dir, 'drafts/a.md'), POST.replace('$TK', 'TBD'));
    expect(messages(run(dir).stdout)[0].message).toBe('placeholder marker "TBD"');
  });

  test('a config change invalidates the cache', () => {
    const dir = tempDir({ '.postlintrc.yaml': CFG, 'drafts/a.md': POST });
    run(dir);
    writeFileSync(join(dir, '.postlintrc.yaml'), `${CFG}rules:\n  placeholder: warn\n`);
    expect(JSON.parse(run(dir).stdout)[0].warningCount).toBe(1);
  });

  test('date rules always run: the same unchanged post fails once the clock is inside the freeze', () => {
    const dir = tempDir({ '.postlintrc.yaml': CFG, 'drafts/a.md': '---\naccount: acme\nplatform: x\n---\nA calm post.\n' });
    expect(messages(run(dir).stdout)).toEqual([]);
    const inside = run(dir, '--now', '2030-01-11T00:00:00Z');
    expect(messages(inside.stdout).map((m) => m.ruleId)).toEqual(['freeze']);
  });
});

describe('--cache and the clock', () => {
  test("a rule that depends on the date only (time: 'day') is reused the same day and re-run the next", async () => {
    let runs = 0;
    const daily = defineRule({
      id: 't/daily',
      meta: { description: 'd', docs: { why: 'w' }, defaultSeverity: 'warn', fixable: false, network: false, time: 'day' },
      check(post, ctx) {
        runs++;
        ctx.report({ message: `checked on ${ctx.now.toISOString().slice(0, 10)}` });
      },
    });
    const dir = tempDir({ 'a.md': '---\nplatform: x\n---\nHello\n' });
    const location = join(dir, 'cache.json');
    const go = async (now: string) => (await lintFiles(['a.md'], { cwd: dir, config: {}, now: new Date(now), extraRules: [daily], only: ['t/daily'], offline: true, cacheLocation: location })).results[0].messages[0].message;
    expect(await go('2030-01-01T08:00:00Z')).toBe('checked on 2030-01-01');
    expect(await go('2030-01-01T20:00:00Z')).toBe('checked on 2030-01-01');
    expect(runs).toBe(1);
    expect(await go('2030-01-02T08:00:00Z')).toBe('checked on 2030-01-02');
    expect(runs).toBe(2);
  });
});

describe('the result cache inside the one pipeline', () => {
  const FILES = {
    '.postlintrc.yaml': CFG,
    'drafts/a.md': '---\naccount: acme\nplatform: x\npostlint:\n  disable:\n    placeholder: "legacy copy, ticket 12"\n    spelling: "no reason to"\n---\nFares from $TK\n',
    'drafts/b.md': '---\nplatform: [x\n---\nHi\n',
    'drafts/c.md': POST,
    'drafts/cal.yaml': '- account: acme\n  platform: x\n  text: "Soon: TBD"\n- 42\n',
  };
  const lint = (dir: string, extra: Record<string, unknown> = {}) =>
    lintFiles(['drafts'], { cwd: dir, offline: true, only: ['placeholder', 'freeze'], now: new Date('2030-01-11T00:00:00Z'), ...extra });

  test('cold and warm runs give what a run without the cache gives: directives, parse problems, calendars, date rules', async () => {
    const dir = tempDir(FILES);
    const cacheLocation = join(dir, 'cache.json');
    const plain = await lint(dir);
    const cold = await lint(dir, { cacheLocation });
    const warm = await lint(dir, { cacheLocation });
    expect(cold).toEqual(plain);
    expect(warm).toEqual(plain);
    const a = plain.results.find((r) => r.relPath === 'drafts/a.md')!;
    expect(a.suppressedMessages.map((m) => m.ruleId)).toEqual(['placeholder']);
    expect(a.messages.map((m) => [m.ruleId, m.message])).toEqual([
      ['postlint', 'postlint.disable.spelling silenced nothing: remove it so it cannot hide a future finding'],
      ['freeze', expect.stringContaining('Crisis pause')],
    ]);
    const b = plain.results.find((r) => r.relPath === 'drafts/b.md')!;
    expect(b.messages.map((m) => m.ruleId)).toEqual(['postlint']);
  });

  test('with no rule that must run again, an unchanged file is served whole, without parsing it', async () => {
    const dir = tempDir(FILES);
    const cacheLocation = join(dir, 'cache.json');
    await lint(dir, { cacheLocation, only: ['placeholder'] });
    const cache = JSON.parse(readFileSync(cacheLocation, 'utf8'));
    cache.files[join(dir, 'drafts/c.md')].posts[0].id = 'from the cache';
    writeFileSync(cacheLocation, JSON.stringify(cache));
    const warm = await lint(dir, { cacheLocation, only: ['placeholder'] });
    expect(warm.results.find((r) => r.relPath === 'drafts/c.md')!.posts[0]).toMatchObject({ id: 'from the cache', passed: false, errorCount: 1 });
  });

  test('--fix uses the cache for unchanged files and lints fixed text afresh', async () => {
    const files = { 'drafts/a.md': '---\nplatfrom: x\n---\nHello\n', 'drafts/b.md': '---\nplatform: x\n---\nFine\n' };
    const dir = tempDir(files);
    const cacheLocation = join(dir, 'cache.json');
    const opts = { only: ['front-matter'], fix: true };
    const plain = await lint(dir, opts);
    expect(plain.results[0].output).toBe('---\nplatform: x\n---\nHello\n');
    expect(await lint(dir, { ...opts, cacheLocation })).toEqual(plain);
    expect(await lint(dir, { ...opts, cacheLocation })).toEqual(plain);
  });

  test('a rule that crashed is run again next time', async () => {
    let runs = 0;
    const flaky = defineRule({
      id: 't/flaky',
      meta: { description: 'd', docs: { why: 'w' }, defaultSeverity: 'warn', fixable: false, network: false },
      check(_post, ctx) {
        if (++runs === 1) throw new Error('first time');
        ctx.report({ message: 'ran' });
      },
    });
    const dir = tempDir({ 'drafts/a.md': '---\nplatform: x\n---\nHello\n' });
    const opts = { config: {}, extraRules: [flaky], only: ['t/flaky'], cacheLocation: join(dir, 'cache.json') };
    expect((await lint(dir, opts)).fatal).toBe(true);
    expect((await lint(dir, opts)).results[0].messages.map((m) => m.message)).toEqual(['ran']);
    expect((await lint(dir, opts)).results[0].messages.map((m) => m.message)).toEqual(['ran']);
    expect(runs).toBe(2);
  });
});
