#!/usr/bin/env node
// Benchmark of the broken-links link phase. Run after `npm run build`:
//
//   node bench/links.mjs [--urls 200] [--drafts 1000] [--latency 100] [--concurrency 4,8,16]
//
// 200 unique URLs spread over 1,000 drafts, against a loopback server that answers every request
// after 100 ms. For each concurrency c (per-host limit = c), it reports:
//   - the link phase (first to last progress call, so start-up and parsing are excluded) against
//     the target 1.25 x (unique URLs x latency / c);
//   - the requests the server saw (target: one per unique URL, however many drafts carry it);
//   - the most requests the server had in flight (must not exceed c);
//   - a second run with the warm disk cache (target: under a tenth of the first).
// Then linkinator's own CLI and markdown-link-check on the same URLs, when they are installed.
import { fork, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const dist = join(root, 'dist', 'src', 'index.js');
if (!existsSync(dist)) {
  console.error('bench/links.mjs: dist/ is missing; run `npm run build` first.');
  process.exit(2);
}

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const UNIQUE = Number(arg('urls', 200));
const DRAFTS = Number(arg('drafts', 1000));
const LATENCY = Number(arg('latency', 100));
const CONCURRENCIES = String(arg('concurrency', '4,8,16')).split(',').map(Number);

for (const k of Object.keys(process.env)) if (/^(https?|no|all)_proxy$/i.test(k)) delete process.env[k];

// --- the loopback server, in its own process (a remote site does not share our event loop) ---
if (process.argv.includes('--serve')) {
  const stats = { requests: 0, inFlight: 0, maxInFlight: 0, methods: {} };
  const server = createServer((req, res) => {
    stats.requests++;
    stats.methods[req.method] = (stats.methods[req.method] ?? 0) + 1;
    stats.maxInFlight = Math.max(stats.maxInFlight, ++stats.inFlight);
    setTimeout(() => {
      stats.inFlight--;
      // No links in the page: linkinator would otherwise check them too.
      const page = '<!doctype html><title>ok</title><p>ok</p>';
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': String(Buffer.byteLength(page)) });
      res.end(req.method === 'HEAD' ? undefined : page);
    }, Number(process.env.BENCH_LATENCY));
  });
  server.keepAliveTimeout = 30_000;
  server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
  process.on('message', (m) => {
    if (m === 'stats') process.send({ stats });
    if (m === 'reset') Object.assign(stats, { requests: 0, inFlight: 0, maxInFlight: 0, methods: {} });
    if (m === 'stop') server.close(() => process.exit(0)), server.closeAllConnections();
  });
  await new Promise(() => {});
}

const serverProcess = fork(fileURLToPath(import.meta.url), ['--serve'], { env: { ...process.env, BENCH_LATENCY: String(LATENCY) } });
const ask = (msg, key) =>
  new Promise((resolve) => {
    const on = (m) => {
      if (m && key in m) {
        serverProcess.off('message', on);
        resolve(m[key]);
      }
    };
    serverProcess.on('message', on);
    if (msg) serverProcess.send(msg);
  });
const port = await ask(undefined, 'port');
const resetStats = () => serverProcess.send('reset');
const serverStats = () => ask('stats', 'stats');
const urls = Array.from({ length: UNIQUE }, (_, i) => `http://127.0.0.1:${port}/page/${i}`);

// --- the drafts: every URL used at least once, popular ones in many drafts -----------------
const work = mkdtempSync(join(tmpdir(), 'postlint-bench-links-'));
const drafts = join(work, 'drafts');
mkdirSync(drafts);
let carried = 0;
for (let d = 0; d < DRAFTS; d++) {
  const mine = new Set([urls[d % UNIQUE]]);
  if (d % 3 === 0) mine.add(urls[(d * 7) % 10]); // ten "popular" URLs in a third of the drafts
  if (d % 5 === 0) mine.add(urls[(d * 13) % UNIQUE]);
  carried += mine.size;
  writeFileSync(join(drafts, `post-${String(d).padStart(4, '0')}.md`), `---\naccount: bench\nplatform: x\n---\nNew this week: ${[...mine].join(' and ')}\n`);
}

const { lintFiles } = await import(dist);

async function lintOnce(c, cacheDir, label) {
  resetStats();
  await serverStats(); // the reset has been applied
  let t0;
  let t1;
  const started = performance.now();
  const summary = await lintFiles([drafts], {
    cwd: work,
    config: { links: { allow_private: true, concurrency: c, per_host: c, cache_dir: cacheDir, deadline_ms: 600_000 }, rules: { 'broken-links': 'error' } },
    only: ['broken-links'],
    // The link phase: from its first progress call (0 done, before the disk cache is read) to its last.
    progress: (done, total) => {
      const now = performance.now();
      t0 ??= now;
      if (done === total) t1 = now;
    },
  });
  const total = performance.now() - started;
  const messages = summary.results.reduce((n, r) => n + r.messages.length, 0);
  const stats = await serverStats();
  return { label, total, phase: t1 - t0, requests: stats.requests, maxInFlight: stats.maxInFlight, methods: stats.methods, messages };
}

const ms = (x) => `${Math.round(x)} ms`;
console.log(`broken-links benchmark: ${UNIQUE} unique URLs in ${DRAFTS} drafts (${carried} links in all), loopback server with ${LATENCY} ms latency, Node ${process.version}`);
console.log('');
let failed = false;
for (const [i, c] of CONCURRENCIES.entries()) {
  const cacheDir = join(work, `cache-${i}-${c}`);
  const cold = await lintOnce(c, cacheDir, 'cold');
  const warm = await lintOnce(c, cacheDir, 'warm');
  const ideal = (UNIQUE * LATENCY) / c;
  const target = 1.25 * ideal;
  const okPhase = cold.phase <= target;
  const okRequests = cold.requests === UNIQUE;
  const okLimit = cold.maxInFlight <= c;
  const okWarm = warm.phase < cold.phase / 10 && warm.requests === 0;
  failed ||= !(okPhase && okRequests && okLimit && okWarm) || cold.messages !== 0;
  console.log(`concurrency ${c}, per_host ${c}:`);
  console.log(`  link phase (cold)   ${ms(cold.phase).padStart(8)}   target <= ${ms(target)} (1.25 x ${UNIQUE} x ${LATENCY} ms / ${c} = 1.25 x ${ms(ideal)})  ${okPhase ? 'ok' : 'MISSED'}`);
  console.log(`  whole lint (cold)   ${ms(cold.total).padStart(8)}   (start-up, parsing ${DRAFTS} drafts, link phase)`);
  console.log(`  requests            ${String(cold.requests).padStart(8)}   ${JSON.stringify(cold.methods)}; target ${UNIQUE} (one per unique URL)  ${okRequests ? 'ok' : 'MISSED'}`);
  console.log(`  most in flight      ${String(cold.maxInFlight).padStart(8)}   limit ${c}  ${okLimit ? 'ok' : 'EXCEEDED'}`);
  console.log(`  link phase (warm)   ${ms(warm.phase).padStart(8)}   ${warm.requests} requests; target < ${ms(cold.phase / 10)} (a tenth of the cold link phase)  ${okWarm ? 'ok' : 'MISSED'}`);
  console.log(`  whole lint (warm)   ${ms(warm.total).padStart(8)}   (${Math.round((100 * warm.total) / cold.total)}% of the cold run; the rest is reading and parsing the drafts)`);
  console.log(`  findings            ${String(cold.messages).padStart(8)}   (every URL answers 200)`);
  console.log('');
}

// --- other tools on the same URLs ---------------------------------------------------------
function runTool(cmd, args) {
  return new Promise((resolve) => {
    resetStats();
    const started = performance.now();
    const child = spawn(cmd, args, { cwd: work, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('close', async (code) => {
      const ms = performance.now() - started;
      const stats = await serverStats();
      resolve({ ms, code, requests: stats.requests, maxInFlight: stats.maxInFlight, methods: stats.methods, err });
    });
  });
}

const c = CONCURRENCIES.includes(8) ? 8 : CONCURRENCIES[0];
const linkinatorBin = join(root, 'node_modules', '.bin', 'linkinator');
if (existsSync(linkinatorBin)) {
  const r = await runTool(linkinatorBin, [...urls, '--concurrency', String(c), '--timeout', '10000', '--format', 'json']);
  console.log(`linkinator CLI (--concurrency ${c}): ${ms(r.ms)} wall clock incl. its start-up; ${r.requests} requests ${JSON.stringify(r.methods)}; most in flight ${r.maxInFlight}; exit ${r.code}`);
} else console.log('linkinator CLI: not installed (node_modules/.bin/linkinator), skipped');

// markdown-link-check: $MARKDOWN_LINK_CHECK, ./node_modules/.bin, or on PATH. It is not a dependency;
// to compare, install it anywhere (npm install --prefix /tmp/mlc markdown-link-check) and point the variable at its bin.
const mlcLocal = join(root, 'node_modules', '.bin', 'markdown-link-check');
const mlc =
  process.env.MARKDOWN_LINK_CHECK ||
  (existsSync(mlcLocal) ? mlcLocal : spawnSync('sh', ['-c', 'command -v markdown-link-check'], { encoding: 'utf8' }).stdout.trim());
if (mlc) {
  const file = join(work, 'urls.md');
  writeFileSync(file, urls.map((u) => `- ${u}`).join('\n') + '\n');
  const r = await runTool(mlc, ['-q', file]);
  console.log(`markdown-link-check: ${ms(r.ms)} wall clock incl. its start-up (its own fixed parallelism; no concurrency option); ${r.requests} requests ${JSON.stringify(r.methods)}; most in flight ${r.maxInFlight}; exit ${r.code}`);
} else console.log('markdown-link-check: not installed, skipped (set MARKDOWN_LINK_CHECK to its bin to compare)');

serverProcess.send('stop');
rmSync(work, { recursive: true, force: true });
console.log('');
console.log(failed ? 'result: some targets MISSED (see above)' : 'result: all targets met');
process.exitCode = failed ? 1 : 0;
