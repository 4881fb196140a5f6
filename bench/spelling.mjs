#!/usr/bin/env node
// Spelling rule benchmark. Run after `npm run build`:  node bench/spelling.mjs [drafts=10000]
// 1. Generates N drafts (about 40 words each, one in five with a typo, with handles, hashtags,
//    URLs, numbers and emoji) in a temp folder and lints them with only the spelling rule through
//    the real engine (lintFiles from dist/), printing drafts/second and peak memory.
// 2. Times one draft in a cold process: `node bin/postlint.js --only spelling file.md`, or, if the
//    CLI does not run, a cold `node -e` that imports dist/ and lints the one file.
// Targets on the 2-core project machine: 10,000 drafts < 5 s, peak memory < 300 MB, one cold draft < 700 ms.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const N = Number(process.argv[2] ?? 10000);

// Deterministic pseudo-random numbers, so every run lints the same drafts.
let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = (a) => a[Math.floor(rnd() * a.length)];

const WORDS = `the a our new fresh coffee bread morning team today week weekend menu season flight
  booking app update customers thanks for with and to of in on at from this that every all best
  warm slices open hours store library council park event tickets sale offer free delivery order
  account support please message details information volunteers community local city travel
  summer winter spring autumn release notes faster builds pipeline dashboard payment transfer
  savings mortgage rates branch schedule match squad kit stadium fans members welcome back
  delicious pumpkin cinnamon rolls latte espresso receive definitely separate accommodation
  tomorrow necessary beginning business calendar government environment experience`.split(/\s+/).filter(Boolean);
const TYPOS = ['recieve', 'definately', 'seperate', 'accomodation', 'tommorow', 'neccessary', 'begining', 'buisness', 'calender', 'goverment', 'enviroment', 'experiance', 'warehose', 'delicous', 'excercise', 'wierd', 'untill', 'occured', 'beleive', 'adress'];
const EXTRAS = ['@jane_doe', '@maker@mastodon.social', '@studio.bsky.social', '#PumpkinSeason', '#DevRel', '$AAPL', 'https://kettleandcrumb.example/menu', 'bit.ly/3xYz', 'v2.0', '10k', '24/7', '9am', '✈️', '🎃', '👍🏽', 'hello@example.org', 'AGM', 'lol'];

function body(i) {
  const n = 36 + Math.floor(rnd() * 10);
  const words = [];
  for (let k = 0; k < n; k++) {
    let w;
    do w = rnd() < 0.12 ? pick(EXTRAS) : pick(WORDS);
    while (w === words[k - 1]);
    words.push(w);
  }
  if (i % 5 === 0) words[Math.floor(rnd() * words.length)] = pick(TYPOS);
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  return `${words.join(' ')}.`;
}

const dir = mkdtempSync(join(tmpdir(), 'postlint-bench-spelling-'));
try {
  const langs = ['en', 'en', 'en', 'en-GB'];
  for (let i = 0; i < N; i++) writeFileSync(join(dir, `d${String(i).padStart(5, '0')}.md`), `---\nplatform: x\nlang: ${langs[i % langs.length]}\n---\n${body(i)}\n`);
  const one = join(dir, 'one.md');
  writeFileSync(one, `---\nplatform: x\nlang: en\n---\nPumpkin bread is back, and it's definately the best batch yet. Warm slices every morning at all three cafes until they run out. #PumpkinSeason @kettleandcrumb https://example.org/menu\n`);

  const { lintFiles } = await import(pathToFileURL(join(root, 'dist/src/index.js')).href);
  const config = { rules: { spelling: 'error' } };
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const t0 = performance.now();
  const summary = await lintFiles([dir], { config, cwd: dir, only: ['spelling'], noCache: true });
  const ms = performance.now() - t0;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  const maxRss = process.resourceUsage().maxRSS * 1024;
  const messages = summary.results.reduce((s, r) => s + r.messages.length, 0);
  const flagged = summary.results.filter((r) => r.messages.length).length;
  if (process.env.BENCH_SHOW) { const h = {}; for (const r of summary.results) for (const m of r.messages) h[m.ruleId + ': ' + m.message.slice(0, 60)] = (h[m.ruleId + ': ' + m.message.slice(0, 60)] ?? 0) + 1; console.log(Object.entries(h).sort((a, b) => b[1] - a[1]).slice(0, 15)); }
  console.log(`spelling: ${summary.results.length} drafts in ${(ms / 1000).toFixed(2)} s = ${Math.round((summary.results.length / ms) * 1000)} drafts/s`);
  console.log(`  ${messages} messages in ${flagged} drafts (about one in five has a typo)`);
  console.log(`  peak memory: rss ${(peak / 2 ** 20).toFixed(0)} MB sampled, maxRSS ${(maxRss / 2 ** 20).toFixed(0)} MB (includes the config and file loading of the run)`);

  // One draft in a cold process.
  const cli = join(root, 'bin/postlint.js');
  const probe = spawnSync(process.execPath, [cli, '--version'], { encoding: 'utf8' });
  const cold = [];
  let how;
  for (let k = 0; k < 3; k++) {
    const s = performance.now();
    let r;
    if (probe.status === 0) {
      how = 'node bin/postlint.js --only spelling one.md';
      r = spawnSync(process.execPath, [cli, '--only', 'spelling', '--no-cache', one], { cwd: dir, encoding: 'utf8' });
    } else {
      how = 'node -e (import dist, lintFiles one file)';
      const code = `const { lintFiles } = await import(${JSON.stringify(pathToFileURL(join(root, 'dist/src/index.js')).href)}); const s = await lintFiles([${JSON.stringify(one)}], { config: { rules: { spelling: 'error' } }, cwd: ${JSON.stringify(dir)}, only: ['spelling'], noCache: true }); process.stdout.write(String(s.results[0].messages.length));`;
      r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: dir, encoding: 'utf8' });
    }
    cold.push(performance.now() - s);
    if (k === 0 && r.status !== 0 && r.status !== 1) console.log(`  (cold run exited ${r.status}: ${r.stderr.slice(0, 300)})`);
  }
  console.log(`  one draft, cold process (${how}): ${cold.map((c) => Math.round(c)).join(' / ')} ms (best ${Math.round(Math.min(...cold))} ms)`);
  const ok = ms < 5000 * (N / 10000) && maxRss < 300 * 2 ** 20 && Math.min(...cold) < 700;
  console.log(ok ? '  targets met (10,000 < 5 s, < 300 MB, cold < 700 ms)' : '  a target was missed (10,000 < 5 s, < 300 MB, cold < 700 ms)');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
