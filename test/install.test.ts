// The install paths exactly as the README gives them, on a clone of this repository's committed
// HEAD (tagged v0.1.0 as a release is): the first command (`npm ci && npx postlint fixtures/`),
// `npm pack` and an install of the tarball, and `npm install --save-dev git+…#v0.1.0` with a
// git+file:// URL standing in for GitHub (no network here but the npm registry).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { tempDir } from './support/cli.js';
import { cloneHead, sh, userEnv } from './support/clone.js';

const TIMEOUT = 300_000;

/** A content repository, as `npx postlint init` users keep one. */
function contentProject(): string {
  return tempDir({
    'package.json': JSON.stringify({ name: 'our-drafts', version: '1.0.0', private: true }, null, 2),
    '.postlintrc.yaml': 'include: ["drafts/**/*.md"]\n',
    'drafts/ok.md': '---\nplatform: x\n---\nOur summer menu is here: iced oat lattes and peach cobbler.\n',
    'drafts/bad.md': '---\nplatform: x\n---\nFares from $TK, book now\n',
  });
}

describe('installing postlint as the README says', () => {
  const env = userEnv({ CI: 'true' });
  let work = '';
  let clone = '';
  beforeAll(() => {
    work = tempDir();
    clone = cloneHead(work);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  test(
    'from a clone: `npm ci && npx postlint fixtures/` builds and lints the examples (exit 1: some fail on purpose); `npm pack` prints only the tarball name',
    async () => {
      const ci = await sh('npm', ['ci', '--no-audit', '--no-fund'], clone, env);
      expect(ci.stderr).not.toMatch(/npm error/);
      expect(ci.status).toBe(0);
      expect(existsSync(join(clone, 'dist/src/cli.js'))).toBe(true);
      const lint = await sh('npx', ['postlint', 'fixtures/', '--offline'], clone, env);
      expect(lint.status).toBe(1);
      expect(lint.stdout).toContain('PASS  fixtures/drafts/01-summer-menu.md');
      expect(lint.stdout).toContain('FAIL  fixtures/drafts/04-trending-tag.md');

      // pre-commit's node installer reads `npm pack`'s stdout as the file name: nothing else may be there.
      const pack = await sh('npm', ['pack'], clone, env);
      expect(pack.status).toBe(0);
      expect(pack.stdout).toBe('postlint-0.1.0.tgz\n');
      const files = execFileSync('tar', ['tzf', join(clone, 'postlint-0.1.0.tgz')], { encoding: 'utf8' }).split('\n');
      for (const f of ['package/LICENSE', 'package/bin/postlint.js', 'package/dist/src/cli.js', 'package/.pre-commit-hooks.yaml', 'package/schema/postlintrc.schema.json']) expect(files).toContain(f);
      expect(files.some((f) => f.startsWith('package/test/') || f.startsWith('package/src/'))).toBe(false);

      const project = contentProject();
      const add = await sh('npm', ['install', '--save-dev', '--no-audit', '--no-fund', join(clone, 'postlint-0.1.0.tgz')], project, env);
      expect(add.status).toBe(0);
      const r = await sh('npx', ['postlint', '--offline'], project, env);
      expect(r.status).toBe(1);
      expect(r.stdout).toContain('FAIL  drafts/bad.md');
      expect(r.stdout).toContain('PASS  drafts/ok.md');
    },
    TIMEOUT * 2,
  );

  test(
    'from the git repository at a tag: `npm install --save-dev git+file://…#v0.1.0`, then `npx postlint`',
    async () => {
      const project = contentProject();
      const add = await sh('npm', ['install', '--save-dev', '--no-audit', '--no-fund', `git+file://${clone}#v0.1.0`], project, env);
      expect(add.stderr).not.toMatch(/npm error/);
      expect(add.status).toBe(0);
      const pkg = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8'));
      expect(pkg.devDependencies.postlint).toBe(`git+file://${clone}#v0.1.0`);
      // npm built it (prepare) from the tag: the installed package has its dist/ and the licence.
      expect(existsSync(join(project, 'node_modules/postlint/dist/src/cli.js'))).toBe(true);
      expect(existsSync(join(project, 'node_modules/postlint/LICENSE'))).toBe(true);
      const v = await sh('npx', ['postlint', '--version'], project, env);
      expect(v.stdout.trim()).toBe('0.1.0');
      const r = await sh('npx', ['postlint', '--offline', '-f', 'compact'], project, env);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('drafts/bad.md:4:13: error placeholder placeholder marker "TK"\n');
      // The lock file pins the tag's commit, so CI's `npm ci` installs the same code.
      const lock = JSON.parse(readFileSync(join(project, 'package-lock.json'), 'utf8'));
      const head = execFileSync('git', ['rev-parse', 'v0.1.0'], { cwd: clone, encoding: 'utf8' }).trim();
      expect(lock.packages['node_modules/postlint'].resolved).toBe(`git+file://${clone}#${head}`);
    },
    TIMEOUT * 2,
  );
});
