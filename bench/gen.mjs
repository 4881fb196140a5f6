// Generates realistic drafts for benchmarks: varied accounts, platforms, lengths, some with problems.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const WORDS = 'our new seasonal menu arrives this week with fresh bread coffee tea pastries and a warm welcome for everyone who visits the team across every store thanks for the support today tomorrow weekend morning evening customers friends neighbours families community local farmers market open late early'.split(' ');
const TYPOS = ['recieve', 'definately', 'accomodate', 'seperate', 'tommorow', 'occured'];
const PLATFORMS = ['x', 'instagram', 'facebook', 'linkedin', 'bluesky', 'mastodon', 'threads'];

export function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

export function sentence(r, n, typoRate = 0) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(r() < typoRate ? TYPOS[Math.floor(r() * TYPOS.length)] : WORDS[Math.floor(r() * WORDS.length)]);
  out[0] = out[0][0].toUpperCase() + out[0].slice(1);
  return `${out.join(' ')}.`;
}

/** Write `count` drafts into `dir`; returns the folder. */
export function generate(dir, count, { typoRate = 0.01, words = 40, seed = 42 } = {}) {
  const r = rng(seed);
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const sub = join(dir, `batch-${Math.floor(i / 500)}`);
    if (i % 500 === 0) mkdirSync(sub, { recursive: true });
    const platform = PLATFORMS[i % PLATFORMS.length];
    const day = String(1 + (i % 28)).padStart(2, '0');
    const body = [sentence(r, Math.floor(words / 2), typoRate), sentence(r, Math.ceil(words / 2), typoRate)];
    if (i % 50 === 0) body.push('TODO: add link');
    if (i % 7 === 0) body.push('#SummerMenu #CoffeeLovers');
    const fm = [`account: brand${i % 5}`, `platform: ${platform}`, 'lang: en', `publish_at: 2030-03-${day}T09:${String(i % 60).padStart(2, '0')}:00+01:00`];
    writeFileSync(join(sub, `post-${i}.md`), `---\n${fm.join('\n')}\n---\n${body.join(' ')}\n`);
  }
  return dir;
}
