// Ranked spelling suggestions. nspell's own `suggest` puts the right word first for about two
// typos in three; this ranks a wider candidate set by how people mistype (typoDistance: doubled
// letters, swapped neighbours, vowels, neighbouring keys) and by how common each candidate is
// (English: SUBTLEXus counts), which is what "did you mean" needs.
//
// Candidates: every dictionary word one edit away (checked in one batch through the retext-spell
// processor), two words where a space was left out ("alot"), frequent words two edits away
// (English), and the team's own words (config dictionary, brand spellings) two edits away.
import { editCount, typoDistance } from './distance.js';
import { frequency, frequentNear } from './frequency.js';

export interface SpellBackend {
  /** Whether each word is in the dictionary (as cased: "Caribbean" yes, "caribbean" no). */
  correctMany(words: string[]): Promise<boolean[]>;
}

export interface SuggestOptions {
  backend: SpellBackend;
  /** Letters to try in edits, lower case. */
  alphabet: string;
  /** English: rank by word frequency too. */
  english: boolean;
  /** The team's words (config dictionary, brand spellings), as written. */
  extra: string[];
  /** Extra words that are accepted only in this language (supplement lists). */
  supplement?: string[];
}

export interface Candidate {
  /** As the dictionary has it (lower case, or capitalised for names). */
  word: string;
  /** Typing distance (lower is closer). */
  cost: number;
  /** Plain edit count (1 or 2; 3 = further). */
  edits: number;
  /** Final score, lower is better. */
  score: number;
  /** How often it is used (English), 0 when unknown. */
  freq: number;
}

/** Ranking weights (tuned on a development list of misspellings, not on the test list). */
export const WEIGHTS = { cost: 2.2, freq: 0.19, firstLetter: 0.9, split: 0.9, teamFreq: 2000 };
const TOTAL = 51e6;

export async function rankSuggestions(word: string, o: SuggestOptions): Promise<Candidate[]> {
  const lower = word.toLowerCase();
  const found = new Map<string, { cost?: number; split?: boolean; team?: boolean }>();
  const add = (w: string, extra: { split?: boolean; team?: boolean } = {}) => {
    const k = w;
    const prev = found.get(k);
    found.set(k, { ...prev, ...extra });
  };

  // 1. Every string one edit away, in lower case and capitalised: one batch.
  const edits = new Set<string>();
  for (const e of edits1(lower, o.alphabet)) edits.add(e);
  // Only the case is wrong ("monday", "stackwise"): the word itself, capitalised, is a candidate too.
  if (word !== lower) edits.add(lower);
  else edits.delete(lower);
  const probe: string[] = [];
  // A short acronym typed in lower case ("tv", "nasa"): the word in capitals.
  const upper = word.toUpperCase();
  if (word === lower && word.length <= 5 && upper !== word) probe.push(upper);
  // A name typed in lower case ("european", "paris"): the word itself, capitalised.
  const capital = lower.charAt(0).toUpperCase() + lower.slice(1);
  if (capital !== word) probe.push(capital);
  // Names one edit away ("Amercia" -> "America") only for a word typed with a capital: a lower-case typo is
  // almost always of a lower-case word, and the capitalised probes would double the look-ups.
  const caps = word !== lower;
  for (const e of edits) {
    probe.push(e);
    if (caps) probe.push(e.charAt(0).toUpperCase() + e.slice(1));
  }
  // 2. Two words ("alot" -> "a lot"): both halves must be words.
  const halves: [string, string][] = [];
  for (let i = 1; i < lower.length; i++) {
    const a = lower.slice(0, i);
    const b = lower.slice(i);
    if ((a.length === 1 && !ONE_LETTER.has(a)) || (b.length === 1 && !ONE_LETTER.has(b))) continue;
    if (a.length < 2 && b.length < 2) continue;
    halves.push([a, b]);
  }
  for (const [a, b] of halves) probe.push(a, b);
  // 3. Frequent words two edits away (English): a trie walk over the frequency list.
  const far: string[] = [];
  // Not for words under 5 letters (two edits from "teh" are 481 words, and short typos are one-edit slips), and
  // only words that begin with the typed first or second letter: two edits plus a wrong first letter is rarely
  // the word meant (it also pays WEIGHTS.firstLetter), and the search is a twelfth of the work.
  if (o.english && lower.length >= 5) {
    for (const w of frequentNear(lower, 2, lower.slice(0, 2))) if (!edits.has(w) && w !== lower) far.push(w);
    for (const w of far) probe.push(w, w.charAt(0).toUpperCase() + w.slice(1));
  }
  const ok = await o.backend.correctMany(probe);
  const good = new Set<string>();
  probe.forEach((p, i) => ok[i] && good.add(p));
  if (good.has(upper) && upper !== word && !good.has(capital)) add(upper); // an acronym, not a name in capitals
  if (good.has(capital) && capital !== word) add(capital);
  // A lower-case typo with no lower-case word one edit away may be a name's ("febuary" -> "February"): a second batch.
  if (!caps && ![...edits].some((e) => good.has(e))) {
    const capsProbe = [...edits].map((e) => e.charAt(0).toUpperCase() + e.slice(1));
    const capsOk = await o.backend.correctMany(capsProbe);
    capsProbe.forEach((p, i) => capsOk[i] && good.add(p));
  }
  for (const e of edits) {
    if (good.has(e)) add(e);
    else {
      const cap = e.charAt(0).toUpperCase() + e.slice(1);
      if (good.has(cap)) add(cap);
    }
  }
  for (const [a, b] of halves) if (good.has(a) && good.has(b)) add(`${a} ${b}`, { split: true });
  for (const w of far) {
    if (good.has(w)) add(w);
    else {
      const cap = w.charAt(0).toUpperCase() + w.slice(1);
      if (good.has(cap)) add(cap);
    }
  }
  for (const w of o.supplement ?? []) if (editCount(lower, w.toLowerCase(), 2) <= 2) add(w);
  // 4. The team's words.
  for (const w of o.extra) {
    if (/\s/.test(w)) continue;
    if (editCount(lower, w.toLowerCase(), 2) <= 2 && w !== word) add(w, { team: true });
  }

  const out: Candidate[] = [];
  for (const [w, info] of found) {
    const lw = w.toLowerCase();
    if (w === word) continue;
    // Only the case is wrong: certain for a word in use ("european", "monday"), less so for a rare name
    // ("sargent" is far more often "sergeant" than the painter).
    const caseOnly = lw === lower ? (o.english && w !== lw && frequency(lw) < 100 ? 0.6 : 0.1) : undefined;
    const cost = caseOnly ?? typoDistance(lower, lw) + (info.split ? WEIGHTS.split : 0);
    const freq = info.team ? Math.max(WEIGHTS.teamFreq, o.english ? frequency(lw) : 0) : o.english ? splitFrequency(lw) : 0;
    let score = cost * WEIGHTS.cost - Math.log1p(freq) * WEIGHTS.freq;
    if (lw[0] !== lower[0]) score += WEIGHTS.firstLetter;
    out.push({ word: w, cost, edits: editCount(lower, lw, 2), score, freq });
  }
  out.sort((a, b) => a.score - b.score || a.word.localeCompare(b.word));
  return out;
}

const ONE_LETTER = new Set(['a', 'i']);

function splitFrequency(w: string): number {
  if (!w.includes(' ')) return frequency(w);
  // Two words in a row: about as often as chance would put them together.
  return w.split(' ').reduce((p, x) => (p * frequency(x)) / TOTAL, TOTAL);
}

/** Every string one deletion, transposition, substitution or insertion away. */
export function edits1(w: string, alphabet: string): string[] {
  const out: string[] = [];
  for (let i = 0; i <= w.length; i++) {
    const a = w.slice(0, i);
    const b = w.slice(i);
    if (b) out.push(a + b.slice(1));
    if (b.length > 1) out.push(a + b[1] + b[0] + b.slice(2));
    for (const c of alphabet) {
      if (b) out.push(a + c + b.slice(1));
      out.push(a + c + b);
    }
  }
  return out;
}
