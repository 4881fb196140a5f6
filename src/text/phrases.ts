// The one phrase language of postlint's word lists (rules/data/*.yaml, rule options, custom rules).
// Phrases match whole tokens of the text model in sequence, never substrings: "unisex" and
// "Sussex" are single tokens, so "sex" never matches inside them. A phrase stays inside one
// sentence and does not run across a masked URL or hashtag; between its words the text may have
// spaces, hyphens, dashes, quotes, slashes, "&" or one comma ("shoot-out" = "shoot out", "Sure, Jan").
// Words compare by their folded keys (src/text/chars.ts): case, apostrophes, lookalike letters and
// censoring do not matter ("cant" = "can't", "f***ing" = "fucking").
//
//   word        the word; a possessive 's on the text's word is ignored, and so are stretched
//               letters ("hooome" matches "home")
//   word*       any word starting with "word" (at least two letters before the *): bomb* = bombs, bombing
//   =Word       exactly this case (=Labour is the party, "labour" is work); at a sentence start only
//               when it is an acronym (=RIP)
//   a|b|c       one of these words here                       "fight me|us"
//   (a|b c)     one of these, each may be several words       "(referred|passed) to our (legal team|lawyers)"
//   [a b]  x?   optional words                                "[very] sorry", "you should? have"
//   {name}      a word class of the data file (its alternatives may be several words)
//   {n}         a number (5, 5,000, 6.9)      {cap}  a capitalised word that does not start a sentence
//   {any}       any one word                  ~      up to four words of the same sentence
//   %  $  £  €  currency signs and % are words of their own ("20 % off" and "20% off" both match "{n} % off")
import { foldWord } from './chars.js';
import { tokenize, type Token } from './tokens.js';

interface WordSlot {
  gap?: false;
  exact: Set<string>;
  prefixes: string[];
  cs: Set<string>;
  /** Exact-case prefixes ("=Green*"). */
  csPrefixes: string[];
  num: boolean;
  cap: boolean;
  any: boolean;
}
interface GapSlot {
  gap: true;
  max: number;
}
type Slot = WordSlot | GapSlot;

export interface PhraseOptions {
  /** Only at the start of a sentence. */
  atStart?: boolean;
  /** Not when the next word is one of these. */
  unlessNext?: string[];
  /** Not when the previous word is one of these. */
  unlessPrev?: string[];
  /** Not when the match contains one of these words (negation: not, never, ikke). */
  unlessIn?: string[];
  /** Every word of the phrase in exactly the case written. */
  caseSensitive?: boolean;
  /** Only in a sentence that ends with a question mark ("Don't like it?"). */
  inQuestion?: boolean;
  /** The match ends its sentence ("Chill.", "Delays happen."). */
  endsSentence?: boolean;
}

export interface PhraseItem<T> {
  phrases: readonly (string | number)[];
  entry: T;
  options?: PhraseOptions;
}

export interface PhraseMatch<T> {
  start: number;
  end: number;
  /** Index of the first and one past the last token. */
  from: number;
  to: number;
  text: string;
  entry: T;
  /** The phrase as written in the data. */
  phrase: string;
}

export interface PhraseSet<T> {
  size: number;
  match(tokens: Token[], text: string): PhraseMatch<T>[];
}

export type WordClasses = Record<string, readonly (string | number)[]>;

/** A mistake in a phrase, with the phrase: data files are compiled when they load, so it shows at once. */
export class PhraseError extends Error {}

const MAX_VARIANTS = 4096;

interface Compiled<T> {
  slots: Slot[];
  item: PhraseItem<T>;
  phrase: string;
  sets: { unlessNext?: Set<string>; unlessPrev?: Set<string>; unlessIn?: Set<string> };
}

/**
 * Compile phrases. Matching is indexed by the first word, so the cost per text is about one map
 * lookup per token and prefix length, whatever the number of phrases.
 */
export function compilePhrases<T>(items: PhraseItem<T>[], classes: WordClasses = {}): PhraseSet<T> {
  const byExact = new Map<string, Compiled<T>[]>();
  const byPrefix = new Map<string, Compiled<T>[]>();
  const byCs = new Map<string, Compiled<T>[]>();
  const loose: Compiled<T>[] = [];
  let minPrefix = Infinity;
  let maxPrefix = 0;
  let size = 0;
  const add = (map: Map<string, Compiled<T>[]>, k: string, c: Compiled<T>) => {
    const l = map.get(k);
    if (l) l.push(c);
    else map.set(k, [c]);
  };
  const keySet = (l?: string[]) => (l?.length ? new Set(l.map((w) => foldWord(w))) : undefined);
  for (const item of items) {
    const o = item.options ?? {};
    const sets = { unlessNext: keySet(o.unlessNext), unlessPrev: keySet(o.unlessPrev), unlessIn: keySet(o.unlessIn) };
    for (const raw of item.phrases) {
      const phrase = String(raw);
      if (!phrase.trim()) continue;
      for (const slots of expand(phrase, classes, !!o.caseSensitive)) {
        const c: Compiled<T> = { slots, item, phrase, sets };
        size++;
        const s = slots[0];
        if (s.gap || s.num || s.cap || s.any || s.csPrefixes.length) {
          loose.push(c);
          continue;
        }
        for (const w of s.exact) add(byExact, w, c);
        for (const w of s.cs) add(byCs, w, c);
        for (const w of s.prefixes) {
          add(byPrefix, w, c);
          minPrefix = Math.min(minPrefix, w.length);
          maxPrefix = Math.max(maxPrefix, w.length);
        }
      }
    }
  }

  return {
    size,
    match(tokens, text) {
      const out: PhraseMatch<T>[] = [];
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        const cands = new Set<Compiled<T>>();
        const look = (map: Map<string, Compiled<T>[]>, k: string) => {
          const l = map.get(k);
          if (l) for (const c of l) cands.add(c);
        };
        look(byExact, t.key);
        if (t.base !== t.key) look(byExact, t.base);
        for (const a of t.alts) look(byExact, a);
        if (byCs.size) look(byCs, csForm(t));
        if (maxPrefix) for (let L = minPrefix; L <= Math.min(maxPrefix, t.key.length); L++) look(byPrefix, t.key.slice(0, L));
        for (const c of loose) cands.add(c);
        for (const c of cands) {
          const to = matchAt(c.slots, tokens, i, 0, !!c.item.options?.endsSentence);
          if (to < 0) continue;
          const o = c.item.options;
          if (o?.atStart && !t.sentStart) continue;
          if (o?.inQuestion && !t.question) continue;
          const next = tokens[to];
          if (c.sets.unlessNext && next?.joined && next.sentence === tokens[to - 1].sentence && c.sets.unlessNext.has(next.key)) continue;
          const prev = tokens[i - 1];
          if (c.sets.unlessPrev && prev && t.joined && c.sets.unlessPrev.has(prev.key)) continue;
          if (c.sets.unlessIn && tokens.slice(i, to).some((x) => c.sets.unlessIn!.has(x.key))) continue;
          const last = tokens[to - 1];
          out.push({ start: t.start, end: last.end, from: i, to, text: text.slice(t.start, last.end), entry: c.item.entry, phrase: c.phrase });
        }
      }
      return out.sort((a, b) => a.start - b.start || b.end - a.end);
    },
  };
}

/** Where the phrase ends (one past its last token) when it matches from token i, or -1. */
function matchAt(slots: Slot[], tokens: Token[], i: number, si: number, ends: boolean): number {
  if (si === slots.length) return !ends || tokens[i - 1].sentEnd ? i : -1;
  const s = slots[si];
  if (s.gap) {
    // Up to `max` words of the same sentence, each joined to the one before.
    for (let skip = 0; skip <= s.max; skip++) {
      if (skip > 0 && !tokens[i + skip - 1]?.joined) break;
      const end = matchAt(slots, tokens, i + skip, si + 1, ends);
      if (end >= 0) return end;
    }
    return -1;
  }
  const t = tokens[i];
  // Every word after the first continues the phrase: same sentence, only joining characters between.
  if (!t || (si > 0 && !t.joined) || !slotMatches(s, t)) return -1;
  return matchAt(slots, tokens, i + 1, si + 1, ends);
}

function csForm(t: Token): string {
  return t.text.replace(/[’ʼ]/g, "'").replace(/'s$/i, '');
}

// Whether a lower-case word is an ordinary word (set by src/lexicons/english.ts once its list is
// loaded). At a sentence start a capital says nothing, so "Green" there may be the colour, but
// "Ap" or "Trump" cannot be anything but the name.
let ordinaryLower: ((w: string) => boolean) | undefined;
export function setOrdinaryWords(fn: (w: string) => boolean): void {
  ordinaryLower = fn;
}
const nameAtStart = (w: string) => !!ordinaryLower && w.length > 1 && !ordinaryLower(w.toLowerCase());

function slotMatches(s: WordSlot, t: Token): boolean {
  if (s.any) return true;
  if (s.num && t.num) return true;
  if (s.cap && t.cap && !t.sentStart) return true;
  if (s.exact.has(t.key) || s.exact.has(t.base)) return true;
  for (const a of t.alts) if (s.exact.has(a)) return true;
  if (s.cs.size) {
    const w = csForm(t);
    if (s.cs.has(w) && (!t.sentStart || (w.length > 1 && w === w.toUpperCase()) || nameAtStart(w))) return true;
  }
  for (const p of s.prefixes) if (t.key.startsWith(p)) return true;
  for (const p of s.csPrefixes) if (t.text.startsWith(p) && (!t.sentStart || (p.length > 1 && p === p.toUpperCase()) || nameAtStart(t.text))) return true;
  return false;
}

// ---------------------------------------------------------------- parsing

type Part = { kind: 'word'; spec: string } | { kind: 'group'; alts: string[] } | { kind: 'optional'; body: string } | { kind: 'gap' };

/** A phrase → its variants, each a list of slots. */
function expand(phrase: string, classes: WordClasses, cs: boolean, depth = 0): Slot[][] {
  if (depth > 6) throw new PhraseError(`phrase "${phrase}" nests too deeply (a word class that refers to itself?)`);
  let variants: Slot[][] = [[]];
  for (const part of parts(phrase)) {
    let options: Slot[][];
    if (part.kind === 'gap') options = [[{ gap: true, max: 4 }]];
    else if (part.kind === 'optional') options = [...expand(part.body, classes, cs, depth + 1), []];
    else if (part.kind === 'group') options = alternatives(part.alts, classes, cs, depth, phrase);
    else {
      const m = /^\{([\w-]+)\}$/.exec(part.spec);
      if (m && !['n', 'cap', 'any'].includes(m[1])) {
        const cls = classes[m[1]];
        if (!cls) throw new PhraseError(`unknown word class {${m[1]}} in phrase "${phrase}"`);
        options = alternatives(cls.map(String), classes, cs, depth, phrase);
      } else options = [wordSlots(part.spec, cs, phrase)];
    }
    const next: Slot[][] = [];
    for (const v of variants) for (const o of options) if (next.length < MAX_VARIANTS) next.push([...v, ...o]);
    variants = next;
  }
  const out = variants.filter((v) => v.some((s) => !s.gap));
  for (const v of out) {
    while (v.length && v[v.length - 1].gap) v.pop();
    while (v.length && v[0].gap) v.shift();
  }
  return out;
}

/** Alternatives: one slot when every alternative is one plain word, else one variant list per alternative. */
function alternatives(all: string[], classes: WordClasses, cs: boolean, depth: number, phrase: string): Slot[][] {
  // "(and|&)": a sign alone is a joining character in the text, so that alternative is "nothing here".
  const signOnly = (a: string) => !/[\p{L}\p{N}\p{Sc}%{]/u.test(a);
  const alts = all.filter((a) => !signOnly(a));
  const empty: Slot[][] = alts.length < all.length ? [[]] : [];
  if (!alts.length) return [[]];
  const single = alts.every((a) => !/[\s()[\]~{}?]/.test(a.trim()) && !/[-/&]/.test(a.trim()) && !a.includes('|'));
  if (single) {
    const slots = alts.map((a) => wordSlots(a.trim(), cs, phrase));
    if (slots.every((s) => s.length === 1)) return [[merge(slots.map((s) => s[0] as WordSlot))], ...empty];
  }
  return [...alts.flatMap((a) => expand(a, classes, cs, depth + 1)), ...empty];
}

function merge(slots: WordSlot[]): WordSlot {
  const m: WordSlot = { exact: new Set(), prefixes: [], cs: new Set(), csPrefixes: [], num: false, cap: false, any: false };
  for (const s of slots) {
    for (const w of s.exact) m.exact.add(w);
    for (const w of s.cs) m.cs.add(w);
    m.prefixes.push(...s.prefixes);
    m.csPrefixes.push(...s.csPrefixes);
    m.num ||= s.num;
    m.cap ||= s.cap;
    m.any ||= s.any;
  }
  return m;
}

/** One written word of a phrase → its slot(s): "t&cs" is two words, as the text model reads it. */
function wordSlots(spec: string, cs: boolean, phrase: string): Slot[] {
  const empty = (): WordSlot => ({ exact: new Set(), prefixes: [], cs: new Set(), csPrefixes: [], num: false, cap: false, any: false });
  if (spec === '{n}') return [{ ...empty(), num: true }];
  if (spec === '{cap}') return [{ ...empty(), cap: true }];
  if (spec === '{any}') return [{ ...empty(), any: true }];
  if (spec.includes('|')) return [merge(spec.split('|').filter(Boolean).map((a) => wordSlots(a, cs, phrase)[0] as WordSlot))];
  const exactCase = cs || spec.startsWith('=');
  const body = spec.startsWith('=') ? spec.slice(1) : spec;
  // "bomb*": any ending. "f***" is a censored word, not a prefix.
  const prefix = /^[\p{L}\p{N}'’]{2,}\*$/u.test(body);
  const words = prefix ? [body.slice(0, -1)] : tokenize(body).map((t) => (exactCase ? t.text : t.key));
  // "fire & rescue": a sign between words is a joining character, not a word.
  if (!words.length && !/[\p{L}\p{N}]/u.test(body)) return [];
  if (!words.length) throw new PhraseError(`phrase "${phrase}" has a part with no word in it ("${spec}")`);
  return words.map((w) => {
    const s = empty();
    if (prefix && exactCase) s.csPrefixes.push(w);
    else if (prefix) s.prefixes.push(foldWord(w));
    else if (exactCase) s.cs.add(w.replace(/[’ʼ]/g, "'").replace(/'s$/i, ''));
    else s.exact.add(w);
    return s;
  });
}

/** Top-level parts: (groups), [optionals], ~ and words (which may carry |alternatives and a ? suffix). */
function parts(phrase: string): Part[] {
  const out: Part[] = [];
  let depth = 0;
  let cur = '';
  let open = '';
  const flushWord = () => {
    const w = cur.trim();
    cur = '';
    if (!w) return;
    if (w === '~') out.push({ kind: 'gap' });
    else if (w.length > 1 && w.endsWith('?')) out.push({ kind: 'optional', body: w.slice(0, -1).includes('|') ? `(${w.slice(0, -1)})` : w.slice(0, -1) });
    // "he|she|{role}": alternatives for this word, word classes among them.
    else if (w.includes('|')) out.push({ kind: 'group', alts: w.split('|').filter(Boolean) });
    else out.push({ kind: 'word', spec: w });
  };
  for (let i = 0; i < phrase.length; i++) {
    const ch = phrase[i];
    if (depth === 0 && (ch === '(' || ch === '[')) {
      flushWord();
      open = ch;
      depth = 1;
      continue;
    }
    if (depth > 0) {
      if (ch === '(' || ch === '[') depth++;
      if (ch === ')' || ch === ']') depth--;
      if (depth === 0) {
        const body = cur;
        cur = '';
        const optional = open === '[' || phrase[i + 1] === '?';
        if (phrase[i + 1] === '?') i++;
        if (open === '[') out.push({ kind: 'optional', body });
        else if (optional) out.push({ kind: 'optional', body: `(${body})` });
        else out.push({ kind: 'group', alts: splitAlts(body) });
        continue;
      }
      cur += ch;
      continue;
    }
    // Spaces separate words; so does a hyphen between letters ("shoot-out"), as the text model reads it.
    if (/\s/.test(ch)) flushWord();
    else cur += ch;
  }
  if (depth > 0) throw new PhraseError(`phrase "${phrase}" has an unclosed ${open}`);
  flushWord();
  return out;
}

function splitAlts(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '(' || ch === '[') depth++;
    if (ch === ')' || ch === ']') depth--;
    if (ch === '|' && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  out.push(cur.trim());
  return out.filter(Boolean);
}

/** Tokens of a plain string, for matching phrases against text that has no analysis (rule options, tests). */
export function tokensOf(text: string): Token[] {
  return tokenize(text);
}
