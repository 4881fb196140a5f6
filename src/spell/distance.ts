// A typing-error distance: Damerau (optimal string alignment) edit distance whose costs follow
// how people actually mistype. Used to rank spelling candidates, never to decide what is wrong.
//
// Cheaper than a plain edit (1.0):
// - a doubled letter typed once or a single letter typed twice ("tomorow", "untill"): 0.45
// - two neighbouring letters swapped ("recieve"): 0.6
// - one vowel for another ("definately", "seperate"): 0.55
// - a neighbouring key on a QWERTY keyboard ("warehoise"): 0.7
// - letters that sound alike (c/k/s, s/z, i/y, g/j, m/n): 0.75
// - a vowel or a silent h left out or added ("wich", "rythm"): 0.75
import { alignmentDistance, editDistance, type EditCosts } from '../text/words.js';

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'æ', 'ø', 'å', 'ä', 'ö', 'ü', 'é', 'è']);
const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const KEY: Map<string, [number, number]> = new Map();
ROWS.forEach((row, r) => [...row].forEach((ch, i) => KEY.set(ch, [r, i + [0, 0.25, 0.75][r]])));
const SOUND = new Set(['ck', 'kc', 'cs', 'sc', 'sz', 'zs', 'iy', 'yi', 'gj', 'jg', 'mn', 'nm', 'td', 'dt', 'bp', 'pb', 'fv', 'vf']);

export function adjacentKeys(a: string, b: string): boolean {
  const p = KEY.get(a);
  const q = KEY.get(b);
  if (!p || !q || a === b) return false;
  return Math.abs(p[0] - q[0]) <= 1 && Math.abs(p[1] - q[1]) <= 1.0;
}

/** The costs, in one place (tuned on a development list of misspellings, not on the test list). */
export const COSTS = { vowel: 0.65, key: 0.9, sound: 0.75, double: 0.45, swap: 0.6, soft: 0.75, sep: 0.5, missing: 0.9, extra: 1 };

export function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  if (VOWELS.has(a) && VOWELS.has(b)) return COSTS.vowel;
  if (adjacentKeys(a, b)) return COSTS.key;
  if (SOUND.has(a + b)) return COSTS.sound;
  return 1;
}

/** Cost of a letter that is in `word` at `i` but should not be (or is missing there, seen from the other side). */
function extraCost(word: string, i: number, scale: number): number {
  const ch = word[i];
  if (ch === word[i - 1] || ch === word[i + 1]) return COSTS.double * scale;
  if (VOWELS.has(ch) || ch === 'h') return COSTS.soft * scale;
  if (ch === "'" || ch === '-' || ch === ' ') return COSTS.sep;
  return scale;
}

/** How people mistype, as edit costs (typed word -> candidate). */
const TYPING: EditCosts = {
  sub: (a, i, b, j) => substitutionCost(a[i], b[j]),
  del: (a, i) => extraCost(a, i, COSTS.extra),
  ins: (b, j) => extraCost(b, j, COSTS.missing),
  swap: COSTS.swap,
};

/** Weighted distance from what was typed to a candidate, both lower case. Stops early past `max`. */
export function typoDistance(typed: string, cand: string, max = Infinity): number {
  if (Math.abs(typed.length - cand.length) * 0.45 > max) return max + 1;
  return alignmentDistance(typed, cand, TYPING, max);
}

/** Plain Damerau (OSA) edit count, bounded: cheap pre-filter and the "one edit away" test of --fix. */
export function editCount(a: string, b: string, max = 2): number {
  return editDistance(a, b, max);
}
