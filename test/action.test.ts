// The GitHub Action's script, run as the runner would: a pull-request checkout with an origin,
// annotations for the drafts the branch changed only, SARIF when asked, the exit code as output.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { tempDir } from './support/cli.js';

const env = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' };
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8' });

function pullRequest(): string {
  const origin = tempDir();
  git(origin, 'init', '-q', '--bare', '-b', 'main');
  const dir = tempDir({
    '.postlintrc.yaml': 'rules:\n  spelling: off\n',
    'drafts/old.md': '---\nplatform: x\n---\nTODO an old draft nobody touched\n',
  });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'start');
  git(dir, 'remote', 'add', 'origin', origin);
  git(dir, 'push', '-q', 'origin', 'main');
  git(dir, 'checkout', '-q', '-b', 'feature');
  writeFileSync(join(dir, 'drafts/new.md'), '---\nplatform: x\n---\nFares from $TK, book now\n');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'new draft');
  return dir;
}

function runAction(dir: string, inputs: Record<string, string>) {
  const output = join(dir, 'gh-output');
  writeFileSync(output, '');
  const r = spawnSync('bash', [resolve('scripts/action.sh')], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', GITHUB_ACTION_PATH: resolve('.'), GITHUB_OUTPUT: output, BASE_REF: 'main', INPUT_CHANGED_ONLY: 'true', INPUT_ARGS: '--offline', ...inputs },
  });
  return { ...r, outputs: readFileSync(output, 'utf8') };
}

describe('action.yml', () => {
  test('declares its inputs and runs scripts/action.sh', () => {
    const action = parse(readFileSync('action.yml', 'utf8'));
    expect(Object.keys(action.inputs)).toEqual(['paths', 'changed-only', 'config', 'sarif', 'args']);
    expect(action.runs.using).toBe('composite');
    expect(JSON.stringify(action.runs.steps)).toContain('scripts/action.sh');
  });

  test('annotates only the drafts the pull request changed, and writes SARIF', () => {
    const dir = pullRequest();
    const r = runAction(dir, { INPUT_SARIF: 'out/postlint.sarif' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('::error file=drafts/new.md,line=4,col=13');
    expect(r.stdout).not.toContain('old.md');
    expect(r.outputs).toContain('exit-code=1');
    const sarif = JSON.parse(readFileSync(join(dir, 'out/postlint.sarif'), 'utf8'));
    expect(sarif.runs[0].results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0].physicalLocation.artifactLocation.uri)).toEqual(['drafts/new.md']);
  });

  test('changed-only: false lints everything', () => {
    const dir = pullRequest();
    const r = runAction(dir, { INPUT_CHANGED_ONLY: 'false' });
    expect(r.stdout).toContain('file=drafts/old.md');
    expect(r.stdout).toContain('file=drafts/new.md');
  });
});
