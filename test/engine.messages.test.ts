// Message ids (ESLint's meta.messages): templates with {{name}} placeholders, reports by
// messageId + data, rule bugs in reports crash loudly, postlint's own findings have ids, and the
// JSON and SARIF outputs carry them. Every built-in rule declares its messages and reports only those.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BUILTIN_RULES } from '../rules/index.js';
import { loadConfig } from '../src/config/load.js';
import { ENGINE_ID, ENGINE_MESSAGES } from '../src/engine/engine-id.js';
import { interpolate, placeholders, reportText, sarifTemplate } from '../src/engine/messages.js';
import { defineRule, type Rule } from '../src/engine/rule.js';
import { lintFiles, lintText } from '../src/lint.js';
import { formatters } from '../src/report/index.js';
import type { Message, Report, RunSummary } from '../src/types.js';
import { cli, tempDir } from './support/cli.js';
import { corpusCopy, startCorpusServer } from './support/corpus-server.js';

const require = createRequire(import.meta.url);
const base = { offline: true, config: { rules: { placeholder: 'off', 'front-matter': 'off' } } };
const meta = { description: 'd', docs: { why: 'w' }, defaultSeverity: 'error' as const, fixable: false, network: false };

/** A rule that reports what `reports` says, on the whole post. */
function reporting(id: string, messages: Record<string, string> | undefined, ...reports: Report[]): Rule {
  return defineRule({ id, meta: { ...meta, messages }, check(_post, ctx) { for (const r of reports) ctx.report(r); } });
}

async function lint(rule: Rule, text = '---\nplatform: x\n---\nHello\n'): Promise<RunSummary> {
  return lintText(text, { ...base, extraRules: [rule], only: [rule.id] });
}

describe('templates', () => {
  test('placeholders: each name once, in order; spaces inside the braces are allowed', () => {
    expect(placeholders('{{a}} and {{ b }} then {{a}}')).toEqual(['a', 'b']);
    expect(placeholders('no placeholders { here }')).toEqual([]);
  });

  test('interpolate fills every placeholder, numbers included, and does not fill values again', () => {
    expect(interpolate("'{{word}}' is {{n}} letters", { word: 'tk', n: 2 })).toBe("'tk' is 2 letters");
    expect(interpolate('{{ a }}{{a}}', { a: 'x' })).toBe('xx');
    expect(interpolate('template variable {{v}}', { v: '{{first_name}}' })).toBe('template variable {{first_name}}');
    expect(interpolate('literal { braces } stay', {})).toBe('literal { braces } stay');
  });

  test('a placeholder without a value throws, whether data lacks it or holds undefined', () => {
    expect(() => interpolate('{{a}} {{b}}', { a: 'x' })).toThrow('message placeholder {{b}} has no value in data');
    expect(() => interpolate('{{a}}', undefined)).toThrow(/\{\{a\}\} has no value/);
    expect(() => interpolate('{{a}}', { a: undefined as unknown as string })).toThrow(/\{\{a\}\} has no value/);
  });

  test('reportText: messageId with data, or message as given; anything else is the rule\'s bug', () => {
    const messages = { hi: 'hello {{who}}' };
    expect(reportText(messages, { messageId: 'hi', data: { who: 'you' } })).toBe('hello you');
    expect(reportText(undefined, { message: 'as {{written}}' })).toBe('as {{written}}');
    expect(reportText(undefined, { message: 'as {{written}}', data: { written: 'filled' } })).toBe('as filled');
    expect(() => reportText(messages, { messageId: 'bye' })).toThrow("reported messageId 'bye', which meta.messages does not declare (it has hi)");
    expect(() => reportText(undefined, { messageId: 'hi' })).toThrow('(the rule has no meta.messages)');
    expect(() => reportText(messages, { messageId: 'toString' })).toThrow(/does not declare/);
    expect(() => reportText(messages, { messageId: 'hi', message: 'both', data: { who: 'x' } })).toThrow(/both message and messageId/);
    expect(() => reportText(messages, {})).toThrow(/neither a message nor a messageId/);
  });

  test('in SARIF syntax placeholders are {0}, {1} in order of first appearance, literal braces doubled', () => {
    expect(sarifTemplate('{{b}} before {{a}}, {{b}} again')).toBe('{0} before {1}, {0} again');
    expect(sarifTemplate('postlint: { disable: { {{rule}}: "why" } }')).toBe('postlint: {{ disable: {{ {0}: "why" }} }}');
  });
});

describe('the engine', () => {
  test('a report by messageId gets its text from the template; the message keeps the id and data', async () => {
    const s = await lint(reporting('t/ids', { tooMany: '{{count}} emoji; the limit is {{max}}', plain: 'no placeholders' }, { messageId: 'tooMany', data: { count: 5, max: 3 } }, { messageId: 'plain' }));
    expect(s.fatal).toBe(false);
    const [a, b] = s.results[0].messages;
    expect(a).toMatchObject({ ruleId: 't/ids', message: '5 emoji; the limit is 3', messageId: 'tooMany', data: { count: 5, max: 3 } });
    expect(b).toMatchObject({ message: 'no placeholders', messageId: 'plain' });
    expect(b).not.toHaveProperty('data');
  });

  test('a report that gives its message directly still works (plugins), with no messageId', async () => {
    const s = await lint(reporting('t/text', undefined, { message: 'said directly' }));
    expect(s.results[0].messages[0].message).toBe('said directly');
    expect(s.results[0].messages[0]).not.toHaveProperty('messageId');
  });

  const broken: [string, Record<string, string> | undefined, Report, RegExp][] = [
    ['an unknown messageId', { known: 'k' }, { messageId: 'unknown' }, /reported messageId 'unknown', which meta.messages does not declare \(it has known\)/],
    ['a messageId from a rule without meta.messages', undefined, { messageId: 'x' }, /the rule has no meta.messages/],
    ['a placeholder without data', { hi: 'hello {{who}}' }, { messageId: 'hi' }, /message placeholder \{\{who\}\} has no value in data/],
    ['a placeholder the data lacks', { hi: 'hello {{who}}' }, { messageId: 'hi', data: { whom: 'x' } }, /\{\{who\}\} has no value/],
    ['both message and messageId', { hi: 'hello' }, { messageId: 'hi', message: 'hello' }, /both message and messageId 'hi'/],
    ['neither message nor messageId', { hi: 'hello' }, {}, /neither a message nor a messageId/],
  ];
  test.each(broken)('%s crashes the rule: a fatal internal error at the rule\'s line, exit 2', async (_, messages, report, why) => {
    const s = await lint(reporting('t/bug', messages, report));
    expect(s.fatal).toBe(true);
    const m = s.results[0].messages.find((x) => x.ruleId === 't/bug')!;
    expect(m).toMatchObject({ severity: 2, fatal: true, message: expect.stringMatching(/^internal error in rule 't\/bug': /) });
    expect(m.message).toMatch(why);
    // The stack frame named is the rule's call to ctx.report, not the engine's.
    expect(m.message).toMatch(/messages\.test\.ts:\d+/);
    expect(s.results[0].messages.filter((x) => x.ruleId === 't/bug')).toHaveLength(1);
  });

  test('a broken report is fatal even when the rule catches the error itself, and reports before it stay', async () => {
    const rule = defineRule({
      id: 't/swallow',
      meta: { ...meta, messages: { ok: 'fine' } },
      check(_post, ctx) {
        ctx.report({ messageId: 'ok' });
        try {
          ctx.report({ messageId: 'typo' });
        } catch {
          /* a rule that hides its own errors */
        }
      },
    });
    const s = await lint(rule);
    expect(s.fatal).toBe(true);
    expect(s.results[0].messages.map((m) => m.message)).toEqual(['fine', expect.stringMatching(/^internal error in rule 't\/swallow': reported messageId 'typo'/)]);
  });

  test('a rule whose meta.messages is not a map of strings is refused when the rules load', async () => {
    for (const messages of [['a'], { a: 1 }, 'text'])
      await expect(lint(reporting('t/shape', messages as unknown as Record<string, string>))).rejects.toThrow("rule 't/shape' has a meta.messages that is not a map of message ids to template strings");
  });
});

describe("postlint's own findings", () => {
  const own = async (text: string, filePath = 'post.md', config: Record<string, unknown> = {}) =>
    (await lintText(text, { offline: true, filePath, only: [], config })).results[0].messages.filter((m) => m.ruleId === ENGINE_ID);

  test('parse problems and directives carry ids from ENGINE_MESSAGES, their text the filled template', async () => {
    const cases: [string, string, string][] = [
      ['---\nplatform: x\n', 'post.md', 'unclosedFrontMatter'],
      ['---\nplatform: [x\n---\nHi\n', 'post.md', 'malformedFrontMatter'],
      ['---\n- a\n---\nHi\n', 'post.md', 'frontMatterNotMapping'],
      ['- platform: x\n- just text\n', 'c.yaml', 'noText'],
      ['- just text\n- text: ok\n', 'c.yaml', 'itemNotPost'],
      ['- text: [1]\n', 'c.yaml', 'textNotString'],
      ['{"posts": 1, "text": [}', 'c.json', 'malformedCalendar'],
      ['---\nplatform: x\npostlint: { disable: { no-such-rule: "x" } }\n---\nHi\n', 'post.md', 'unknownRule'],
      ['---\nplatform: x\npostlint: { disable: { placeholder: "" } }\n---\nHi\n', 'post.md', 'disableNeedsReason'],
      ['---\nplatform: x\npostlint: { disable: { placeholder: "ok by legal" } }\n---\nHi\n', 'post.md', 'unusedDisable'],
    ];
    for (const [text, file, id] of cases) {
      const [m] = await own(text, file);
      expect(m?.messageId, `${id}: ${m?.message}`).toBe(id);
      expect(m.message).toBe(interpolate(ENGINE_MESSAGES[id as keyof typeof ENGINE_MESSAGES], m.data));
    }
    const [d] = await own('---\nplatform: x\npostlint: { disable: { no-such-rule: "x" } }\n---\nHi\n');
    expect(d).toMatchObject({ message: "postlint.disable names an unknown rule 'no-such-rule'", data: { rule: 'no-such-rule' } });
  });

  test('files that cannot be read: binary, not UTF-8, too big, a symlink loop', async () => {
    const dir = tempDir({ 'bin.md': Buffer.from([0x41, 0x00]), 'latin1.md': Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]), 'big.md': 'x'.repeat(100) });
    mkdirSync(join(dir, 'loop'));
    symlinkSync('..', join(dir, 'loop', 'back'));
    const s = await lintFiles(['.'], { cwd: dir, offline: true, only: [], maxFileSize: 50, config: {} });
    const of = (f: string) => s.results.find((r) => r.relPath === f)!.messages[0];
    expect(of('bin.md')).toMatchObject({ messageId: 'binary', data: { file: 'bin.md' }, message: 'bin.md looks like a binary file (it contains a NUL byte); drafts must be UTF-8 text' });
    expect(of('latin1.md')).toMatchObject({ messageId: 'notUtf8', data: { file: 'latin1.md', byte: '0xE9', offset: 3 }, message: 'latin1.md is not valid UTF-8 (byte 0xE9 at byte offset 3); save it as UTF-8' });
    expect(of('big.md')).toMatchObject({ messageId: 'tooBig', data: { file: 'big.md', size: 100, max: 50 } });
    const loop = s.results.flatMap((r) => r.messages).find((m) => m.messageId === 'symlinkLoop');
    expect(loop?.message).toBe(ENGINE_MESSAGES.symlinkLoop);
  });

  test('every id in ENGINE_MESSAGES is used somewhere in src/', () => {
    const src = tsSources(resolve('src')).map((f) => readFileSync(f, 'utf8')).join('\n');
    for (const id of Object.keys(ENGINE_MESSAGES)) expect(src, id).toMatch(new RegExp(`'${id}'`));
  });
});

describe('reporters', () => {
  const rule = reporting('t/fmt', { brace: 'use {{what}} in { braces }', plain: 'nothing to fill', two: '{{b}} then {{a}}' }, { messageId: 'brace', data: { what: 'x' } }, { messageId: 'plain' }, { messageId: 'two', data: { a: 1, b: 'B' } }, { message: 'direct' });
  const rulesMeta = { 't/fmt': { description: 'd', messages: rule.meta.messages } };

  test('json: each message has its messageId (and data)', async () => {
    const s = await lint(rule);
    const out = JSON.parse((await formatters.json())(s, { color: false, cwd: process.cwd() }));
    expect(out[0].messages.map((m: Message) => [m.messageId, m.data])).toEqual([['brace', { what: 'x' }], ['plain', undefined], ['two', { a: 1, b: 'B' }], [undefined, undefined]]);
  });

  test('sarif: the rule descriptor carries messageStrings; each result names its template, with arguments, and keeps the text', async () => {
    const s = await lint(rule);
    const log = JSON.parse((await formatters.sarif())(s, { color: false, cwd: process.cwd(), rulesMeta }));
    const descriptor = log.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 't/fmt');
    expect(descriptor.messageStrings).toEqual({ brace: { text: 'use {0} in {{ braces }}' }, plain: { text: 'nothing to fill' }, two: { text: '{0} then {1}' } });
    const messages = log.runs[0].results.map((r: { message: unknown }) => r.message);
    expect(messages).toEqual([
      { text: 'use x in { braces }', id: 'brace', arguments: ['x'] },
      { text: 'nothing to fill', id: 'plain' },
      { text: 'B then 1', id: 'two', arguments: ['B', '1'] },
      { text: 'direct' },
    ]);
    // Two different findings of one rule on one post are told apart.
    const prints = log.runs[0].results.map((r: { partialFingerprints: { postlintPost: string } }) => r.partialFingerprints.postlintPost);
    expect(new Set(prints).size).toBe(prints.length);
    expect(prints[0]).toBe('stdin.md#0:t/fmt:brace');
    expect(prints[3]).toBe('stdin.md#0:t/fmt');
  });

  test('sarif from the CLI: built-in rules and postlint carry messageStrings, results their id; the log validates', () => {
    const dir = tempDir({ 'a.md': '---\nplatform: x\n---\nFares from $TK. Book now.\n', 'b.md': '---\nplatform: [x\n---\nHi\n' });
    const r = cli(['.', '--only', 'front-matter,placeholder', '-f', 'sarif'], { cwd: dir });
    const log = JSON.parse(r.stdout);
    const driver = log.runs[0].tool.driver;
    const ph = driver.rules.find((x: { id: string }) => x.id === 'placeholder');
    expect(ph.messageStrings.marker).toEqual({ text: 'placeholder marker "{0}"{1}' });
    expect(driver.rules.find((x: { id: string }) => x.id === ENGINE_ID).messageStrings.malformedFrontMatter).toEqual({ text: 'malformed YAML in front matter: {0}' });
    const result = log.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'placeholder');
    expect(result.message).toMatchObject({ id: 'marker', arguments: ['TK', ''], text: expect.stringMatching(/^placeholder marker "TK" /) });
    expect(log.runs[0].results.find((x: { ruleId: string }) => x.ruleId === ENGINE_ID).message.id).toBe('malformedFrontMatter');
    const Ajv4 = require('ajv-draft-04');
    const ajv = new Ajv4({ allErrors: true, strict: false, unicodeRegExp: false });
    ajv.validate(JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')), log);
    expect(ajv.errors ?? []).toEqual([]);
  });

  test('postlint rules <id> lists the message ids', () => {
    const r = cli(['rules', 'placeholder'], { cwd: tempDir() });
    expect(r.stdout).toContain('Messages');
    expect(r.stdout).toContain('  marker: placeholder marker "{{marker}}"{{where}}');
  });
});

describe('built-in rules', () => {
  let rules: Rule[] = [];
  beforeAll(async () => {
    rules = await Promise.all(Object.values(BUILTIN_RULES).map(async (load) => (await load()).default));
  });

  test('every rule in rules/index.ts declares non-empty meta.messages of template strings', () => {
    expect(rules.map((r) => r.id).sort()).toEqual(Object.keys(BUILTIN_RULES).sort());
    for (const r of rules) {
      const entries = Object.entries(r.meta.messages ?? {});
      expect(entries.length, r.id).toBeGreaterThan(0);
      for (const [id, t] of entries) {
        expect(id, r.id).toMatch(/^[a-z][A-Za-z0-9]*$/);
        expect(typeof t === 'string' && t.length > 0, `${r.id}.${id}`).toBe(true);
      }
    }
  });

  // The sources that report for each rule: its module, plus the helpers that build its findings.
  const HELPERS: Record<string, string[]> = { spelling: ['src/spell/run.ts'] };
  const sources = (id: string) => [`rules/${id}.ts`, ...(HELPERS[id] ?? [])].map((f) => readFileSync(f, 'utf8')).join('\n');

  test('in the source, every messageId literal is declared and every declared message is used', () => {
    for (const r of rules) {
      const text = sources(r.id);
      const declared = Object.keys(r.meta.messages ?? {});
      // `messageId: 'a'`, `messageId: x ? 'a' : 'b'`: the literals of the expression.
      const used = [...text.matchAll(/messageId:\s*([^,}\n]+)/g)].flatMap((m) => [...m[1].matchAll(/(?:^|[?:]\s*)'([A-Za-z0-9]+)'/g)].map((x) => x[1]));
      for (const id of used) expect(declared, `${r.id}: messageId '${id}'`).toContain(id);
      for (const id of declared) expect(text, `${r.id}: '${id}' is declared but never reported`).toMatch(new RegExp(`'${id}'`));
    }
  });

  /** A message of a built-in rule (or postlint's own) must have an id its rule declares, and its text must be that template filled with its data. */
  function checkDeclared(messages: Message[]): number {
    const byId = new Map(rules.map((r) => [r.id, r.meta.messages ?? {}]));
    let n = 0;
    for (const m of messages) {
      const templates: Record<string, string> | undefined = m.ruleId === ENGINE_ID ? ENGINE_MESSAGES : byId.get(m.ruleId);
      if (!templates) continue;
      expect(m.messageId, `${m.ruleId}: ${m.message}`).toBeDefined();
      expect(Object.keys(templates), `${m.ruleId}: ${m.message}`).toContain(m.messageId);
      expect(interpolate(templates[m.messageId!], m.data)).toBe(m.message);
      n++;
    }
    return n;
  }

  test("linting fixtures/ gives only messages whose messageId their rule declares", async () => {
    const s = await lintFiles(['fixtures'], { cwd: resolve('.'), offline: true, noCache: true, now: new Date('2027-01-15T12:00:00Z') });
    expect(s.fatal).toBe(false);
    expect(checkDeclared(s.results.flatMap((r) => [...r.messages, ...r.suppressedMessages]))).toBeGreaterThan(10);
  }, 60_000);

  const corpus = resolve('../shared/corpus');
  describe.skipIf(!existsSync(join(corpus, 'posts')))('../shared/corpus/posts', () => {
    let server: Server | undefined;
    let copy: string | undefined;
    afterAll(async () => {
      if (copy) rmSync(dirname(copy), { recursive: true, force: true });
      await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
    });

    test('gives only messages whose messageId their rule declares (links checked against the fixture server)', async () => {
      for (const k of Object.keys(process.env)) if (/^(https?|no|all)_proxy$/i.test(k)) delete process.env[k];
      server = await startCorpusServer();
      copy = corpusCopy(corpus, server);
      const config = loadConfig({ configFile: join(copy, '.postlintrc.yaml') });
      for (const id of Object.keys(config.rules)) if (!(id in BUILTIN_RULES)) delete config.rules[id];
      const s = await lintFiles([join(copy, 'posts')], { config, cwd: copy, now: new Date('2027-01-15T12:00:00Z'), only: Object.keys(BUILTIN_RULES), noCache: true });
      expect(s.fatal).toBe(false);
      const messages = s.results.flatMap((r) => [...r.messages, ...r.suppressedMessages]);
      expect(checkDeclared(messages)).toBe(messages.length);
      expect(messages.length).toBeGreaterThan(50);
    }, 180_000);
  });
});

function tsSources(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) tsSources(p, out);
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}
