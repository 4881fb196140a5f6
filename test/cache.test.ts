// --cache: unchanged posts come from the cache; edits, config changes and date rules do not.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
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
    const { lintFiles } = await import('../src/lint.js');
    const { defineRule } = await import('../src/engine/rule.js');
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
