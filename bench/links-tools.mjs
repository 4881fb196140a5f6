// The other link checkers of the link benchmark, each run in its own process on the same URLs
// (pointed only at the loopback sites of bench/links-server.mjs; proxy variables are unset).
//
//   node bench/links-tools.mjs linkinator <urls.json> <concurrency>
//     linkinator (the library; a devDependency, for this comparison) on the URLs; prints a JSON summary.
//
// markdown-link-check is not a dependency: its 3.15.0 needs chalk 6 and commander 15, which
// declare Node >= 22, and the project installs with engine-strict. `installMarkdownLinkCheck`
// installs it from the npm registry into a temporary folder for the comparison (it runs on Node 20).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const MLC_VERSION = '3.15.0';

/** The markdown-link-check binary: $MARKDOWN_LINK_CHECK, or a fresh install in `dir`; undefined with a reason when neither works. */
export function installMarkdownLinkCheck(dir) {
  if (process.env.MARKDOWN_LINK_CHECK) return { bin: process.env.MARKDOWN_LINK_CHECK, how: `$MARKDOWN_LINK_CHECK` };
  const r = spawnSync('npm', ['install', '--prefix', dir, '--no-save', '--no-audit', '--no-fund', '--no-package-lock', '--engine-strict=false', '--loglevel=error', `markdown-link-check@${MLC_VERSION}`], {
    encoding: 'utf8',
    timeout: 180_000,
  });
  const bin = join(dir, 'node_modules', '.bin', 'markdown-link-check');
  if (r.status !== 0 || !existsSync(bin)) return { reason: `npm install failed: ${(r.stderr || r.error?.message || '').trim().split('\n').at(-1)}` };
  return { bin, how: `installed from the npm registry into a temporary folder (not a dependency)` };
}

/** markdown-link-check's text output: the URLs it marked dead ("[✖] url → Status: 404"). */
export function mlcDead(stdout) {
  const dead = new Map();
  for (const line of stdout.split('\n')) {
    const m = /\[✖\]\s+(\S+)(?:\s+→\s+Status:\s*(\d+))?/.exec(line);
    if (m) dead.set(m[1], Number(m[2] ?? 0));
  }
  return dead;
}

if (process.argv[2] === 'linkinator') {
  const urls = JSON.parse(readFileSync(process.argv[3], 'utf8'));
  const concurrency = Number(process.argv[4]);
  const wanted = new Set(urls);
  const { LinkChecker } = await import('linkinator');
  const started = performance.now();
  // The same policy as postlint's defaults where linkinator has the knob: 10 s timeout,
  // Retry-After honoured, errors retried twice; only the given URLs (not the links on their pages).
  const result = await new LinkChecker().check({
    path: urls,
    recurse: false,
    concurrency,
    timeout: 10_000,
    retry: true,
    retryErrors: true,
    retryErrorsCount: 2,
    redirects: 'allow',
    linksToSkip: async (link) => !wanted.has(link),
  });
  const ms = performance.now() - started;
  const links = result.links.filter((l) => wanted.has(l.url)).map((l) => ({ url: l.url, state: l.state, status: l.status ?? 0 }));
  process.stdout.write(JSON.stringify({ ms, links }));
}
