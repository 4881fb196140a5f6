// Words with offsets, and the small string helpers several rules share.

export interface Word {
  text: string;
  start: number;
  end: number;
}

// Letters (any script) with inner apostrophes or hyphens: "don't", "e-mail", "Havnøy's".
const WORD = /[\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+)*/gu;

export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * What each edit costs, for `alignmentDistance` and `alignmentRow`. Positions are 0-based; `a` is the word
 * being turned into `b`.
 */
export interface EditCosts {
  /** a[i] written where b[j] belongs (0 when they are equal). */
  sub(a: string, i: number, b: string, j: number): number;
  /** a[i], which b lacks. */
  del(a: string, i: number): number;
  /** b[j], which a lacks. */
  ins(b: string, j: number): number;
  /** Two neighbours of a swapped. */
  swap: number;
}

/** Plain Damerau-Levenshtein: every edit costs 1. */
export const UNIT_COSTS: EditCosts = { sub: (a, i, b, j) => (a.charCodeAt(i) === b.charCodeAt(j) ? 0 : 1), del: () => 1, ins: () => 1, swap: 1 };

/**
 * Row i (1-based) of the optimal-string-alignment table: the cost of turning a[0..i) into each prefix of b,
 * from the two rows before it (prev2 may be unused for i = 1). Returns the row's minimum, so callers can stop
 * as soon as every way is too far. The one edit-distance loop of postlint: alignmentDistance runs it over a
 * word, the spelling trie (src/spell/trie.ts) over each branch.
 */
export function alignmentRow(a: string, i: number, b: string, prev2: Float64Array, prev: Float64Array, cur: Float64Array, costs: EditCosts): number {
  const m = b.length;
  // Plain costs inline: the spelling trie runs this for thousands of branches per suggestion.
  const unit = costs === UNIT_COSTS;
  const del = unit ? 1 : costs.del(a, i - 1);
  cur[0] = prev[0] + del;
  let min = cur[0];
  const ai = a.charCodeAt(i - 1);
  const aPrev = i > 1 ? a.charCodeAt(i - 2) : -1;
  for (let j = 1; j <= m; j++) {
    const bj = b.charCodeAt(j - 1);
    let v = prev[j - 1] + (unit ? (ai === bj ? 0 : 1) : costs.sub(a, i - 1, b, j - 1));
    const d = prev[j] + del;
    if (d < v) v = d;
    const ins = cur[j - 1] + (unit ? 1 : costs.ins(b, j - 1));
    if (ins < v) v = ins;
    if (j > 1 && ai === b.charCodeAt(j - 2) && aPrev === bj && ai !== bj) {
      const t = prev2[j - 2] + costs.swap;
      if (t < v) v = t;
    }
    cur[j] = v;
    if (v < min) min = v;
  }
  return min;
}

/** The first row: turning the empty string into each prefix of b. */
export function alignmentStart(b: string, row: Float64Array, costs: EditCosts): void {
  row[0] = 0;
  for (let j = 1; j <= b.length; j++) row[j] = row[j - 1] + costs.ins(b, j - 1);
}

let rows = [new Float64Array(48), new Float64Array(48), new Float64Array(48)];

/** Optimal-string-alignment distance from a to b under `costs`, stopping early (max + 1) once past `max`. */
export function alignmentDistance(a: string, b: string, costs: EditCosts = UNIT_COSTS, max = Infinity): number {
  const n = a.length;
  const m = b.length;
  if (rows[0].length < m + 1) rows = [0, 1, 2].map(() => new Float64Array(m + 17));
  let [prev2, prev, cur] = rows;
  alignmentStart(b, prev, costs);
  for (let i = 1; i <= n; i++) {
    if (alignmentRow(a, i, b, prev2, prev, cur, costs) > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m];
}

/**
 * Damerau-Levenshtein (optimal string alignment) distance, stopping early past `max`. Runs for
 * thousands of words per spelling suggestion, so the rows are reused between calls.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  return alignmentDistance(a, b, UNIT_COSTS, max);
}

/** The closest candidate within `max` edits, for "did you mean" messages. */
export function closest(word: string, candidates: Iterable<string>, max = 2): string | undefined {
  let best: string | undefined;
  let bestD = max + 1;
  const w = word.toLowerCase();
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase(), bestD);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}

/** Grapheme clusters, as Bluesky and people count characters. */
export function graphemes(text: string): string[] {
  const seg = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(seg.segment(text), (s) => s.segment);
}
