// Token-based phrase matching for the brand-safety lexicons (risky topics, promotion, tragedy).
//
// Text is split once into tokens (words, numbers, currency signs and %), and phrases match whole
// tokens in sequence, never substrings: "unisex" and "Sussex" are single tokens, so the word "sex"
// never matches inside them. A phrase may not run across sentence punctuation, a comma or a
// masked URL/hashtag; hyphens and spaces between its words are equivalent ("shoot-out" = "shoot out").
//
// Phrase syntax (data files use it; see docs/brand-safety.md):
//   word        the token, case-insensitive; a trailing possessive ('s) on the token is ignored
//   word*       any token starting with "word" (bomb* = bomb, bombs, bombing)
//   =Word       exactly this case (=Labour is the party, "labour" is work)
//   (a|b*|=C)   one of several words in this position
//   [word]      optional word (also [(a|b)])
//   {n}         a number (5, 5,000, 6.9)
//   {cap}       a capitalised word that does not start a sentence (a name)
//   {any}       any one token
//   %  $  £  €  currency signs and % are tokens of their own ("20 % billigere" and "20% off" both match "{n} % off")

export interface Token {
  /** As written. */
  text: string;
  /** Lower case, ’ folded to '. */
  lower: string;
  /** `lower` without a possessive 's. */
  base: string;
  start: number;
  end: number;
  /** Sentence number (0-based). */
  sentence: number;
  /** First token of a sentence (or of the text). */
  sentStart: boolean;
  /** Whether only spaces or hyphens separate it from the previous token (phrases may continue). */
  joined: boolean;
  num: boolean;
  cap: boolean;
}

const TOKEN = /\p{N}+(?:[.,]\p{N}+)+(?![\p{L}\p{N}])|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*|\p{Sc}|%/gu;
const NUM = /^\p{N}+(?:[.,]\p{N}+)*$/u;
/** Gaps a phrase may run over: nothing, spaces, hyphens/dashes, apostrophes and slashes (9/11). */
const JOINING = /^[\s\-‐‑–'’/]*$/u;

/** Tokens of a text. Masked stretches (U+0001) break phrases and sentences. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let sentence = 0;
  let prevEnd = 0;
  let first = true;
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const gap = text.slice(prevEnd, start);
    let sentStart = first;
    const t = m[0];
    // A Norwegian ordinal date ("22. juli", "17. mai") is not a sentence end.
    const ordinal = !first && /^\.[ \t]+$/.test(gap) && out[out.length - 1]?.num && /^\p{Ll}/u.test(t);
    if (!first && !ordinal && (/[!?…\n\u0001]/u.test(gap) || /[.:;]\s/.test(gap))) {
      sentence++;
      sentStart = true;
    }
    const lower = t.toLowerCase().replace(/’/g, "'");
    const base = lower.replace(/'s$/, '');
    out.push({
      text: t,
      lower,
      base,
      start,
      end: start + t.length,
      sentence,
      sentStart,
      joined: !first && (JOINING.test(gap) || !!ordinal),
      num: NUM.test(t),
      cap: /^\p{Lu}/u.test(t),
    });
    prevEnd = start + t.length;
    first = false;
  }
  return out;
}

interface Slot {
  exact: Set<string>;
  prefixes: string[];
  cs: Set<string>;
  num: boolean;
  cap: boolean;
  any: boolean;
}

export interface Phrase<T> {
  slots: Slot[];
  entry: T;
  /** The phrase as written in the data. */
  source: string;
}

export interface PhraseMatch<T> {
  start: number;
  end: number;
  /** Index of the first and one past the last token. */
  from: number;
  to: number;
  text: string;
  entry: T;
  phrase: string;
}

function parseSlot(word: string): Slot {
  const slot: Slot = { exact: new Set(), prefixes: [], cs: new Set(), num: false, cap: false, any: false };
  const alts = word.startsWith('(') && word.endsWith(')') ? word.slice(1, -1).split('|') : [word];
  for (const raw of alts) {
    const a = raw.replace(/’/g, "'");
    if (a === '{n}') slot.num = true;
    else if (a === '{cap}') slot.cap = true;
    else if (a === '{any}') slot.any = true;
    else if (a.startsWith('=')) slot.cs.add(a.slice(1));
    else if (a.endsWith('*') && a.length > 1) slot.prefixes.push(a.slice(0, -1).toLowerCase());
    else slot.exact.add(a.toLowerCase());
  }
  return slot;
}

/**
 * A phrase → its variants, each a list of one-word slot specs. Groups whose alternatives are all single
 * words stay one slot ("(a|b)"); groups with multi-word alternatives and optional parts expand.
 */
export function expandPhrase(phrase: string): string[][] {
  const items = splitTop(phrase.trim());
  let variants: string[][] = [[]];
  for (const it of items) {
    let options: string[][];
    if (it.startsWith('(') && it.endsWith(')')) {
      const alts = splitAlts(it.slice(1, -1));
      if (alts.every((a) => !/[\s([\]]/.test(a) && splitWords(a).length === 1)) options = [[`(${alts.join('|')})`]];
      else options = alts.flatMap((a) => expandPhrase(a));
    } else if (it.startsWith('[') && it.endsWith(']')) options = [...expandPhrase(it.slice(1, -1)), []];
    else options = [splitWords(it)];
    const next: string[][] = [];
    for (const v of variants) for (const o of options) if (next.length < 1024) next.push([...v, ...o]);
    variants = next;
  }
  return variants.filter((v) => v.length);
}

/** Top-level items: (groups), [optionals] and plain words; spaces and hyphens between them are separators. */
function splitTop(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  const flush = () => {
    if (cur) out.push(cur);
    cur = '';
  };
  for (const ch of s) {
    if (depth === 0 && (/\s/.test(ch) || ch === '-')) {
      flush();
      continue;
    }
    if ((ch === '(' || ch === '[') && depth === 0) flush();
    if (ch === '(' || ch === '[') depth++;
    cur += ch;
    if (ch === ')' || ch === ']') {
      depth--;
      if (depth === 0) flush();
    }
  }
  flush();
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

/** Words of a plain chunk: hyphens and slashes separate words, and %/currency signs stand alone. */
function splitWords(chunk: string): string[] {
  if (chunk.startsWith('{') || chunk.startsWith('=')) return [chunk];
  const out: string[] = [];
  for (const piece of chunk.replace(/(\d)\.$/, '$1').split(/[-/]/)) out.push(...(piece.match(/\p{Sc}|%|[^\p{Sc}%]+/gu) ?? []));
  return out.filter(Boolean);
}

function slotMatches(s: Slot, t: Token, prevSentStartOk = true): boolean {
  if (s.any) return true;
  if (s.num && t.num) return true;
  if (s.cap && t.cap && !t.sentStart && prevSentStartOk) return true;
  if (s.exact.has(t.lower) || s.exact.has(t.base)) return true;
  if (s.cs.size) {
    // Exact-case words are ambiguous at a sentence start ("Labour costs rose"), unless they are acronyms (RIP, SNP).
    const w = t.text.replace(/’/g, "'").replace(/'s$/, '');
    if (s.cs.has(w) && (!t.sentStart || (w.length > 1 && w === w.toUpperCase()))) return true;
  }
  for (const p of s.prefixes) if (t.lower.startsWith(p)) return true;
  return false;
}

export interface PhraseSet<T> {
  size: number;
  match(tokens: Token[], text: string): PhraseMatch<T>[];
}

/**
 * Compile phrases. Matching is indexed by the first word, so the cost per text is about one map
 * lookup per token and prefix length, whatever the number of phrases.
 */
export function compilePhrases<T>(items: { phrases: string[]; entry: T }[]): PhraseSet<T> {
  const byExact = new Map<string, Phrase<T>[]>();
  const byPrefix = new Map<string, Phrase<T>[]>();
  const byCs = new Map<string, Phrase<T>[]>();
  const loose: Phrase<T>[] = []; // first slot is {n}, {cap} or {any}
  let minPrefix = Infinity;
  let maxPrefix = 0;
  let size = 0;
  const add = (map: Map<string, Phrase<T>[]>, k: string, p: Phrase<T>) => {
    const l = map.get(k);
    if (l) l.push(p);
    else map.set(k, [p]);
  };
  for (const { phrases, entry } of items) {
    for (const source of phrases) {
      if (typeof source !== 'string' || !source.trim()) continue;
      for (const words of expandPhrase(source)) {
        const p: Phrase<T> = { slots: words.map(parseSlot), entry, source };
        size++;
        const s = p.slots[0];
        if (s.num || s.cap || s.any) loose.push(p);
        for (const w of s.exact) add(byExact, w, p);
        for (const w of s.cs) add(byCs, w, p);
        for (const w of s.prefixes) {
          add(byPrefix, w, p);
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
        const cands = new Set<Phrase<T>>();
        for (const p of byExact.get(t.lower) ?? []) cands.add(p);
        if (t.base !== t.lower) for (const p of byExact.get(t.base) ?? []) cands.add(p);
        for (const p of byCs.get(t.text.replace(/’/g, "'")) ?? []) cands.add(p);
        if (t.text.endsWith("'s") || t.text.endsWith('’s')) for (const p of byCs.get(t.text.slice(0, -2)) ?? []) cands.add(p);
        if (maxPrefix) for (let L = minPrefix; L <= Math.min(maxPrefix, t.lower.length); L++) for (const p of byPrefix.get(t.lower.slice(0, L)) ?? []) cands.add(p);
        for (const p of loose) cands.add(p);
        for (const p of cands) {
          if (!slotMatches(p.slots[0], t)) continue;
          let j = 1;
          for (; j < p.slots.length; j++) {
            const u = tokens[i + j];
            if (!u || !u.joined || !slotMatches(p.slots[j], u)) break;
          }
          if (j < p.slots.length) continue;
          const last = tokens[i + p.slots.length - 1];
          out.push({ start: t.start, end: last.end, from: i, to: i + p.slots.length, text: text.slice(t.start, last.end), entry: p.entry, phrase: p.source });
        }
      }
      return out.sort((a, b) => a.start - b.start || b.end - a.end);
    },
  };
}

/** Whether two spans overlap. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
