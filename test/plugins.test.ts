// Plugins (a local file or an npm package named in `plugins:`) and custom_rules, through the engine.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { lintText } from '../src/lint.js';
import { tempDir } from './support/cli.js';

const EXAMPLE = resolve('fixtures/plugins/emoji-limit.mjs');
const lint = async (text: string, config: Record<string, unknown>, root?: string) => {
  // offline: these tests are about plugins, and must never reach the network.
  const s = await lintText(text, { config, cwd: root ?? process.cwd(), filePath: 'post.md', offline: true });
  return s.results[0].messages;
};

describe('the example plugin (fixtures/plugins/emoji-limit.mjs)', () => {
  test('reports over the limit, at the first emoji past it', async () => {
    const text = '---\nplatform: x\n---\nSale 🎉🎉🎉🎉 today\n';
    const [m, ...rest] = await lint(text, { plugins: [EXAMPLE], rules: { 'acme/emoji-limit': ['warn', { max: 3 }], placeholder: 'off' } });
    expect(rest.filter((r) => r.ruleId === 'acme/emoji-limit')).toEqual([]);
    expect(m).toMatchObject({ ruleId: 'acme/emoji-limit', severity: 1, message: '4 emoji in one post; the team limit is 3', line: 4, column: 12 });
  });

  test('within the limit passes; its options are validated', async () => {
    expect((await lint('---\nplatform: x\n---\nSale 🎉 today\n', { plugins: [EXAMPLE] })).filter((m) => m.ruleId === 'acme/emoji-limit')).toEqual([]);
    await expect(lint('Hi', { plugins: [EXAMPLE], rules: { 'acme/emoji-limit': ['warn', { maximum: 3 }] } })).rejects.toThrow("rule 'acme/emoji-limit': unknown option 'maximum'");
  });

  test('relative plugin paths start at the config folder', async () => {
    const dir = tempDir({ '.postlintrc.yaml': `plugins: ["${EXAMPLE}"]\n` });
    const s = await lintText('---\nplatform: x\n---\n🎉🎉🎉🎉\n', { config: join(dir, '.postlintrc.yaml'), cwd: dir, only: ['acme/emoji-limit'], offline: true });
    expect(s.results[0].messages[0].ruleId).toBe('acme/emoji-limit');
  });
});

describe('plugins from npm packages', () => {
  test('an ESM package in the content repo\'s node_modules, exporting { rules }', async () => {
    const dir = tempDir({
      'node_modules/postlint-plugin-acme/package.json': JSON.stringify({ name: 'postlint-plugin-acme', type: 'module', exports: { '.': { import: './index.js' } } }),
      'node_modules/postlint-plugin-acme/index.js': `export default { rules: { shout: { id: 'acme/no-shouting', meta: { description: 'No ALL CAPS posts' }, check(post, ctx) { if (/^[^a-z]*[A-Z]{4,}[^a-z]*$/.test(post.body.text)) ctx.report({ message: 'the whole post is in capitals', at: { post: true } }); } } } };\n`,
    });
    const msgs = await lint('---\nplatform: x\n---\nBIG SALE TODAY\n', { plugins: ['postlint-plugin-acme'] }, dir);
    expect(msgs.find((m) => m.ruleId === 'acme/no-shouting')).toMatchObject({ severity: 2, message: 'the whole post is in capitals' });
  });
});

describe('bad plugins give a clear error naming the plugin', () => {
  const dir = tempDir({
    'throws.mjs': "throw new Error('boom at load');\n",
    'shape.mjs': "export default { id: 'x/y', meta: { description: 'd' } };\n",
    'noid.mjs': 'export default { meta: { description: "d" }, check() {} };\n',
    'dup.mjs': "export default { id: 'placeholder', meta: { description: 'd' }, check() {} };\n",
    'own.mjs': "export default { id: 'postlint', meta: { description: 'd' }, check() {} };\n",
  });
  test.each([
    [join(dir, 'missing.mjs'), /plugin '.*missing\.mjs' was not found: no such file/],
    ['postlint-plugin-nope', /plugin 'postlint-plugin-nope' was not found: install it \(npm install --save-dev postlint-plugin-nope\)/],
    [join(dir, 'throws.mjs'), /plugin '.*throws\.mjs' failed to load: boom at load/],
    [join(dir, 'shape.mjs'), /rule 'x\/y' has no check\(post, ctx\) function/],
    [join(dir, 'noid.mjs'), /exports rule 1 without a valid string 'id'/],
    [join(dir, 'dup.mjs'), /defines rule 'placeholder', which already exists/],
    [join(dir, 'own.mjs'), /rule id 'postlint' is postlint's own/],
  ])('%s', async (plugin, error) => {
    await expect(lint('Hi', { plugins: [plugin] }, dir)).rejects.toThrow(error);
  });
});

describe('custom_rules: rules without code', () => {
  const config = (rules: unknown[]) => ({ custom_rules: rules, rules: { placeholder: 'off', 'front-matter': 'off' } });

  test('words: whole words and phrases, never inside other words, URLs or handles', async () => {
    const msgs = await lint('Try our synergy platform, not synergyx. https://synergy.io @synergy', config([{ id: 'no-jargon', message: 'Avoid "{match}": say what it does.', words: ['synergy', 'best in class'], level: 'error' }]));
    const mine = msgs.filter((m) => m.ruleId === 'no-jargon');
    expect(mine.map((m) => [m.ruleId, m.message, m.column, m.severity])).toEqual([['no-jargon', 'Avoid "synergy": say what it does.', 9, 2]]);
  });

  test('replace: a substitution with a fix', async () => {
    const root = tempDir();
    mkdirSync(join(root, 'd'), { recursive: true });
    const text = 'Log in to the e-mail app\n';
    const s = await lintText(text, { config: config([{ id: 'house-style', message: 'Write "{replacement}", not "{match}".', replace: { 'e-mail': 'email', 'log in to': 'sign in to' } }]), cwd: root, fix: true, offline: true });
    expect(s.results[0].output).toBe('sign in to the email app\n');
    const before = (await lint(text, config([{ id: 'house-style', message: 'Write "{replacement}", not "{match}".', replace: { 'e-mail': 'email' } }]))).filter((m) => m.ruleId === 'house-style');
    expect(before[0]).toMatchObject({ message: 'Write "email", not "e-mail".', severity: 1, fix: { text: 'email' } });
  });

  test('patterns, limited to accounts and platforms', async () => {
    const rule = { id: 'no-price-cents', message: 'Round prices: {match}', patterns: ['\\$\\d+\\.99'], accounts: ['acme'], platforms: ['x'] };
    const mine = async (t: string) => (await lint(t, config([rule]))).filter((m) => m.ruleId === 'no-price-cents');
    expect(await mine('---\naccount: acme\nplatform: x\n---\nNow $19.99\n')).toHaveLength(1);
    expect(await mine('---\naccount: other\nplatform: x\n---\nNow $19.99\n')).toHaveLength(0);
    expect(await mine('---\naccount: acme\nplatform: linkedin\n---\nNow $19.99\n')).toHaveLength(0);
  });

  test('a pattern that backtracks catastrophically is refused, not run', async () => {
    await expect(lint('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!', config([{ id: 'evil', message: 'x', patterns: ['(a+)+$'] }]))).rejects.toThrow(
      /custom rule 'evil': pattern "\(a\+\)\+\$" is refused: it can backtrack catastrophically \(exponential time/,
    );
    await expect(lint('x', config([{ id: 'poly', message: 'x', patterns: ['\\s*\\s*\\s*$'] }]))).rejects.toThrow(/polynomial/);
  });

  test('invalid patterns and empty rules are config errors', async () => {
    await expect(lint('x', config([{ id: 'broken', message: 'x', patterns: ['(unclosed'] }]))).rejects.toThrow(/pattern "\(unclosed" is not a valid regular expression/);
    await expect(lint('x', config([{ id: 'empty', message: 'x' }]))).rejects.toThrow(/give words, patterns or replace/);
  });
});

