// The programmatic API as a user imports it: from the package name, the built files.
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { defineRule, formatters, lint, lintText, loadConfig } from 'postlint';
import { tempDir } from './support/cli.js';

describe("import { lint, loadConfig, formatters, defineRule } from 'postlint'", () => {
  test('types ship with the package', () => {
    expect(existsSync('dist/src/index.d.ts')).toBe(true);
  });

  test('lint files with a loaded config, then format the results', async () => {
    const dir = tempDir({ '.postlintrc.yaml': 'rules:\n  placeholder: warn\n', 'drafts/a.md': '---\nplatform: x\n---\nFares from $TK\n' });
    const config = loadConfig({ cwd: dir });
    expect(config.rules.placeholder.severity).toBe('warn');
    const summary = await lint(['drafts'], { config, cwd: dir, only: ['placeholder'], offline: true });
    expect(summary.results[0].warningCount).toBe(1);
    const json = await formatters.json();
    expect(JSON.parse(json(summary, { color: false, cwd: dir }))[0].messages[0].ruleId).toBe('placeholder');
    const stylish = await formatters.stylish();
    expect(stylish(summary, { color: false, cwd: dir })).toContain('PASS  drafts/a.md');
  });

  test('defineRule: a rule written against the API runs as a plugin would', async () => {
    const rule = defineRule<{ word: string }>({
      id: 'team/no-word',
      meta: { description: 'no banned word', docs: { why: 'house style' }, defaultSeverity: 'error', fixable: true, network: false },
      check(post, ctx) {
        const i = post.body.text.indexOf(ctx.options.word ?? 'synergy');
        if (i >= 0) ctx.report({ message: 'banned word', at: { part: post.body, start: i, end: i + 7 }, fix: ctx.fixPart(post.body, i, i + 7, 'teamwork') });
      },
    });
    expect(rule.id).toBe('team/no-word');
    const s = await lintText('Pure synergy.\n', { config: { rules: { 'team/no-word': ['warn', { word: 'synergy' }] } }, extraRules: [rule], only: ['team/no-word'], fix: true, offline: true });
    expect(s.results[0].output).toBe('Pure teamwork.\n');
    const plain = await lintText('Pure synergy.\n', { extraRules: [rule], only: ['team/no-word'], offline: true });
    expect(plain.results[0].messages[0]).toMatchObject({ ruleId: 'team/no-word', severity: 2, message: 'banned word', column: 6 });
  });
});
