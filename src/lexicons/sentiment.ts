// How positive or negative a word is, from -4 to +4. English: VADER's lexicon (Hutto & Gilbert
// 2014: 7,500 words, slang and emoticons, each rated by ten people; vader-sentiment, Apache-2.0).
// Norwegian: the `valence` entries of rules/data/stance.yaml. Keys are folded words.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { ruleData } from '../data/load.js';
import { foldWord } from '../text/chars.js';
import type { LangKey } from './profanity.js';

const tables = new Map<LangKey, Map<string, number>>();

export function valences(lang: LangKey): Map<string, number> {
  let t = tables.get(lang);
  if (t) return t;
  t = new Map();
  if (lang === 'en') {
    // The lexicon is shipped as an object literal, one `word: rating,` per line.
    const file = createRequire(import.meta.url).resolve('vader-sentiment/src/vader_lexicon.js');
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const m = /^ {2}(?:'((?:[^'\\]|\\.)*)'|([\p{L}\p{N}_$]+)): (-?\d+(?:\.\d+)?),?$/u.exec(line);
      if (!m) continue;
      const word = (m[1] ?? m[2]).replace(/\\(.)/g, '$1');
      if (/^[\p{L}'’-]+$/u.test(word)) t.set(foldWord(word), Number(m[3]));
    }
  }
  const data = ruleData<{ entries: { role?: string; valence?: number; en?: string[]; nb?: string[] }[] }>('stance.yaml');
  for (const e of data.entries) if (e.role === 'valence' && typeof e.valence === 'number') for (const w of e[lang] ?? []) t.set(foldWord(String(w)), e.valence);
  tables.set(lang, t);
  return t;
}

/** The word's rating, 0 when unknown. */
export function valence(key: string, lang: LangKey): number {
  return valences(lang).get(key) ?? 0;
}
