// Core benchmark (issue 2 and 7): the engine with front-matter and placeholder over 10,000
// drafts, `postlint --version` against plain Node start-up, and a --cache re-run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generate } from './gen.mjs';

const BIN = resolve('bin/postlint.js');
const N = Number(process.env.BENCH_DRAFTS ?? 10_000);

function timed(args, opts = {}) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', ...opts, env: { ...process.env, CI: 'true' } });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { ms, stdout: r.stdout, stderr: r.stderr };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchCore() {
  const dir = mkdtempSync(join(tmpdir(), 'postlint-bench-'));
  try {
    generate(join(dir, 'drafts'), N);
    const cfg = join(dir, '.postlintrc.yaml');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(cfg, 'include: ["drafts/**/*.md"]\n');
    const lintArgs = [BIN, 'drafts', '--only', 'front-matter,placeholder', '--offline', '-f', 'json', '-o', join(dir, 'out.json')];
    // In-process figures: time and peak memory of the lint itself.
    const probe = `const t=performance.now();const {lintFiles}=await import(${JSON.stringify(resolve('dist/src/index.js'))});const s=await lintFiles(['drafts'],{cwd:${JSON.stringify(dir)},only:['front-matter','placeholder'],offline:true});const ms=performance.now()-t;console.log(JSON.stringify({ms,posts:s.results.reduce((n,r)=>n+r.posts.length,0),rss:process.resourceUsage().maxRSS}))`;
    const inproc = JSON.parse(timed(['--input-type=module', '-e', probe], { cwd: dir }).stdout);
    const cliRuns = [0, 1, 2].map(() => timed(lintArgs, { cwd: dir }).ms);
    const version = [];
    const bare = [];
    for (let i = 0; i < 10; i++) {
      version.push(timed([BIN, '--version']).ms);
      bare.push(timed(['-e', '']).ms);
    }
    const cacheFile = join(dir, 'cache.json');
    const cacheArgs = [...lintArgs, '--cache', '--cache-location', cacheFile];
    const cold = timed(cacheArgs, { cwd: dir }).ms;
    const warm = median([0, 1, 2].map(() => timed(cacheArgs, { cwd: dir }).ms));
    const rows = {
      drafts: inproc.posts,
      'engine, in-process (ms)': Math.round(inproc.ms),
      'posts/second (in-process)': Math.round(inproc.posts / (inproc.ms / 1000)),
      'peak RSS (MB)': Math.round(inproc.rss / 1024),
      'CLI wall time, median of 3 (ms)': Math.round(median(cliRuns)),
      'postlint --version, median of 10 (ms)': Math.round(median(version)),
      'node -e "", median of 10 (ms)': Math.round(median(bare)),
      '--cache first run (ms)': Math.round(cold),
      '--cache unchanged re-run, median of 3 (ms)': Math.round(warm),
    };
    console.log('\n## core: front-matter + placeholder');
    for (const [k, v] of Object.entries(rows)) console.log(`${k.padEnd(44)} ${v}`);
    const targets = [
      [`${N} drafts in under 3 s (CLI)`, median(cliRuns) < 3000],
      ['--version under 2x node -e ""', median(version) < 2 * median(bare)],
      ['cached re-run under 1 s', warm < 1000],
    ];
    for (const [name, ok] of targets) console.log(`${ok ? 'PASS' : 'MISS'}  ${name}`);
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchCore();
