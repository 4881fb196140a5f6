// Matching word lists kept as data: whole words and phrases, never substrings
// ("unisex" does not contain the word "sex"; "Sussex" neither).

export interface PhraseMatch<T> {
  start: number;
  end: number;
  text: string;
  entry: T;
}

export interface Lexicon<T> {
  match(text: string): PhraseMatch<T>[];
}

const B = '(?<![\\p{L}\\p{N}_])';
const E = '(?![\\p{L}\\p{N}_])';

function escape(s: string): string {
  return s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A phrase is words separated by spaces; `*` at the end of a word allows any ending ("bomb*"),
 * and a space matches any run of whitespace or hyphens ("shoot out" = "shoot-out").
 * Apostrophes match both ' and ’. Case-insensitive.
 */
export function phrasePattern(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((w) => escape(w).replace(/\*/g, '[\\p{L}\\p{M}]*').replace(/['’]/g, "['’]"))
    .join('[\\s\\-]+');
}

export function compileLexicon<T>(entries: { phrases: string[]; entry: T }[]): Lexicon<T> {
  const list: { re: RegExp; entry: T }[] = [];
  for (const { phrases, entry } of entries) {
    const alts = phrases.filter((p) => p.trim()).map(phrasePattern);
    if (alts.length) list.push({ re: new RegExp(`${B}(?:${alts.join('|')})${E}`, 'giu'), entry });
  }
  return {
    match(text: string) {
      const out: PhraseMatch<T>[] = [];
      for (const { re, entry } of list) {
        re.lastIndex = 0;
        for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], entry });
      }
      return out.sort((a, b) => a.start - b.start);
    },
  };
}
