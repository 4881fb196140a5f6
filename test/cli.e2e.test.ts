// End-to-end: the built CLI on real files, asserting exit codes and each format's output.
import { chmodSync, existsSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cli, tempDir } from './support/cli.js';

const require = createRequire(import.meta.url);
const CLEAN = '---\nplatform: x\n---\nOur summer menu is here.\n';
const PLACEHOLDER = '---\nplatform: x\n---\nFares from $TK. Book now.\n';
const WARNING = '---\nplatform: x\n---\nSpeakers TBA, tickets soon.\n';
// Only the core rules, so these tests do not depend on dictionaries or the network.
const ONLY = ['--only', 'front-matter,placeholder'];

describe('exit codes and the stylish report', () => {
  test('clean drafts: PASS and exit 0', () => {
    const dir = tempDir({ 'drafts/a.md': CLEAN });
    const r = cli(['drafts', ...ONLY], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('PASS  drafts/a.md');
    expect(r.stdout).toContain('1 post: 1 passed, 0 failed · 0 errors, 0 warnings');
  });

  test('an error: FAIL, file:line:col severity message rule-id, exit 1', () => {
    const dir = tempDir({ 'drafts/a.md': PLACEHOLDER, 'drafts/b.md': CLEAN });
    const r = cli(['drafts', ...ONLY], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAIL  drafts/a.md');
    expect(r.stdout).toContain('  drafts/a.md:4:13  error  placeholder marker "TK"  placeholder');
    expect(r.stdout).toContain('PASS  drafts/b.md');
    expect(r.stdout).toMatch(/2 posts: 1 passed, 1 failed · 1 error, 0 warnings/);
    expect(r.stdout).not.toMatch(/\x1b\[/); // no colour when piped
  });

  test('warnings pass unless over --max-warnings', () => {
    const dir = tempDir({ 'a.md': WARNING });
    expect(cli(['a.md', ...ONLY], { cwd: dir }).code).toBe(0);
    const over = cli(['a.md', ...ONLY, '--max-warnings', '0'], { cwd: dir });
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('1 warning, more than --max-warnings 0');
    const quiet = cli(['a.md', ...ONLY, '--quiet'], { cwd: dir });
    expect(quiet.stdout).not.toContain('TBA');
    expect(quiet.code).toBe(0);
  });

  test('--quiet --max-warnings 0 with a warning: hidden from the report, still exit 1 (as ESLint)', () => {
    const dir = tempDir({ 'a.md': WARNING });
    for (const format of ['stylish', 'json', 'compact']) {
      const r = cli(['a.md', ...ONLY, '--quiet', '--max-warnings', '0', '-f', format], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stdout).not.toContain('TBA');
      expect(r.stderr).toContain('1 warning, more than --max-warnings 0 (--quiet hides them');
    }
    expect(cli(['a.md', ...ONLY, '--quiet', '--max-warnings', '1'], { cwd: dir }).code).toBe(0);
  });

  test('--rule and --only change what runs; unknown ids are usage errors (exit 2)', () => {
    const dir = tempDir({ 'a.md': PLACEHOLDER });
    expect(cli(['a.md', ...ONLY, '--rule', 'placeholder:off'], { cwd: dir }).code).toBe(0);
    expect(cli(['a.md', ...ONLY, '--rule', 'placeholder:warn'], { cwd: dir }).code).toBe(0);
    const bad = cli(['a.md', '--rule', 'placeholdr:off'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("unknown rule 'placeholdr', did you mean 'placeholder'?");
    expect(cli(['a.md', '--rule', 'placeholder'], { cwd: dir }).code).toBe(2);
  });

  test('colour: FORCE_COLOR forces it, NO_COLOR and --no-color remove it', () => {
    const dir = tempDir({ 'a.md': PLACEHOLDER });
    expect(cli(['a.md', ...ONLY], { cwd: dir, env: { FORCE_COLOR: '1' } }).stdout).toMatch(/\x1b\[/);
    expect(cli(['a.md', ...ONLY, '--no-color'], { cwd: dir, env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(/\x1b\[/);
    expect(cli(['a.md', ...ONLY, '--color'], { cwd: dir, env: { NO_COLOR: '1' } }).stdout).toMatch(/\x1b\[/);
    expect(cli(['a.md', ...ONLY], { cwd: dir, env: { NO_COLOR: '1' } }).stdout).not.toMatch(/\x1b\[/);
  });

  test('--output writes the report to a file', () => {
    const dir = tempDir({ 'a.md': PLACEHOLDER });
    const r = cli(['a.md', ...ONLY, '-f', 'json', '-o', 'out/report.json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'out/report.json'), 'utf8'))[0].errorCount).toBe(1);
  });

  test('a rule that crashes: an internal-error finding on its post, the other findings still printed, exit 2', () => {
    const dir = tempDir({
      'crash.mjs': "export default { id: 'team/crash', meta: { description: 'crashes' }, check(post) { if (post.body.text.includes('boom')) throw new Error('kaboom'); } };\n",
      '.postlintrc.yaml': 'plugins: ["./crash.mjs"]\n',
      'a.md': '---\nplatform: x\n---\nboom $TK\n',
      'b.md': PLACEHOLDER,
    });
    const r = cli(['.', '--only', 'team/crash,placeholder'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/a\.md:4:1 +error +internal error in rule 'team\/crash': kaboom/);
    expect(r.stdout).toContain('b.md:4:13  error  placeholder marker "TK"');
    expect(r.stdout).toContain('a.md:4:7  error  placeholder marker "TK"');
  });

  test('--version and --help', () => {
    const dir = tempDir();
    expect(cli(['--version'], { cwd: dir }).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = cli(['--help'], { cwd: dir });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('rules [options] [id]');
    expect(help.stdout).toMatch(/^Usage: postlint \[options\] \[paths\.\.\.\]/);
    expect(help.stdout).toMatch(/Exit codes: 0 clean/);
    const lintHelp = cli(['lint', '--help'], { cwd: dir });
    // The lint flags at the top level too: `postlint --help` is what people type.
    for (const flag of ['--config', '--format', '--output', '--quiet', '--max-warnings', '--fix', '--fix-dry-run', '--rule', '--only', '--offline', '--stdin', '--stdin-filename', '--now', '--no-color', '--cache', '--no-ignore', '--no-warn-ignored', '--respect-include']) {
      expect(lintHelp.stdout).toContain(flag);
      expect(help.stdout).toContain(flag);
    }
    expect(help.stdout).toContain('"compact"');
    expect(help.stdout).toContain('--version');
  });

  test("the README's flag table names every lint flag and every format", () => {
    const help = cli(['lint', '--help'], { cwd: tempDir() }).stdout;
    const readme = readFileSync('README.md', 'utf8');
    const table = readme.slice(readme.indexOf('## Command line'), readme.indexOf('## Drafts'));
    for (const flag of help.match(/--[a-z][a-z-]+/g) ?? []) if (flag !== '--help') expect(table, flag).toMatch(new RegExp(`${flag}(?![a-z-])`));
    for (const f of ['stylish', 'compact', 'json', 'sarif', 'github', 'junit']) expect(table).toContain(`\`${f}\``);
  });

  test('--now must be a date', () => {
    const r = cli(['x.md', '--now', 'tomorrow'], { cwd: tempDir({ 'x.md': CLEAN }) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--now tomorrow: expected an ISO 8601 date');
  });
});

describe('formats', () => {
  const dir = tempDir({ 'a.md': PLACEHOLDER, 'b.md': '---\nplatfrom: x\n---\n100% ready: a, b\n', 'cal.yaml': '- platform: x\n  text: "Hi {{name}}"\n- platform: x\n  text: "All good"\n' });

  test('json is ESLint-shaped, with the post of each message', () => {
    const r = cli(['.', ...ONLY, '-f', 'json'], { cwd: dir });
    const out = JSON.parse(r.stdout) as Record<string, unknown>[];
    const a = out.find((x) => String(x.filePath).endsWith('a.md'))!;
    expect(a).toMatchObject({ errorCount: 1, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 });
    expect((a.messages as unknown[])[0]).toMatchObject({ ruleId: 'placeholder', severity: 2, message: 'placeholder marker "TK"', line: 4, column: 13, endLine: 4, endColumn: 15, post: 0 });
    const b = out.find((x) => String(x.filePath).endsWith('b.md'))!;
    expect((b.messages as { fix?: unknown }[]).find((m) => m.fix)).toMatchObject({ fix: { range: [4, 12], text: 'platform' } });
    expect(b.fixableErrorCount).toBe(1);
    const cal = out.find((x) => String(x.filePath).endsWith('cal.yaml'))!;
    expect((cal.messages as unknown[])[0]).toMatchObject({ line: 2, column: 13, post: 0, postId: 'cal.yaml#1' });
  });

  test('compact: one line per finding, path:line:col: severity rule-id message; nothing when clean', () => {
    const r = cli(['a.md', 'b.md', ...ONLY, '-f', 'compact'], { cwd: dir });
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toContain('a.md:4:13: error placeholder placeholder marker "TK"');
    for (const l of lines) expect(l).toMatch(/^[ab]\.md:\d+:\d+: (error|warning) [a-z-]+ \S/);
    const clean = cli(['x.md', ...ONLY, '-f', 'compact'], { cwd: tempDir({ 'x.md': CLEAN }) });
    expect(clean.code).toBe(0);
    expect(clean.stdout).toBe('');
  });

  test("json carries ESLint's source (the file text) where there are messages, and not beside output", () => {
    const out = JSON.parse(cli(['.', ...ONLY, '-f', 'json'], { cwd: dir }).stdout) as { filePath: string; source?: string; output?: string }[];
    expect(out.find((x) => x.filePath.endsWith('a.md'))?.source).toBe(PLACEHOLDER);
    const clean = JSON.parse(cli(['x.md', ...ONLY, '-f', 'json'], { cwd: tempDir({ 'x.md': CLEAN }) }).stdout);
    expect(clean[0]).not.toHaveProperty('source');
    const stdin = JSON.parse(cli(['--stdin', ...ONLY, '-f', 'json'], { cwd: tempDir(), input: PLACEHOLDER }).stdout);
    expect(stdin[0].source).toBe(PLACEHOLDER);
    const fixed = JSON.parse(cli(['b.md', ...ONLY, '-f', 'json', '--fix-dry-run'], { cwd: dir }).stdout.replace(/^[\s\S]*?(?=\[\{)/, ''));
    expect(fixed[0].output).toContain('platform: x');
    expect(fixed[0]).not.toHaveProperty('source');
    const bin = JSON.parse(cli(['bin.md', ...ONLY, '-f', 'json'], { cwd: tempDir({ 'bin.md': Buffer.from([0x41, 0x00]) }) }).stdout);
    expect(bin[0].source).toBe('');
  });

  test('sarif: every rule has help (text and Markdown, so GitHub shows it), built-in rules a helpUri to their docs', () => {
    const log = JSON.parse(cli(['.', ...ONLY, '-f', 'sarif'], { cwd: dir }).stdout);
    const rules = log.runs[0].tool.driver.rules as { id: string; help: { text: string; markdown?: string }; helpUri?: string }[];
    for (const r of rules) expect(r.help.text.length).toBeGreaterThan(10);
    const ph = rules.find((r) => r.id === 'placeholder')!;
    expect(ph.help.text).toContain('Why');
    expect(ph.help.markdown).toContain('**Bad**');
    expect(ph.helpUri).toBe('https://github.com/postlint/postlint/blob/main/docs/rules.md#placeholder');
    expect(readFileSync('docs/rules.md', 'utf8')).toContain('\n## placeholder\n');
    expect(rules.find((r) => r.id === 'postlint')).not.toHaveProperty('helpUri');
    // A custom rule has help from its message, and no docs page of ours.
    const cdir = tempDir({ '.postlintrc.yaml': 'custom_rules:\n  - id: no-jargon\n    message: \'Avoid "{match}"\'\n    words: [synergy]\n', 'a.md': '---\nplatform: x\n---\nPure synergy.\n' });
    const clog = JSON.parse(cli(['a.md', '--only', 'no-jargon', '-f', 'sarif'], { cwd: cdir }).stdout);
    const custom = clog.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'no-jargon');
    expect(custom.help.text).toBeTruthy();
    expect(custom).not.toHaveProperty('helpUri');
  });

  test('sarif validates against the SARIF 2.1.0 schema', () => {
    const r = cli(['.', ...ONLY, '-f', 'sarif'], { cwd: dir });
    const log = JSON.parse(r.stdout);
    const Ajv4 = require('ajv-draft-04');
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const ajv = new Ajv4({ allErrors: true, strict: false, unicodeRegExp: false });
    const valid = ajv.validate(schema, log);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(log.version).toBe('2.1.0');
    const res = log.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'placeholder');
    expect(res.locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: expect.stringMatching(/a\.md|cal\.yaml/) }, region: { startLine: expect.any(Number) } });
    expect(log.runs[0].tool.driver.rules.map((x: { id: string }) => x.id)).toContain('placeholder');
  });

  test('github: workflow commands with escaped data and properties', () => {
    const gdir = tempDir({ 'we,ird:name.md': '---\nplatform: x\n---\nSave XX% today\n' });
    const r = cli(['.', ...ONLY, '-f', 'github'], { cwd: gdir });
    const line = r.stdout.trim().split('\n')[0];
    expect(line.startsWith('::error file=we%2Cird%3Aname.md,line=4,col=6,endLine=4,endColumn=8,title=postlint placeholder::')).toBe(true);
    expect(line).toContain('%0A'); // message and why are on separate lines
    expect(line).not.toMatch(/\n/);
    expect(line).toContain('where a value belongs');
    expect(line.split('::').slice(2).join('::')).not.toMatch(/%(?![0-9A-F]{2})/);
  });

  test('junit: one test case per post', () => {
    const r = cli(['.', ...ONLY, '-f', 'junit'], { cwd: dir });
    expect(r.stdout).toContain('<testsuites name="postlint" tests="4" failures="3">');
    expect((r.stdout.match(/<testcase /g) ?? []).length).toBe(4);
    expect(r.stdout).toContain('name="cal.yaml#2"');
    expect(r.stdout).toContain('&quot;TK&quot;');
  });
});

describe('--fix', () => {
  test('fixes only what is certain, keeps BOM, CRLF and file mode, writes atomically', () => {
    const text = '\ufeff---\r\nplatfrom: x\r\n---\r\nFares from $TK. Book now.\r\n';
    const dir = tempDir({ 'a.md': text });
    chmodSync(join(dir, 'a.md'), 0o640);
    const r = cli(['a.md', ...ONLY, '--fix'], { cwd: dir });
    expect(r.code).toBe(1); // the TK marker has no certain fix and remains
    const after = readFileSync(join(dir, 'a.md'), 'utf8');
    expect(after).toBe('\ufeff---\r\nplatform: x\r\n---\r\nFares from $TK. Book now.\r\n');
    expect(statSync(join(dir, 'a.md')).mode & 0o777).toBe(0o640);
    expect(r.stdout).not.toContain('platfrom');
  });

  test('--fix-dry-run prints the diff and changes nothing', () => {
    const text = '---\nplatfrom: x\n---\nHello\n';
    const dir = tempDir({ 'a.md': text });
    const r = cli(['a.md', ...ONLY, '--fix-dry-run'], { cwd: dir });
    expect(r.stdout).toContain('--- a/a.md');
    expect(r.stdout).toContain('-platfrom: x');
    expect(r.stdout).toContain('+platform: x');
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(text);
  });

  test('unchanged files are not rewritten', () => {
    const dir = tempDir({ 'a.md': CLEAN });
    const before = statSync(join(dir, 'a.md')).mtimeMs;
    cli(['a.md', ...ONLY, '--fix'], { cwd: dir });
    expect(statSync(join(dir, 'a.md')).mtimeMs).toBe(before);
  });
});

describe('input', () => {
  test('--stdin with --stdin-filename', () => {
    const dir = tempDir();
    const r = cli(['--stdin', '--stdin-filename', 'drafts/x.md', ...ONLY, '-f', 'json'], { cwd: dir, input: PLACEHOLDER });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)[0].filePath).toBe(join(dir, 'drafts/x.md'));
  });

  test('no paths: the config include', () => {
    const dir = tempDir({ '.postlintrc.yaml': 'include: ["drafts/**/*.md"]\n', 'drafts/a.md': PLACEHOLDER, 'other/b.md': PLACEHOLDER });
    const r = cli([...ONLY], { cwd: join(dir) });
    expect(r.stdout).toContain('drafts/a.md');
    expect(r.stdout).not.toContain('other/b.md');
  });

  test('.gitignore and .postlintignore are respected', () => {
    const dir = tempDir({ '.gitignore': 'build/\n', 'drafts/.postlintignore': 'old-*.md\n', 'drafts/a.md': CLEAN, 'drafts/old-1.md': PLACEHOLDER, 'build/x.md': PLACEHOLDER });
    const r = cli(['.', ...ONLY], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 post: 1 passed');
  });

  test('a file named explicitly that an ignore pattern covers: a notice, not linted, exit 0 (as ESLint)', () => {
    const dir = tempDir({
      '.postlintrc.yaml': 'include: ["drafts/**/*.md"]\nexclude: ["drafts/archive/**"]\n',
      'drafts/.postlintignore': 'old-*.md\n',
      'drafts/a.md': CLEAN,
      'drafts/old-1.md': PLACEHOLDER,
      'drafts/archive/x.md': PLACEHOLDER,
    });
    const r = cli(['drafts/old-1.md', ...ONLY], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('postlint: drafts/old-1.md: ignored because of a matching ignore pattern ("old-*.md", drafts/.postlintignore); use --no-ignore to lint it');
    expect(r.stdout).not.toContain('TK');
    // The config's exclude, as a pre-commit hook hands over only an excluded draft: exit 0, not 2.
    const ex = cli(['drafts/archive/x.md', ...ONLY], { cwd: dir });
    expect(ex.code).toBe(0);
    expect(ex.stderr).toContain('drafts/archive/x.md: ignored because of a matching ignore pattern ("drafts/archive/**", exclude in .postlintrc.yaml)');
    // With other files, those are linted as usual.
    const mixed = cli(['drafts/archive/x.md', 'drafts/a.md', ...ONLY], { cwd: dir });
    expect(mixed.code).toBe(0);
    expect(mixed.stdout).toContain('PASS  drafts/a.md');
    // --no-ignore lints it; --no-warn-ignored says nothing.
    const all = cli(['drafts/old-1.md', 'drafts/archive/x.md', ...ONLY, '--no-ignore'], { cwd: dir });
    expect(all.code).toBe(1);
    expect(all.stdout).toContain('FAIL  drafts/old-1.md');
    expect(all.stdout).toContain('FAIL  drafts/archive/x.md');
    const walked = cli(['drafts', ...ONLY, '--no-ignore'], { cwd: dir });
    expect(walked.stdout).toContain('3 posts');
    const silent = cli(['drafts/old-1.md', ...ONLY, '--no-warn-ignored'], { cwd: dir });
    expect(silent.code).toBe(0);
    expect(silent.stderr).not.toContain('ignored');
  });

  test("--respect-include: of the files named, only those the config's include selects", () => {
    const dir = tempDir({ '.postlintrc.yaml': 'include: ["drafts/**/*.md", "queue"]\n', 'drafts/a.md': PLACEHOLDER, 'queue/b.md': PLACEHOLDER, 'README.md': PLACEHOLDER, 'notes/c.md': PLACEHOLDER });
    const r = cli(['drafts/a.md', 'queue/b.md', 'README.md', 'notes/c.md', ...ONLY, '--respect-include'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAIL  drafts/a.md');
    expect(r.stdout).toContain('FAIL  queue/b.md');
    expect(r.stdout).not.toMatch(/README|notes/);
    const none = cli(['README.md', ...ONLY, '--respect-include'], { cwd: dir });
    expect(none.code).toBe(0);
    expect(cli(['README.md', ...ONLY], { cwd: dir }).code).toBe(1); // without the flag, named files are linted
  });

  test('bad files get a clear message and never take other posts down', () => {
    const dir = tempDir({
      'good.md': CLEAN,
      'binary.md': Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01]),
      'latin1.md': Buffer.from('---\nplatform: x\n---\ncaf\xe9 open\n', 'latin1'),
      'big.md': `---\nplatform: x\n---\n${'a'.repeat(2_000_000)}\n`,
      'broken.md': '---\nplatform: [x\n---\nHi\n',
    });
    symlinkSync(dir, join(dir, 'loop'));
    const r = cli(['.', ...ONLY, '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { filePath: string; messages: { message: string; line: number; ruleId: string }[] }[];
    const msg = (name: string) => out.find((x) => x.filePath.endsWith(name))?.messages[0];
    expect(msg('binary.md')).toMatchObject({ ruleId: 'postlint', message: 'binary.md looks like a binary file (it contains a NUL byte); drafts must be UTF-8 text', line: 2 });
    expect(msg('latin1.md')).toMatchObject({ message: 'latin1.md is not valid UTF-8 (byte 0xE9 at byte offset 23); save it as UTF-8', line: 4, column: 4 });
    expect(msg('big.md')?.message).toMatch(/over the 1048576-byte limit/);
    expect(msg('broken.md')).toMatchObject({ ruleId: 'postlint', message: expect.stringMatching(/^malformed YAML/) });
    expect(out.find((x) => x.filePath.endsWith('loop'))?.messages[0].message).toMatch(/symlink loop/);
    expect(out.find((x) => x.filePath.endsWith('good.md'))?.messages).toEqual([]);
  });

  test('hostile front matter is that draft\'s finding: an alias bomb, deep nesting; the other drafts are linted', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefghi'.split('').map((n, i) => `${n}: &${n} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`)].join('\n');
    const deep = (d: number) => `${'['.repeat(d)}${']'.repeat(d)}`;
    const dir = tempDir({
      'bomb.md': `---\nplatform: x\n${bomb}\n---\nHello.\n`,
      'deep.md': `---\nplatform: x\nx: ${deep(5000)}\n---\nHello.\n`,
      'deep.json': `[{"text": "Hi", "platform": "x", "x": ${deep(1000)}}]`,
      'cal.yaml': `- text: First post, fine.\n  platform: x\n- text: The bomb\n  platform: x\n  extra:\n${bomb.split('\n').map((l) => `    ${l}`).join('\n')}\n- text: "TODO third"\n  platform: x\n`,
      'good.md': CLEAN,
    });
    const r = cli(['.', ...ONLY, '-f', 'json'], { cwd: dir });
    expect(r.stderr).not.toMatch(/fatal|Maximum call stack|out of memory/i);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { filePath: string; messages: { message: string; line: number; column: number; postId: string }[] }[];
    const of = (name: string) => out.find((x) => x.filePath.endsWith(name))!.messages;
    expect(of('bomb.md')).toHaveLength(1);
    expect(of('bomb.md')[0]).toMatchObject({ message: expect.stringContaining('aliases expand too far'), line: 4, column: 8 });
    expect(of('deep.md')).toEqual([expect.objectContaining({ message: 'front matter nests lists or mappings more than 100 levels deep; postlint reads at most 100', line: 3 })]);
    expect(of('deep.json')).toEqual([expect.objectContaining({ message: expect.stringMatching(/^JSON nests lists or mappings more than 100 levels deep/) })]);
    const cal = of('cal.yaml');
    expect(cal.map((m) => m.postId)).toEqual(['cal.yaml#2', 'cal.yaml#3']);
    expect(cal[0].message).toContain('post 2 cannot be read');
    expect(cal[1].message).toContain('TODO');
    expect(of('good.md')).toEqual([]);
  });

  test('nothing to lint is an error, not a silent pass (exit 2)', () => {
    const dir = tempDir({ 'a.md': CLEAN });
    const r = cli(['nope/', ...ONLY], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no such file or folder: nope/');
    expect(r.stderr).toContain('no drafts found in nope/');
    const empty = tempDir({ '.postlintrc.yaml': 'include: ["drafts/**/*.md"]\n' });
    expect(cli([...ONLY], { cwd: empty }).stderr).toContain('no drafts found in the config\'s include (drafts/**/*.md)');
    // a pre-commit hook handing over only a workflow file: nothing to lint, nothing wrong
    const wf = tempDir({ '.github/workflows/ci.yml': 'on: push\njobs: {}\n' });
    const r2 = cli(['.github/workflows/ci.yml', ...ONLY], { cwd: wf });
    expect(r2.code).toBe(0);
    expect(r2.stderr).toContain('is not a calendar of posts');
  });

  test('a missing path is reported and the rest goes on', () => {
    const dir = tempDir({ 'a.md': CLEAN });
    const r = cli(['a.md', 'nope.md', ...ONLY], { cwd: dir });
    expect(r.stderr).toContain('no such file or folder: nope.md');
    expect(r.stdout).toContain('PASS  a.md');
  });
});

describe('config', () => {
  test('config errors name the file, the line and what is allowed; exit 2', () => {
    const dir = tempDir({ '.postlintrc.yaml': 'default_lang: en\nrules:\n  placeholder: error\n  placeholdr: warn\n', 'a.md': CLEAN });
    const r = cli(['a.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.postlintrc\.yaml:4: unknown rule 'placeholdr', did you mean 'placeholder'\?/);
  });

  test('schema errors: unknown key with did-you-mean, bad severity', () => {
    const dir = tempDir({ '.postlintrc.yaml': 'default_lang: en\nlinks:\n  timeout: 5\n', 'a.md': CLEAN });
    const r = cli(['a.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/:3: unknown key 'timeout' in 'links', did you mean 'timeout_ms'\?/);
    const dir2 = tempDir({ '.postlintrc.yaml': 'rules:\n  placeholder: loud\n', 'a.md': CLEAN });
    expect(cli(['a.md'], { cwd: dir2 }).stderr).toMatch(/:2: 'rules\.placeholder' must be one of "off", "warn", "error"/);
  });

  test('malformed config YAML', () => {
    const dir = tempDir({ '.postlintrc.yaml': 'rules:\n  placeholder: [error\n', 'a.md': CLEAN });
    const r = cli(['a.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.postlintrc\.yaml:\d+: malformed YAML/);
  });

  test('found walking up; "postlint" in package.json; --config', () => {
    const dir = tempDir({ '.postlintrc.yaml': 'rules:\n  placeholder: off\n', 'sub/deeper/a.md': PLACEHOLDER });
    expect(cli(['a.md', ...ONLY], { cwd: join(dir, 'sub/deeper') }).code).toBe(0);
    const pj = tempDir({ 'package.json': JSON.stringify({ name: 'x', postlint: { rules: { placeholder: 'off' } } }), 'a.md': PLACEHOLDER });
    expect(cli(['a.md', ...ONLY], { cwd: pj }).code).toBe(0);
    const explicit = tempDir({ 'cfg/strict.json': JSON.stringify({ rules: { placeholder: 'warn' } }), 'a.md': PLACEHOLDER });
    const r = cli(['a.md', ...ONLY, '--config', 'cfg/strict.json'], { cwd: explicit });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 warning');
  });

  test('overrides by files, account and platform', () => {
    const dir = tempDir({
      '.postlintrc.yaml': 'overrides:\n  - files: ["replies/**"]\n    rules: { placeholder: warn }\n  - accounts: [jo]\n    rules: { placeholder: off }\n',
      'replies/a.md': PLACEHOLDER,
      'jo.md': '---\naccount: jo\nplatform: x\n---\nFares $TK\n',
      'b.md': PLACEHOLDER,
    });
    const out = JSON.parse(cli(['.', ...ONLY, '-f', 'json'], { cwd: dir }).stdout) as { filePath: string; messages: { severity: number }[] }[];
    const sev = (n: string) => out.find((x) => x.filePath.endsWith(n))!.messages.map((m) => m.severity);
    expect(sev('replies/a.md')).toEqual([1]);
    expect(sev('jo.md')).toEqual([]);
    expect(sev('b.md')).toEqual([2]);
  });

  test('a post can silence a rule with a reason, shown in the report', () => {
    const dir = tempDir({ 'a.md': '---\nplatform: x\npostlint:\n  disable:\n    placeholder: "TK is the airline code, ticket 42"\n---\nFly TK to Istanbul\n' });
    const r = cli(['a.md', ...ONLY], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('placeholder silenced: TK is the airline code, ticket 42');
  });
});

describe('init and rules', () => {
  test('init writes the commented example and never overwrites', () => {
    const dir = tempDir();
    const r = cli(['init'], { cwd: dir });
    expect(r.code).toBe(0);
    const written = readFileSync(join(dir, '.postlintrc.yaml'), 'utf8');
    expect(written).toBe(readFileSync('.postlintrc.example.yaml', 'utf8'));
    writeFileSync(join(dir, '.postlintrc.yaml'), 'mine: true\n');
    const again = cli(['init'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
    expect(readFileSync(join(dir, '.postlintrc.yaml'), 'utf8')).toBe('mine: true\n');
  });

  test('init --detect fills in the drafts folder and the accounts found', () => {
    const dir = tempDir({
      'content/posts/a.md': '---\naccount: "@acme"\nplatform: x\nlang: en-GB\n---\nHi\n',
      'content/posts/b.md': '---\naccount: acme\nplatforms: [bluesky]\n---\nHi\n',
      'README.md': '# not a draft\n',
    });
    expect(cli(['init', '--detect'], { cwd: dir }).code).toBe(0);
    const text = readFileSync(join(dir, '.postlintrc.yaml'), 'utf8');
    expect(text).toContain('include: ["content/**/*.{md,markdown,txt}"]');
    expect(text).toMatch(/- handle: acme\n\s+kind: brand.*\n\s+platforms: \[bluesky, x\]\n\s+lang: en-GB/);
    // the written config is valid and lints the drafts it found
    const r = cli(['--only', 'front-matter'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2 posts: 2 passed');
  });

  test('init on a terminal asks before using what it found (answer "n" keeps the example)', () => {
    const files = { 'posts/a.md': '---\naccount: acme\nplatform: x\n---\nHi\n' };
    const yes = tempDir(files);
    const r = cli(['init', '--force-prompt'], { cwd: yes, input: 'y\n' });
    expect(r.stdout).toContain('Found drafts in posts (1 files) from 1 account(s): acme.');
    expect(readFileSync(join(yes, '.postlintrc.yaml'), 'utf8')).toContain('- handle: acme');
    const no = tempDir(files);
    cli(['init', '--force-prompt'], { cwd: no, input: 'n\n' });
    expect(readFileSync(join(no, '.postlintrc.yaml'), 'utf8')).toBe(readFileSync('.postlintrc.example.yaml', 'utf8'));
  });

  test('rules lists every rule; rules <id> explains one', () => {
    const dir = tempDir();
    const list = cli(['rules'], { cwd: dir });
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/placeholder\s+error\s+ - \s+ - \s+No leftover template text/);
    expect(list.stdout).toMatch(/front-matter\s+error\s+yes/);
    const one = cli(['rules', 'placeholder'], { cwd: dir });
    expect(one.stdout).toContain('Real failures it is built to stop');
    expect(one.stdout).toContain('Bad');
    expect(one.stdout).toContain('Good');
    const bad = cli(['rules', 'placeholdr'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("did you mean 'placeholder'");
  });

  test('a config file is not linted as a draft; a calendar is', () => {
    const dir = tempDir({ '.postlintrc.yaml': 'default_lang: en\n', 'accounts.yaml': 'accounts: []\n', 'data.json': '{"a": 1}\n', 'cal.yml': '- platform: x\n  text: Hello\n' });
    const r = cli(['.', ...ONLY], { cwd: dir });
    expect(r.stdout).toContain('PASS  cal.yml#1');
    expect(r.stdout).toContain('1 post: 1 passed');
    expect(existsSync(join(dir, 'cal.yml'))).toBe(true);
  });
});
