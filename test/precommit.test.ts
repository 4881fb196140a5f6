// The pre-commit framework, the way the README sets it up: a clone of this repository (its
// committed HEAD, tagged v0.1.0 as a release would be) used as the hook repository, installed by
// pre-commit itself through `language: node` (npm install, npm pack, npm install -g: the npm
// registry is the only network it needs). Then real commits in a content repository.
//
// pre-commit comes from Debian (.ci/run installs it). In CI the test fails without it; on a
// developer's machine without it, it is skipped with the reason printed.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { BIN, tempDir } from './support/cli.js';
import { cloneHead, sh, userEnv } from './support/clone.js';

const INSTALL_TIMEOUT = 300_000;
const git = (cwd: string, ...args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8', env: userEnv() });

/** A content repository: a config whose include and exclude the hook must respect. */
function contentRepo(): string {
  const dir = tempDir({
    '.postlintrc.yaml': 'include: ["drafts/**/*.md"]\nexclude: ["drafts/archive/**"]\n',
    'drafts/ok.md': '---\nplatform: x\n---\nOur summer menu is here: iced oat lattes and peach cobbler.\n',
    'README.md': '# Drafts\n\nTODO: explain the folders.\n',
  });
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
  git(dir, 'add', '.');
  expect(git(dir, 'commit', '-q', '-m', 'start').status).toBe(0);
  return dir;
}

const BAD = '---\nplatform: x\n---\nFares from $TK, book now\n';

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(readFileSync('.pre-commit-hooks.yaml', 'utf8')) as Record<string, unknown>[];
  test('declares the postlint hook for the pre-commit framework', () => {
    expect(hooks[0]).toMatchObject({ id: 'postlint', entry: 'postlint', language: 'node', args: ['--offline', '--respect-include'] });
    expect(hooks[0].types_or).toEqual(expect.arrayContaining(['markdown', 'yaml']));
  });
});

const have = spawnSync('pre-commit', ['--version']).status === 0;
if (!have && !process.env.CI) console.warn('\n*** test/precommit.test.ts: pre-commit is not installed, so the pre-commit framework tests are SKIPPED (apt-get install pre-commit; .ci/run installs it) ***\n');

test.runIf(!have && !!process.env.CI)('pre-commit is installed in CI (.ci/run installs it)', () => {
  expect(have).toBe(true);
});

describe.runIf(have)('the pre-commit framework installs and runs the hook from a clone of this repository', () => {
  let clone = '';
  let work = '';
  beforeAll(() => {
    work = tempDir();
    clone = cloneHead(work); // as pre-commit would clone it from GitHub
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  test(
    'pre-commit try-repo: a draft with a placeholder is blocked, a clean draft passes',
    async () => {
      const dir = contentRepo();
      writeFileSync(join(dir, 'drafts/bad.md'), BAD);
      git(dir, 'add', 'drafts/bad.md');
      // try-repo installs the hook afresh each time (its store is a temp folder): both at once.
      const [bad, clean] = await Promise.all([
        sh('pre-commit', ['try-repo', clone, 'postlint', '--files', 'drafts/bad.md'], dir, userEnv({ PRE_COMMIT_HOME: join(dir, '.pc-bad') })),
        sh('pre-commit', ['try-repo', clone, 'postlint', '--files', 'drafts/ok.md'], dir, userEnv({ PRE_COMMIT_HOME: join(dir, '.pc-ok') })),
      ]);
      expect(bad.out).not.toMatch(/An unexpected error|CalledProcessError/);
      expect(bad.status).toBe(1);
      expect(bad.out).toContain('FAIL  drafts/bad.md');
      expect(bad.out).toContain('placeholder marker "TK"');
      expect(clean.out).not.toMatch(/An unexpected error|CalledProcessError/);
      expect(clean.status).toBe(0);
      expect(clean.out).toMatch(/postlint\.+Passed/);
    },
    INSTALL_TIMEOUT * 2,
  );

  test(
    "the README's .pre-commit-config.yaml (rev: v0.1.0) and real commits: blocked, fixed, excluded-only, README-only",
    async () => {
      const dir = contentRepo();
      writeFileSync(join(dir, '.pre-commit-config.yaml'), `repos:\n  - repo: ${clone}\n    rev: v0.1.0\n    hooks:\n      - id: postlint\n`);
      git(dir, 'add', '.pre-commit-config.yaml');
      git(dir, 'commit', '-q', '-m', 'hook config');
      const env = userEnv({ PRE_COMMIT_HOME: join(dir, '.pc-home') });
      expect((await sh('pre-commit', ['install'], dir, env)).status).toBe(0);
      // The first commit installs the hook environment.
      const commit = (msg: string) => sh('git', ['commit', '-m', msg], dir, env);
      const commits = () => git(dir, 'log', '--oneline').stdout.trim().split('\n').length;

      writeFileSync(join(dir, 'drafts/sale.md'), BAD);
      git(dir, 'add', 'drafts/sale.md');
      const blocked = await commit('sale post');
      expect(blocked.out).not.toMatch(/An unexpected error|CalledProcessError/);
      expect(blocked.status).not.toBe(0);
      expect(blocked.out).toContain('FAIL  drafts/sale.md');
      expect(commits()).toBe(2);

      writeFileSync(join(dir, 'drafts/sale.md'), '---\nplatform: x\n---\nFares from $49 this weekend, book now.\n');
      git(dir, 'add', 'drafts/sale.md');
      const fixed = await commit('sale post');
      expect(fixed.out).toMatch(/postlint\.+Passed/);
      expect(fixed.status).toBe(0);
      expect(commits()).toBe(3);

      // Only a draft the config excludes: nothing to lint is a pass, with the reason said.
      mkdirSync(join(dir, 'drafts/archive'), { recursive: true });
      writeFileSync(join(dir, 'drafts/archive/old.md'), '---\nplatform: x\n---\nTODO an old draft\n');
      git(dir, 'add', 'drafts/archive/old.md');
      const excluded = await commit('archive');
      expect(excluded.out).toMatch(/postlint\.+Passed/);
      expect(excluded.status).toBe(0);
      expect(commits()).toBe(4);

      // README.md is Markdown but not a draft (outside include): not linted, though it says TODO.
      writeFileSync(join(dir, 'README.md'), '# Drafts\n\nTODO: explain the archive.\n');
      git(dir, 'add', 'README.md');
      const readme = await commit('readme');
      expect(readme.out).toMatch(/postlint\.+Passed/);
      expect(readme.status).toBe(0);
      expect(commits()).toBe(5);

      // pre-commit shows a passing hook's output only with --verbose: the notice, and no README.
      const said = await sh('pre-commit', ['run', 'postlint', '--verbose', '--files', 'drafts/archive/old.md', 'README.md'], dir, env);
      expect(said.status).toBe(0);
      expect(said.out).toContain('drafts/archive/old.md: ignored because of a matching ignore pattern ("drafts/archive/**", exclude in .postlintrc.yaml)');
      expect(said.out).not.toContain('README');
    },
    INSTALL_TIMEOUT,
  );
});

describe('a plain git hook running the built CLI (husky and lint-staged work the same way)', () => {
  test('a failing draft blocks the commit; only staged drafts are linted', () => {
    const dir = contentRepo();
    const hook = `#!/bin/sh\nfiles=$(git diff --cached --name-only --diff-filter=ACMR)\n[ -z "$files" ] && exit 0\nexec "${process.execPath}" "${BIN}" --offline --respect-include $files\n`;
    writeFileSync(join(dir, '.git/hooks/pre-commit'), hook);
    chmodSync(join(dir, '.git/hooks/pre-commit'), 0o755);
    writeFileSync(join(dir, 'drafts/old.md'), '---\nplatform: x\n---\nTODO write this\n'); // in the tree, never staged
    writeFileSync(join(dir, 'drafts/sale.md'), BAD);
    git(dir, 'add', 'drafts/sale.md');
    const blocked = git(dir, 'commit', '-m', 'sale post');
    expect(blocked.status).not.toBe(0);
    expect(blocked.stdout + blocked.stderr).toContain('FAIL  drafts/sale.md');
    writeFileSync(join(dir, 'drafts/sale.md'), '---\nplatform: x\n---\nFares from $49 this weekend, book now.\n');
    git(dir, 'add', 'drafts/sale.md');
    const ok = git(dir, 'commit', '-m', 'sale post');
    expect(ok.stdout + ok.stderr).not.toContain('old.md');
    expect(ok.status).toBe(0);
  });
});
