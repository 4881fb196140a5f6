// Swear words and how strong they are, per language: cuss (English, rated 0-2) and LDNOOBW's
// Norwegian list (naughty-words), with the strengths of rules/data/profanity.yaml on top.
//   strength 3 strong, 2 profane, 1 mild, 0 not swearing in a post (dropped).
// Keys are folded words (src/text/chars.ts foldWord). Multi-word entries ("fy faen") are for the
// phrase matcher; `swearWords` lists single words, which is what censored forms resolve to.
import { createRequire } from 'node:module';
import { ruleData } from '../data/load.js';
import { foldWord } from '../text/chars.js';
import { wordFrequency } from './frequency.js';

export type LangKey = 'en' | 'nb';

interface Entry {
  id: string;
  strength: number;
  en?: string[];
  nb?: string[];
  any?: string[];
}

const require = createRequire(import.meta.url);
const built = new Map<LangKey, Map<string, number>>();

/** Word → strength (1-3) for a language; phrases of several words are included as written. */
export function swearWords(lang: LangKey): Map<string, number> {
  let m = built.get(lang);
  if (m) return m;
  m = new Map();
  if (lang === 'en') {
    // cuss rates 2 for 'definitely profane', 1 for 'maybe': both count, as profane and as mild.
    for (const [w, r] of Object.entries(cussWords())) if (r >= 1) m.set(foldWord(w), r === 2 ? 2 : 1);
  } else {
    for (const w of require('naughty-words/no.json') as string[]) m.set(foldWord(w), 2);
  }
  for (const e of ruleData<{ entries: Entry[] }>('profanity.yaml').entries) {
    for (const w of [...(e[lang] ?? []), ...(e.any ?? [])]) {
      const k = foldWord(String(w));
      if (e.strength <= 0) m.delete(k);
      else m.set(k, e.strength);
    }
  }
  built.set(lang, m);
  return m;
}

let cussCache: Record<string, number> | undefined;
/** cuss is ESM-only: loaded once, before the first synchronous use (the text model's `ready()`). */
export async function loadProfanity(): Promise<void> {
  cussCache ??= (await import('cuss')).cuss;
}

function cussWords(): Record<string, number> {
  if (!cussCache) throw new Error('swearWords() called before loadProfanity()');
  return cussCache;
}

/** Single swear words of both languages, most used first: what a censored form ("f***") can stand for. */
let targets: string[] | undefined;
export function maskTargets(): string[] {
  if (!targets) {
    const all = new Map<string, number>();
    for (const lang of ['en', 'nb'] as const) for (const [w, s] of swearWords(lang)) if (!w.includes(' ') && s >= 2) all.set(w, Math.max(s, all.get(w) ?? 0));
    // The most used first: a censored "f***" is far more often "fuck" than any other f-word.
    targets = [...all.keys()].map((w) => ({ w, f: wordFrequency(w) })).sort((a, b) => b.f - a.f || a.w.length - b.w.length).map((x) => x.w);
  }
  return targets;
}
