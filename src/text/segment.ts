// Hashtags into words: "#PrayForCarrowRidge" → pray, for, carrow, ridge by its capitals; an
// all-lower-case tag by the likeliest split into common English words ("#whatajoke" → what, a,
// joke; "#immigrationoffenders" → immigration, offenders), so that what a tag says is read like
// the rest of the post. A tag that does not split into known words stays whole ("#jesuischarile").
import { wordFrequency, frequencyTable } from '../lexicons/frequency.js';

/** CamelCase pieces: "PrayForCarrowRidge" → Pray For Carrow Ridge; "BLMprotest" → BLM protest; "JOTRAN30" → JOTRAN 30. */
export function splitCamel(tag: string): string[] {
  return tag.match(/\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?[\p{Ll}\p{M}]+|\p{Lu}+|\p{N}+/gu) ?? [tag];
}

const MAX_WORD = 18;
// Single letters other than "a" and "i", and two-letter fragments, are what a bad split is made of.
const SHORT_OK = new Set(['a', 'i', 'an', 'as', 'at', 'be', 'by', 'do', 'go', 'he', 'if', 'in', 'is', 'it', 'me', 'my', 'no', 'of', 'on', 'or', 'so', 'to', 'up', 'us', 'we', 'tv', 'ok']);

/**
 * The likeliest split of a lower-case run into words (unigram model over SUBTLEX counts, as in
 * Norvig's word segmentation), or undefined when any piece would be an unknown word.
 */
export function segmentWord(run: string): string[] | undefined {
  const s = run.toLowerCase();
  if (s.length < 5 || !/^\p{L}+$/u.test(s)) return undefined;
  const table = frequencyTable();
  const total = 51_000_000;
  const cost = (w: string): number => {
    if (w.length < 3 && !SHORT_OK.has(w)) return Infinity;
    const n = table.get(w);
    return n ? -Math.log(n / total) : Infinity;
  };
  const best: number[] = [0];
  const from: number[] = [0];
  for (let i = 1; i <= s.length; i++) {
    best[i] = Infinity;
    for (let j = Math.max(0, i - MAX_WORD); j < i; j++) {
      const c = best[j] + cost(s.slice(j, i));
      if (c < best[i]) {
        best[i] = c;
        from[i] = j;
      }
    }
  }
  if (!Number.isFinite(best[s.length])) return undefined;
  const words: string[] = [];
  for (let i = s.length; i > 0; i = from[i]) words.unshift(s.slice(from[i], i));
  // A known word on its own is not split ("together" is not "to get her").
  if (words.length > 1 && wordFrequency(s) > 0) return [s];
  return words;
}

/** The words of a hashtag (without #), lower case. */
export function hashtagWords(tag: string): string[] {
  const out: string[] = [];
  for (const piece of splitCamel(tag)) {
    const lower = piece.toLowerCase();
    const split = /^\p{Ll}+$/u.test(piece) || /^\p{Lu}+$/u.test(piece) ? segmentWord(lower) : undefined;
    out.push(...(split ?? [lower]));
  }
  return out;
}

/** A hashtag or name for comparison: no #, no spaces or punctuation, lower case. */
export function tagKey(s: string): string {
  return s.replace(/^#/, '').normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}
