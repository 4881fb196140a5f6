// The engine: rules that crash, fixes (non-overlapping, bounded passes, never suggestions),
// prepare once per run, per-post options, --only and --rule.
import { describe, expect, test } from 'vitest';
import { defineRule } from '../src/engine/rule.js';
import { applyFixes } from '../src/engine/fix.js';
import { lintText } from '../src/lint.js';
import { spinnerAllowed } from '../src/commands/progress.js';

const base = { offline: true, config: { rules: { placeholder: 'off', 'front-matter': 'off' } } };

describe('a rule that throws', () => {
  test('becomes an internal-error finding on that post; the run completes and is fatal', async () => {
    const boom = defineRule({ id: 't/boom', meta: { description: 'd', docs: { why: 'w' }, defaultSeverity: 'error', fixable: false, network: false }, check() { throw new Error('kaboom'); } });
    const fine = defineRule({ id: 't/fine', meta: { description: 'd', docs: { why: 'w' }, defaultSeverity: 'warn', fixable: false, network: false }, check(post, ctx) { ctx.report({ message: 'still here' }); } });
    const s = await lintText('Hello\n', { ...base, extraRules: [boom, fine], only: ['t/boom', 't/fine'] });
    expect(s.fatal).toBe(true);
    const msgs = s.results[0].messages;
    expect(msgs.find((m) => m.ruleId === 't/boom')).toMatchObject({ severity: 2, fatal: true, message: expect.stringMatching(/^internal error in rule 't\/boom': kaboom/) });
    expect(msgs.find((m) => m.ruleId === 't/fine')?.message).toBe('still here');
  });

  test('a throwing prepare is reported on each of its posts', async () => {
    const bad = defineRule({ id: 't/prep', meta: { description: 'd', docs: { why: 'w' }, defaultSeverity: 'error', fixable: false, network: false }, prepare() { throw new Error('no'); }, check() {} });
    const s = await lintText('- text: a\n- text: b\n', { ...base, filePath: 'c.yaml', extraRules: [bad], only: ['t/prep'] });
    expect(s.results[0].messages.map((m) => m.post)).toEqual([0, 1]);
  });
});

describe('fixes', () => {
  test('applyFixes: non-overlapping, in order; overlapping ones wait', () => {
    expect(applyFixes('abcdef', [{ range: [4, 5], text: 'E' }, { range: [0, 1], text: 'A' }, { range: [0, 2], text: 'XX' }])).toBe('AbcdEf');
  });

  test('fixes are re-applied until stable; suggestions never are', async () => {
    // Each pass upper-cases the first lower-case "x": needs several passes.
    const up = defineRule({
      id: 't/upper',
      meta: { description: 'd', docs: { why: 'w' }, defaultSeverity: 'error', fixable: true, network: false },
      check(post, ctx) {
        const i = post.body.text.indexOf('x');
        if (i >= 0) ctx.report({ message: 'x', at: { part: post.body, start: i, end: i + 1 }, fix: ctx.fixPart(post.body, i, i + 1, 'X') });
        const j = post.body.text.indexOf('y');
        if (j >= 0) ctx.report({ message: 'y', at: { part: post.body, start: j, end: j + 1 }, suggestions: [{ desc: 'Y', fix: ctx.fixPart(post.body, j, j + 1, 'Y') }] });
      },
    });
    const s = await lintText('x x x y\n', { ...base, extraRules: [up], only: ['t/upper'], fix: true });
    expect(s.results[0].output).toBe('X X X y\n');
    expect(s.results[0].messages.map((m) => m.message)).toEqual(['y']);
  });

  test('a fix that never converges stops after a bounded number of passes', async () => {
    let calls = 0;
    const grow = defineRule({
      id: 't/grow',
      meta: { description: 'd', docs: { why: 'w' }, defaultSeverity: 'error', fixable: true, network: false },
      check(post, ctx) {
        calls++;
        ctx.report({ message: 'more', at: { part: post.body, start: 0, end: 0 }, fix: ctx.fixPart(post.body, 0, 0, '!') });
      },
    });
    const s = await lintText('a\n', { ...base, extraRules: [grow], only: ['t/grow'], fix: true });
    expect(s.results[0].output).toBe('!!!!!!!!!!a\n');
    expect(calls).toBe(11);
  });

  test('a fix inside a quoted YAML scalar that would need escaping is not offered', async () => {
    const quote = defineRule({
      id: 't/quote',
      meta: { description: 'd', docs: { why: 'w' }, defaultSeverity: 'error', fixable: true, network: false },
      check(post, ctx) {
        ctx.report({ message: 'q', at: { part: post.body, start: 0, end: 1 }, fix: ctx.fixPart(post.body, 0, 1, '"') });
      },
    });
    const s = await lintText('- text: "a \\" b"\n', { ...base, filePath: 'c.yaml', extraRules: [quote], only: ['t/quote'], fix: true });
    expect(s.results[0].output).toBeUndefined();
  });
});

describe('prepare and per-post settings', () => {
  test('prepare runs once over every post the rule is on; check sees its state and per-post options', async () => {
    let prepared = 0;
    const r = defineRule<{ tag?: string }>({
      id: 't/count',
      meta: { description: 'd', docs: { why: 'w' }, defaultSeverity: 'warn', fixable: false, network: false },
      prepare(posts) {
        prepared++;
        return posts.length;
      },
      check(post, ctx) {
        ctx.report({ message: `${ctx.state} posts, ${ctx.options.tag ?? 'default'}` });
      },
    });
    const text = '- account: a\n  text: one\n- account: b\n  text: two\n';
    const s = await lintText(text, {
      offline: true,
      filePath: 'c.yaml',
      extraRules: [r],
      only: ['t/count'],
      config: { overrides: [{ accounts: ['b'], rules: { 't/count': ['error', { tag: 'for b' }] } }] },
    });
    expect(prepared).toBe(1);
    expect(s.results[0].messages.map((m) => [m.message, m.severity])).toEqual([
      ['2 posts, default', 1],
      ['2 posts, for b', 2],
    ]);
  });

  test('a rule that needs a config section does not run without it', async () => {
    let ran = 0;
    const r = defineRule({ id: 't/needs', meta: { description: 'd', docs: { why: 'w' }, defaultSeverity: 'error', fixable: false, network: false, needs: ['freeze'] }, check() { ran++; } });
    await lintText('Hi\n', { offline: true, extraRules: [r], only: ['t/needs'], config: {} });
    expect(ran).toBe(0);
    await lintText('Hi\n', { offline: true, extraRules: [r], only: ['t/needs'], config: { freeze: { from: '2030-01-01T00:00:00Z' } } });
    expect(ran).toBe(1);
  });

  test('network rules are skipped offline with one notice', async () => {
    const net = defineRule({ id: 't/net', meta: { description: 'd', docs: { why: 'w' }, defaultSeverity: 'error', fixable: false, network: true }, check(post, ctx) { ctx.report({ message: 'ran' }); } });
    const notices: string[] = [];
    const s = await lintText('- text: a\n- text: b\n', { filePath: 'c.yaml', extraRules: [net], only: ['t/net'], offline: true, notice: (m) => notices.push(m), config: {} });
    expect(s.results[0].messages).toEqual([]);
    expect(notices).toEqual(['--offline: skipped t/net (it needs the network)']);
  });
});

describe('progress spinner', () => {
  const stream = (isTTY: boolean, columns: number) => ({ isTTY, columns }) as unknown as NodeJS.WriteStream;
  test('only on an interactive terminal that reports its width, outside CI', () => {
    expect(spinnerAllowed(stream(true, 80), {})).toBe(true);
    expect(spinnerAllowed(stream(true, 0), {})).toBe(false);
    expect(spinnerAllowed(stream(false, 80), {})).toBe(false);
    expect(spinnerAllowed(stream(true, 80), { CI: 'true' })).toBe(false);
  });
});
