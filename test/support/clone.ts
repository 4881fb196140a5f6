// The install-path tests start where a user starts: a clone of this repository (its committed
// HEAD, tagged v0.1.0 as a release is), and commands run with a user's environment.
import { execFile, execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Clones the committed HEAD of this checkout into `dir`/postlint and tags it v0.1.0. */
export function cloneHead(dir: string): string {
  const clone = join(dir, 'postlint');
  const head = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  execFileSync('git', ['clone', '-q', '--no-checkout', resolve('.'), clone]);
  execFileSync('git', ['checkout', '-q', head], { cwd: clone });
  execFileSync('git', ['tag', '-f', 'v0.1.0'], { cwd: clone, env: userEnv() });
  return clone;
}

/** A user's shell: none of the npm_* variables of the `npm test` that runs the tests; git can commit. */
export function userEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t', ...extra };
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !/^npm_|^INIT_CWD$/i.test(k) && !(k in env)) env[k] = v;
  return env;
}

export interface ShResult {
  status: number;
  stdout: string;
  stderr: string;
  /** stdout then stderr. */
  out: string;
}

/** Runs a command to its end (installs take minutes), without throwing on a non-zero exit. */
export async function sh(cmd: string, args: string[], cwd: string, env: Record<string, string> = userEnv(), timeout = 300_000): Promise<ShResult> {
  try {
    const r = await run(cmd, args, { cwd, env, encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });
    return { status: 0, stdout: r.stdout, stderr: r.stderr, out: r.stdout + r.stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    const stdout = err.stdout ?? '';
    const stderr = err.stderr ?? '';
    return { status: typeof err.code === 'number' ? err.code : -1, stdout, stderr, out: stdout + stderr };
  }
}
