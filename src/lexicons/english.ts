// Which English words are ordinary lower-case words and which are proper nouns, from the
// dictionary-en word list (Hunspell, the same list the spelling rule uses): "Boston" and "Steve"
// are proper nouns, "core" and "today" are not, "Fellaini" is neither (unknown). Loaded on first
// use (dictionary-en is ESM with top-level await, so this is async).

import { setOrdinaryWords } from '../text/phrases.js';

export interface EnglishWords {
  lower: Set<string>;
  proper: Set<string>;
}

let words: Promise<EnglishWords> | undefined;
let loaded: EnglishWords | undefined;

export function englishWords(): Promise<EnglishWords> {
  words ??= import('dictionary-en')
    .then((m) => {
      const dic = new TextDecoder().decode((m.default as { dic: Uint8Array }).dic);
      const lower = new Set<string>();
      const proper = new Set<string>();
      for (const line of dic.split('\n')) {
        const w = line.split('/')[0];
        if (!w) continue;
        if (/^\p{Ll}/u.test(w)) lower.add(w);
        else if (/^\p{Lu}\p{Ll}/u.test(w)) proper.add(w.toLowerCase());
      }
      setOrdinaryWords((w) => lower.has(w));
      return (loaded = { lower, proper });
    })
    .catch(() => (loaded = { lower: new Set<string>(), proper: new Set<string>() }));
  return words;
}

/** The word lists when `englishWords()` has resolved, else undefined. */
export function englishWordsSync(): EnglishWords | undefined {
  return loaded;
}

/** Forms a word may be an inflection of: "tweets" → tweet, "using" → use, "warmest" → warm. */
export function baseForms(w: string): string[] {
  const out = [w, w.replace(/'s$/, '')];
  const strip = (suffix: RegExp, add = '') => {
    if (suffix.test(w)) out.push(w.replace(suffix, add));
  };
  strip(/s$/);
  strip(/es$/);
  strip(/ies$/, 'y');
  strip(/ied$/, 'y');
  strip(/ed$/);
  strip(/ed$/, 'e');
  strip(/ing$/);
  strip(/ing$/, 'e');
  strip(/(.)\1ing$/, '$1');
  strip(/(.)\1ed$/, '$1');
  strip(/er$/);
  strip(/er$/, 'e');
  strip(/est$/);
  strip(/est$/, 'e');
  strip(/ier$/, 'y');
  strip(/iest$/, 'y');
  strip(/ly$/);
  strip(/ily$/, 'y');
  return out.filter((f) => f.length > 1);
}

/** Whether a lower-case word is an ordinary English word (or an inflection of one). */
export function isOrdinary(w: string, words: EnglishWords): boolean {
  return baseForms(w.replace(/’/g, "'")).some((f) => words.lower.has(f));
}
