#!/usr/bin/env node
// Benchmark of the broken-links link phase. Run after `npm run build`:
//
//   node bench/links.mjs [--drafts 1000] [--latency 100] [--concurrency 4,8,16] [--hosts 1]
//                        [--per-host 8] [--only fast|mix] [--no-others]
//
// Loopback sites on 127.0.0.1 (bench/links-server.mjs, its own process) answer after 100 ms.
// 200 unique URLs are spread over 1,000 drafts. Two sets of URLs:
//
//   fast  every URL answers 200. For each concurrency c (per_host = c): the link phase against
//         1.25 x (200 x latency / c), one request per URL, never more than c in flight, and a
//         warm re-run under a tenth of the first.
//   mix   the mix of issue 13: 110 fine, 20 missing (404), 10 gone (410), 10 server errors (500),
//         30 moved (301), 5 slow (2 s), 10 rate-limited (429 with Retry-After: 1, then 200),
//         5 redirect loops, shuffled (fixed seed) over --hosts sites; concurrency 8. Target: the
//         first run at most 1.25 x the floor (200 x latency / 8) plus the longest single chain (the
//         2 s slow link), a re-run right after it under a tenth of the first; every link judged
//         as its kind says.
//
// Then linkinator (the library, in its own process) and markdown-link-check on the same URLs.
import { fork, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installMarkdownLinkCheck, MLC_VERSION, mlcDead } from './links-tools.mjs';

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
const UNIQUE = 200;
const DRAFTS = Number(arg('drafts', 1000));
const LATENCY = Number(arg('latency', 100));
const SLOW_MS = 2000;
const CONCURRENCIES = String(arg('concurrency', '4,8,16')).split(',').map(Number);
const MIX_C = 8;
const HOSTS = Number(arg('hosts', 1));
const MIX_PER_HOST = Number(arg('per-host', 8));
const ONLY = arg('only', undefined);
const OTHERS = !process.argv.includes('--no-others');

for (const k of Object.keys(process.env)) if (/^(https?|no|all)_proxy$/i.test(k)) delete process.env[k];

// --- the loopback sites ----------------------------------------------------------------------
const server = fork(join(here, 'links-server.mjs'), [], { env: { ...process.env, BENCH_LATENCY: String(LATENCY), BENCH_SLOW_MS: String(SLOW_MS), BENCH_HOSTS: String(HOSTS) } });
const ask = (msg, key) =>
  new Promise((resolve) => {
    const on = (m) => {
      if (m && key in m) {
        server.off('message', on);
        resolve(m[key]);
      }
    };
    server.on('message', on);
    if (msg) server.send(msg);
  });
const ports = await ask(undefined, 'ports');
const resetServer = () => ask('reset', 'reset');
const serverStats = () => ask('stats', 'stats');

// --- the two sets of URLs --------------------------------------------------------------------
const MIX = { ok: 110, missing: 20, gone: 10, error: 10, moved: 30, slow: 5, rate: 10, loop: 5 };
/** What each kind must come out as: silent, an error, or a "moved" warning. */
const EXPECT = { ok: 'fine', slow: 'fine', rate: 'fine', missing: 'broken', gone: 'broken', error: 'broken', loop: 'broken', moved: 'moved' };

function shuffled(list, seed) {
  let s = seed >>> 0;
  const r = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const a = [...list];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

const fastUrls = Array.from({ length: UNIQUE }, (_, i) => `http://127.0.0.1:${ports[0]}/ok/${i}`);
const kinds = shuffled(
  Object.entries(MIX).flatMap(([k, n]) => Array(n).fill(k)),
  13,
);
const mixUrls = kinds.map((k, i) => `http://127.0.0.1:${ports[i % HOSTS]}/${k}/${i}`);
const kindOf = (url) => /^http:\/\/[^/]+\/([a-z]+)\//.exec(url)?.[1];

// --- the drafts: every URL used at least once, popular ones in many drafts -------------------
const work = mkdtempSync(join(tmpdir(), 'postlint-bench-links-'));
function writeDrafts(name, urls) {
  const dir = join(work, name);
  mkdirSync(dir);
  let carried = 0;
  for (let d = 0; d < DRAFTS; d++) {
    const mine = new Set([urls[d % urls.length]]);
    if (d % 3 === 0) mine.add(urls[(d * 7) % 10]); // ten "popular" URLs in a third of the drafts
    if (d % 5 === 0) mine.add(urls[(d * 13) % urls.length]);
    carried += mine.size;
    writeFileSync(join(dir, `post-${String(d).padStart(4, '0')}.md`), `---\naccount: bench\nplatform: x\n---\nNew this week: ${[...mine].join(' and ')}\n`);
  }
  return { dir, carried };
}

const { lintFiles } = await import(dist);

async function lintOnce(drafts, links) {
  await resetServer();
  let t0;
  let t1;
  const started = performance.now();
  const summary = await lintFiles([drafts], {
    cwd: work,
    config: { links: { allow_private: true, deadline_ms: 600_000, ...links }, rules: { 'broken-links': 'error' } },
    only: ['broken-links'],
    // The link phase: from its first progress call (0 done, before the disk cache is read) to its last.
    progress: (done, total) => {
      const now = performance.now();
      t0 ??= now;
      if (done === total) t1 = now;
    },
  });
  const total = performance.now() - started;
  const verdicts = new Map();
  for (const r of summary.results)
    for (const m of r.messages) {
      const url = /https?:\/\/\S+?(?=:? |$)/.exec(m.message)?.[0]?.replace(/:$/, '');
      const v = m.message.startsWith('broken link') ? 'broken' : / has moved permanently /.test(m.message) ? 'moved' : m.message.startsWith('could not verify') ? 'unverifiable' : 'other';
      if (url) verdicts.set(url, v);
    }
  const stats = await serverStats();
  return { total, phase: t1 - t0, verdicts, messages: summary.results.reduce((n, r) => n + r.messages.length, 0), ...stats };
}

/** How many URLs came out as their kind says, and the first few that did not. */
function judged(urls, verdictOf) {
  const wrong = [];
  for (const u of urls) {
    const got = verdictOf(u);
    if (got !== EXPECT[kindOf(u)]) wrong.push(`${kindOf(u)} ${u.replace(/^http:\/\/127\.0\.0\.1/, '')}: ${got}`);
  }
  return { right: urls.length - wrong.length, wrong };
}

const ms = (x) => `${Math.round(x)} ms`;
const pad = (s, n = 8) => String(s).padStart(n);
let failed = false;
console.log(`broken-links benchmark: ${UNIQUE} unique URLs in ${DRAFTS} drafts, loopback sites with ${LATENCY} ms latency, Node ${process.version}`);
console.log('');

// --- fast: every link answers 200 ------------------------------------------------------------
if (ONLY !== 'mix') {
  const { dir, carried } = writeDrafts('fast', fastUrls);
  console.log(`fast links: all ${UNIQUE} answer 200 (${carried} links in the drafts), one site`);
  for (const [i, c] of CONCURRENCIES.entries()) {
    const cacheDir = join(work, `cache-fast-${i}-${c}`);
    const links = { concurrency: c, per_host: c, cache_dir: cacheDir };
    const cold = await lintOnce(dir, links);
    const warm = await lintOnce(dir, links);
    const ideal = (UNIQUE * LATENCY) / c;
    const target = 1.25 * ideal;
    const okPhase = cold.phase <= target;
    const okRequests = cold.requests === UNIQUE;
    const okLimit = cold.maxInFlight <= c;
    const okWarm = warm.phase < cold.phase / 10 && warm.requests === 0;
    failed ||= !(okPhase && okRequests && okLimit && okWarm) || cold.messages !== 0;
    console.log(`  concurrency ${c}, per_host ${c}:`);
    console.log(`    link phase (cold)   ${pad(ms(cold.phase))}   target <= ${ms(target)} (1.25 x ${UNIQUE} x ${LATENCY} ms / ${c})  ${okPhase ? 'ok' : 'MISSED'}`);
    console.log(`    requests            ${pad(cold.requests)}   ${JSON.stringify(cold.methods)}; target ${UNIQUE} (one per unique URL)  ${okRequests ? 'ok' : 'MISSED'}`);
    console.log(`    most in flight      ${pad(cold.maxInFlight)}   limit ${c}  ${okLimit ? 'ok' : 'EXCEEDED'}`);
    console.log(`    link phase (warm)   ${pad(ms(warm.phase))}   ${warm.requests} requests; target < ${ms(cold.phase / 10)}  ${okWarm ? 'ok' : 'MISSED'}`);
    console.log(`    whole lint          ${pad(ms(cold.total))} cold, ${ms(warm.total)} warm (start-up, parsing ${DRAFTS} drafts, link phase)`);
  }
  console.log('');
}

// --- mix: the links of issue 13 --------------------------------------------------------------
const comparisons = [];
if (ONLY !== 'fast') {
  const { dir, carried } = writeDrafts('mix', mixUrls);
  const floor = (UNIQUE * LATENCY) / MIX_C;
  const chain = SLOW_MS;
  const target = 1.25 * floor + chain;
  const links = { concurrency: MIX_C, per_host: MIX_PER_HOST, cache_dir: join(work, 'cache-mix') };
  console.log(`mix: ${Object.entries(MIX).map(([k, n]) => `${n} ${k}`).join(', ')} (${carried} links in the drafts), over ${HOSTS} site${HOSTS > 1 ? 's' : ''}; concurrency ${MIX_C}, per_host ${MIX_PER_HOST}`);
  const cold = await lintOnce(dir, links);
  const again = await lintOnce(dir, links);
  const okPhase = cold.phase <= target;
  const okAgain = again.phase < cold.phase / 10;
  const okLimit = cold.maxInFlight <= MIX_C && Object.values(cold.maxByHost).every((n) => n <= MIX_PER_HOST);
  const j1 = judged(mixUrls, (u) => cold.verdicts.get(u) ?? 'fine');
  const j2 = judged(mixUrls, (u) => again.verdicts.get(u) ?? 'fine');
  failed ||= !(okPhase && okAgain && okLimit) || j1.wrong.length > 0 || j2.wrong.length > 0;
  console.log(`  postlint, first run  ${pad(ms(cold.phase))}   target <= ${ms(target)} (1.25 x floor ${ms(floor)} + longest chain ${ms(chain)})  ${okPhase ? 'ok' : 'MISSED'}`);
  console.log(`    requests           ${pad(cold.requests)}   ${JSON.stringify(cold.methods)} ${JSON.stringify(cold.kinds)}`);
  console.log(`    most in flight     ${pad(cold.maxInFlight)}   overall (limit ${MIX_C}), ${Math.max(...Object.values(cold.maxByHost))} on one site (limit ${MIX_PER_HOST})  ${okLimit ? 'ok' : 'EXCEEDED'}`);
  console.log(`    judged right       ${pad(`${j1.right}/${UNIQUE}`)}   ${j1.wrong.length ? `wrong: ${j1.wrong.slice(0, 5).join('; ')}` : 'ok'}`);
  console.log(`  postlint, re-run     ${pad(ms(again.phase))}   ${again.requests} requests ${JSON.stringify(again.kinds)}; target < ${ms(cold.phase / 10)} (a tenth of the first)  ${okAgain ? 'ok' : 'MISSED'}`);
  console.log(`    judged right       ${pad(`${j2.right}/${UNIQUE}`)}   ${j2.wrong.length ? `wrong: ${j2.wrong.slice(0, 5).join('; ')}` : 'ok'}`);
  console.log(`    whole lint         ${pad(ms(cold.total))} first, ${ms(again.total)} re-run`);
  comparisons.push({ name: 'mix', urls: mixUrls, postlint: cold.phase, requests: cold.requests, right: j1.right });
}

// --- the other tools on the same URLs --------------------------------------------------------
function runTool(cmd, args) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(cmd, args, { cwd: work, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', async (code) => resolve({ ms: performance.now() - started, code, out, err, ...(await serverStats()) }));
  });
}

if (OTHERS && comparisons.length) {
  console.log('');
  const mlcDir = join(work, 'mlc');
  const mlc = installMarkdownLinkCheck(mlcDir);
  for (const set of comparisons) {
    console.log(`other tools on the same ${set.urls.length} URLs (${set.name}):`);
    const file = join(work, `${set.name}-urls.json`);
    writeFileSync(file, JSON.stringify(set.urls));
    await resetServer();
    const li = await runTool(process.execPath, [join(here, 'links-tools.mjs'), 'linkinator', file, String(MIX_C)]);
    if (li.code === 0) {
      const r = JSON.parse(li.out);
      const state = new Map(r.links.map((l) => [l.url, l.state === 'BROKEN' ? 'broken' : 'fine']));
      // linkinator follows redirects itself: a moved link is fine to it (no "moved" verdict to compare).
      const j = judged(set.urls, (u) => (kindOf(u) === 'moved' && state.get(u) === 'fine' ? 'moved' : (state.get(u) ?? 'missing')));
      console.log(`  linkinator ${pad(ms(r.ms), 9)}   ${li.requests} requests ${JSON.stringify(li.methods)} ${JSON.stringify(li.kinds)}; most in flight ${li.maxInFlight} (asked for ${MIX_C}); judged right ${j.right}/${set.urls.length}${j.wrong.length ? ` (wrong: ${j.wrong.slice(0, 3).join('; ')})` : ''}`);
    } else console.log(`  linkinator: failed (exit ${li.code}): ${li.err.trim().split('\n').at(-1)}`);
    if (mlc.bin) {
      const md = join(work, `${set.name}-urls.md`);
      writeFileSync(md, set.urls.map((u) => `- <${u}>`).join('\n') + '\n');
      const cfg = join(work, 'mlc.json');
      // The same policy where it has the knob: 10 s timeout, Retry-After on 429 honoured (2 tries).
      writeFileSync(cfg, JSON.stringify({ timeout: '10s', retryOn429: true, retryCount: 2, aliveStatusCodes: [200, 206] }));
      await resetServer();
      const r = await runTool(mlc.bin, ['-c', cfg, md]);
      const dead = mlcDead(r.out);
      const j = judged(set.urls, (u) => (dead.has(u) ? 'broken' : kindOf(u) === 'moved' ? 'moved' : 'fine'));
      console.log(`  markdown-link-check ${MLC_VERSION} ${pad(ms(r.ms), 9)}   wall clock incl. start-up; ${r.requests} requests ${JSON.stringify(r.methods)} ${JSON.stringify(r.kinds)}; most in flight ${r.maxInFlight} (fixed at 2); judged right ${j.right}/${set.urls.length}${j.wrong.length ? ` (wrong: ${j.wrong.slice(0, 3).join('; ')})` : ''}`);
    } else console.log(`  markdown-link-check: skipped (${mlc.reason})`);
    console.log(`  postlint   ${pad(ms(set.postlint), 9)}   ${set.requests} requests; judged right ${set.right}/${set.urls.length}`);
  }
  if (mlc.how) console.log(`  (markdown-link-check ${mlc.how})`);
}

server.send('stop');
rmSync(work, { recursive: true, force: true });
console.log('');
console.log(failed ? 'result: some targets MISSED (see above)' : 'result: all targets met');
process.exitCode = failed ? 1 : 0;
