// The GitHub Action's script, run as the runner would after actions/checkout: a bare origin with a
// base branch and a pull request, and a checkout made the way actions/checkout makes it (git init,
// fetch of one commit with --depth 1, no base branch). The README's workflow settings.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { tempDir } from './support/cli.js';

const env = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' };
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
const write = (dir: string, files: Record<string, string>) => {
  for (const [p, text] of Object.entries(files)) {
    execFileSync('mkdir', ['-p', join(dir, p, '..')]);
    writeFileSync(join(dir, p), text);
  }
};

/** A bare origin whose main holds `files`, and a developer's clone of it (on main). */
function originWith(files: Record<string, string>): { bare: string; dev: string } {
  const bare = tempDir();
  git(bare, 'init', '-q', '--bare', '-b', 'main');
  const dev = tempDir(files);
  git(dev, 'init', '-q', '-b', 'main');
  git(dev, 'add', '.');
  git(dev, 'commit', '-q', '-m', 'start');
  git(dev, 'remote', 'add', 'origin', bare);
  git(dev, 'push', '-q', 'origin', 'main');
  return { bare, dev };
}

const BAD = (what: string) => `---\nplatform: x\n---\nFares from $TK, ${what}\n`;

/**
 * origin: main has the config, an old bad draft nobody touches and a README; `feature` (the pull
 * request, `commits` commits) adds a bad draft and edits README.md; main then moves on with a bad
 * draft of its own. GitHub's refs/pull/1/merge merges the PR into main.
 */
function origin(commits = 1): { url: string; merge: string; head: string } {
  const { bare, dev } = originWith({
    '.postlintrc.yaml': 'include: ["drafts/**/*.md"]\n',
    'drafts/old.md': BAD('an old draft nobody touched'),
    'README.md': '# Drafts\n',
  });
  git(dev, 'checkout', '-q', '-b', 'feature');
  write(dev, { 'drafts/new.md': BAD('book now'), 'README.md': '# Drafts\n\nTODO: explain the folders.\n' });
  git(dev, 'add', '.');
  git(dev, 'commit', '-q', '-m', 'new draft');
  for (let i = 2; i <= commits; i++) {
    write(dev, { [`notes/n${i}.txt`]: `note ${i}\n` });
    git(dev, 'add', '.');
    git(dev, 'commit', '-q', '-m', `note ${i}`);
  }
  const head = git(dev, 'rev-parse', 'HEAD');
  git(dev, 'push', '-q', 'origin', 'feature');
  git(dev, 'checkout', '-q', 'main');
  write(dev, { 'drafts/later.md': BAD('merged to main after the branch') });
  git(dev, 'add', '.');
  git(dev, 'commit', '-q', '-m', 'later on main');
  git(dev, 'push', '-q', 'origin', 'main');
  git(dev, 'checkout', '-q', '-b', 'merge');
  git(dev, 'merge', '-q', '--no-ff', '-m', 'Merge feature into main', 'feature');
  const merge = git(dev, 'rev-parse', 'HEAD');
  git(dev, 'push', '-q', 'origin', 'merge:refs/pull/1/merge');
  return { url: `file://${bare}`, merge, head };
}

/** What actions/checkout@v4 does for a pull_request event at its default fetch-depth: 1. */
function checkout(url: string, sha: string, ref = 'refs/remotes/pull/1/merge'): string {
  const ws = tempDir();
  git(ws, 'init', '-q');
  git(ws, 'remote', 'add', 'origin', url);
  git(ws, 'fetch', '-q', '--no-tags', '--prune', '--no-recurse-submodules', '--depth=1', 'origin', `+${sha}:${ref}`);
  git(ws, 'checkout', '-q', '--force', ref);
  return ws;
}

/** The README's workflow: `sarif: postlint.sarif`, `args: --max-warnings 0`. */
function runAction(dir: string, inputs: Record<string, string> = {}) {
  const output = join(dir, '..', `gh-output-${Math.random().toString(36).slice(2)}`);
  writeFileSync(output, '');
  const r = spawnSync('bash', [resolve('scripts/action.sh')], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', GITHUB_ACTION_PATH: resolve('.'), GITHUB_OUTPUT: output, BASE_REF: 'main', INPUT_CHANGED_ONLY: 'true', INPUT_SARIF: 'postlint.sarif', INPUT_ARGS: '--max-warnings 0', INPUT_PATHS: '', INPUT_CONFIG: '', ...inputs },
  });
  return { ...r, outputs: readFileSync(output, 'utf8') };
}

const sarifUris = (dir: string) =>
  (JSON.parse(readFileSync(join(dir, 'postlint.sarif'), 'utf8')).runs[0].results as { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[]).map((x) => x.locations[0].physicalLocation.artifactLocation.uri);

describe('action.yml', () => {
  test('declares its inputs and runs scripts/action.sh', () => {
    const action = parse(readFileSync('action.yml', 'utf8'));
    expect(Object.keys(action.inputs)).toEqual(['paths', 'changed-only', 'config', 'sarif', 'args']);
    expect(action.runs.using).toBe('composite');
    expect(JSON.stringify(action.runs.steps)).toContain('scripts/action.sh');
  });
});

describe('on a depth-1 pull-request checkout', () => {
  const repo = origin();

  test("the merge checkout: annotates only the drafts the pull request changed that the config's include selects, writes SARIF", () => {
    const ws = checkout(repo.url, repo.merge);
    expect(git(ws, 'rev-parse', '--is-shallow-repository')).toBe('true');
    const r = runAction(ws);
    expect(r.stderr).not.toContain('no commit in common');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('::error file=drafts/new.md,line=4,col=13');
    expect(r.stdout).not.toContain('old.md'); // on main before the branch, untouched
    expect(r.stdout).not.toContain('later.md'); // on main after the branch: not this PR's change
    expect(r.stdout).not.toContain('README'); // changed, Markdown, but not a draft
    expect(r.outputs).toContain('exit-code=1');
    expect(sarifUris(ws)).toEqual(['drafts/new.md']);
  });

  test('the head checkout (ref: the PR head) of a 25-commit branch: the script deepens until the branch meets main', () => {
    const long = origin(25);
    const ws = checkout(long.url, long.head, 'refs/remotes/origin/feature');
    const r = runAction(ws);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('::error file=drafts/new.md');
    expect(r.stdout).not.toMatch(/old\.md|later\.md|README/);
    expect(sarifUris(ws)).toEqual(['drafts/new.md']);
  });

  test('a pull request that changes no draft passes, and still writes SARIF (an empty run, so the upload step finds it)', () => {
    const { bare, dev } = originWith({ '.postlintrc.yaml': 'include: ["drafts/**/*.md"]\n', 'drafts/old.md': BAD('old'), 'README.md': '# x\n' });
    git(dev, 'checkout', '-q', '-b', 'docs');
    write(dev, { 'README.md': '# x\n\nTODO: more\n' });
    git(dev, 'commit', '-q', '-am', 'docs');
    git(dev, 'push', '-q', 'origin', 'docs');
    const ws = checkout(`file://${bare}`, git(dev, 'rev-parse', 'HEAD'), 'refs/remotes/origin/docs');
    const r = runAction(ws);
    expect(r.stdout + r.stderr).not.toContain('README.md:');
    expect(r.status).toBe(0);
    expect(r.outputs).toContain('exit-code=0');
    expect(sarifUris(ws)).toEqual([]);
  });

  test('a pull request that only deletes a draft has nothing to lint: exit 0, an empty SARIF run', () => {
    const { bare, dev } = originWith({ '.postlintrc.yaml': 'include: ["drafts/**/*.md"]\n', 'drafts/old.md': BAD('old'), 'drafts/keep.md': BAD('kept') });
    git(dev, 'checkout', '-q', '-b', 'cleanup');
    git(dev, 'rm', '-q', 'drafts/old.md');
    git(dev, 'commit', '-q', '-m', 'remove');
    git(dev, 'push', '-q', 'origin', 'cleanup');
    const ws = checkout(`file://${bare}`, git(dev, 'rev-parse', 'HEAD'), 'refs/remotes/origin/cleanup');
    const r = runAction(ws);
    expect(r.stdout).toContain('postlint: no files changed in this pull request');
    expect(r.status).toBe(0);
    expect(r.outputs).toContain('exit-code=0');
    const log = JSON.parse(readFileSync(join(ws, 'postlint.sarif'), 'utf8'));
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results).toEqual([]);
  });

  test('when the changes cannot be computed, the job fails and says why (never "no drafts changed")', () => {
    const ws = checkout(repo.url, repo.merge);
    const missing = runAction(ws, { BASE_REF: 'no-such-branch' });
    expect(missing.status).toBe(2);
    expect(missing.stdout).toContain("::error title=postlint::cannot fetch the base branch 'no-such-branch'");
    expect(missing.outputs).toContain('exit-code=2');
    expect(missing.stdout).not.toContain('no files changed');

    // A base branch with no history in common with the pull request.
    const dev = tempDir({ 'x.md': 'x\n' });
    git(dev, 'init', '-q', '-b', 'unrelated');
    git(dev, 'add', '.');
    git(dev, 'commit', '-q', '-m', 'unrelated');
    git(dev, 'push', '-q', repo.url.slice('file://'.length), 'unrelated');
    const ws2 = checkout(repo.url, repo.merge);
    const apart = runAction(ws2, { BASE_REF: 'unrelated' });
    expect(apart.status).toBe(2);
    expect(apart.stdout).toContain('::error title=postlint::HEAD and origin/unrelated have no commit in common');
    expect(apart.outputs).toContain('exit-code=2');
    expect(existsSync(join(ws2, 'postlint.sarif'))).toBe(false);
  });

  test("changed-only: false lints every draft the config's include selects", () => {
    const ws = checkout(repo.url, repo.merge);
    const r = runAction(ws, { INPUT_CHANGED_ONLY: 'false' });
    expect(r.status).toBe(1);
    for (const f of ['old.md', 'new.md', 'later.md']) expect(r.stdout).toContain(`file=drafts/${f}`);
    expect(r.stdout).not.toContain('README');
  });
});
