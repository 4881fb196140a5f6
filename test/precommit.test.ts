// The pre-commit case, with a real git repository: a hook runs the built CLI on the staged
// drafts; a commit with a failing draft is blocked, a clean one goes through.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { BIN, tempDir } from './support/cli.js';

const git = (cwd: string, ...args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });

function repo(): string {
  const dir = tempDir({
    '.postlintrc.yaml': 'include: ["drafts/**/*.md"]\nrules:\n  front-matter: error\n  placeholder: error\n',
    'drafts/ok.md': '---\nplatform: x\n---\nOur summer menu is here.\n',
  });
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
  // The hook lints only the staged drafts, with the core rules (offline: a commit never waits on the network).
  const hook = `#!/bin/sh\nfiles=$(git diff --cached --name-only --diff-filter=ACMR -- '*.md' '*.markdown' '*.txt')\n[ -z "$files" ] && exit 0\nexec "${process.execPath}" "${BIN}" --offline --only front-matter,placeholder $files\n`;
  writeFileSync(join(dir, '.git/hooks/pre-commit'), hook);
  chmodSync(join(dir, '.git/hooks/pre-commit'), 0o755);
  git(dir, 'add', '.');
  expect(git(dir, 'commit', '-q', '-m', 'start').status).toBe(0);
  return dir;
}

describe('pre-commit hook in a real git repository', () => {
  test('a failing draft blocks the commit; fixing it lets it through', () => {
    const dir = repo();
    writeFileSync(join(dir, 'drafts/sale.md'), '---\nplatform: x\n---\nBlack Friday **** Need copy and link****\n');
    git(dir, 'add', 'drafts/sale.md');
    const blocked = git(dir, 'commit', '-m', 'sale post');
    expect(blocked.status).not.toBe(0);
    expect(blocked.stdout + blocked.stderr).toContain('FAIL  drafts/sale.md');
    expect(git(dir, 'log', '--oneline').stdout.trim().split('\n')).toHaveLength(1);

    writeFileSync(join(dir, 'drafts/sale.md'), '---\nplatform: x\n---\nBlack Friday: 20% off all beans, today only.\n');
    git(dir, 'add', 'drafts/sale.md');
    const ok = git(dir, 'commit', '-m', 'sale post');
    expect(ok.status).toBe(0);
    expect(git(dir, 'log', '--oneline').stdout.trim().split('\n')).toHaveLength(2);
  });

  test('only the staged files are linted: a bad draft already in the tree does not block an unrelated commit', () => {
    const dir = repo();
    writeFileSync(join(dir, 'drafts/old.md'), '---\nplatform: x\n---\nTODO write this\n');
    writeFileSync(join(dir, 'drafts/new.md'), '---\nplatform: x\n---\nA clean post.\n');
    git(dir, 'add', 'drafts/new.md');
    expect(git(dir, 'commit', '-q', '-m', 'new').status).toBe(0);
  });
});

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(readFileSync('.pre-commit-hooks.yaml', 'utf8')) as Record<string, unknown>[];
  test('declares the postlint hook for the pre-commit framework', () => {
    expect(hooks[0]).toMatchObject({ id: 'postlint', entry: 'postlint', language: 'node', args: ['--offline'] });
    expect(hooks[0].types_or).toEqual(expect.arrayContaining(['markdown', 'yaml']));
  });

  // Debian's pre-commit package, when installed (apt-get install pre-commit), runs a local hook
  // with the same entry: no network needed.
  const have = spawnSync('pre-commit', ['--version']).status === 0;
  test.skipIf(!have)('Debian pre-commit runs the hook offline and blocks a failing draft', () => {
    const dir = repo();
    const cfg = `repos:\n  - repo: local\n    hooks:\n      - id: postlint\n        name: postlint\n        entry: "${process.execPath} ${BIN} --only front-matter,placeholder"\n        language: system\n        types_or: [markdown]\n        args: ${JSON.stringify(hooks[0].args)}\n`;
    writeFileSync(join(dir, '.pre-commit-config.yaml'), cfg);
    git(dir, 'add', '.pre-commit-config.yaml');
    writeFileSync(join(dir, 'drafts/bad.md'), '---\nplatform: x\n---\nFares from $TK\n');
    git(dir, 'add', 'drafts/bad.md');
    const r = spawnSync('pre-commit', ['run', '--files', 'drafts/bad.md', 'drafts/ok.md'], { cwd: dir, encoding: 'utf8', env: { ...process.env, PRE_COMMIT_HOME: join(dir, '.pc-home') } });
    expect(r.status).not.toBe(0);
    expect(r.stdout).toContain('placeholder marker "TK"');
    const clean = spawnSync('pre-commit', ['run', '--files', 'drafts/ok.md'], { cwd: dir, encoding: 'utf8', env: { ...process.env, PRE_COMMIT_HOME: join(dir, '.pc-home') } });
    expect(clean.status).toBe(0);
  });
});
