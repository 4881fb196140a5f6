// Phrase patterns for the voice rules (wrong-account, tone), kept as data and matched fast.
//
// A phrase is tokens separated by spaces; the text may separate them by spaces or hyphens.
//   a|b|c      alternatives for one token              "fight me|us"
//   token?     an optional token (never the last one)  "you should? have"
//   {name}     a word class from the data file        "{person} should be ashamed"
//   word*      any ending                              "defamat*"
//   ~          up to four arbitrary words (no punctuation in between): "pour ~ {alcohol}"
// Words in the text may be separated by spaces, hyphens or a comma ("Sure, Jan"). Matching is whole-word, case-insensitive; an apostrophe in a phrase is optional in the text
// and matches ' or ’ ("can't" matches "can't", "can’t" and "cant").
//
// Speed: every phrase gets trigger words (one of its required tokens); a phrase's regular
// expression only runs when one of its triggers is among the post's words. A post of 300
// characters then runs a handful of expressions instead of hundreds.

export interface PhraseEntry<T> {
  phrases: string[];
  entry: T;
  /** Case-sensitive matching (default: insensitive). */
  caseSensitive?: boolean;
  /** Only at the start of a sentence (after start of text, . ! ? … : ; a line break or an emoji). */
  atStart?: boolean;
  /** Not when the next word is one of these (lower case). */
  unlessNext?: string[];
  /** Not when the previous word is one of these (lower case). */
  unlessPrev?: string[];
  /** Not when the matched text contains one of these words (lower case, no apostrophes): negation. */
  unlessIn?: string[];
}

export interface PatternMatch<T> {
  start: number;
  end: number;
  text: string;
  entry: T;
}

/** The words of a text, normalised for trigger lookup. Build once per text, share between matchers. */
export interface WordIndex {
  text: string;
  words: Set<string>;
  list: { key: string; start: number; end: number }[];
}

export interface Matcher<T> {
  match(index: WordIndex): PatternMatch<T>[];
  /** Number of compiled phrases (for tests and docs). */
  size: number;
}

// Words are separated by spaces or hyphens, and may have a comma in between ("Sure, Jan").
const SEP = ",?[\\s\\-–]+";
const GAP = `(?:[\\p{L}\\p{N}'’]+${SEP}){0,4}`;
const WORD_CHAR = /[\p{L}\p{N}_]/u;
const B = '(?<![\\p{L}\\p{N}_])';
const E = '(?![\\p{L}\\p{N}_])';
const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** Lower case, no apostrophes: the form triggers and indexes compare. */
export function normWord(w: string): string {
  return w.toLowerCase().replace(/['’]/g, '');
}

export function indexWords(text: string): WordIndex {
  const words = new Set<string>();
  const list: WordIndex['list'] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const key = normWord(m[0]);
    words.add(key);
    // "homo's", "Obama's", "it's": the bare word is a trigger too.
    if (/['’][sS]$/.test(m[0])) words.add(key.slice(0, -1));
    list.push({ key, start: m.index, end: m.index + m[0].length });
  }
  return { text, words, list };
}

function escapeWord(w: string): string {
  let out = '';
  for (const ch of w) {
    if (ch === '*') out += "[\\p{L}\\p{M}\\p{N}'’]*";
    else if (ch === "'" || ch === '’') out += "['’]?";
    else if (/[.+?^${}()|[\]\\/]/.test(ch)) out += `\\${ch}`;
    else out += ch;
  }
  return out;
}

function altBody(alt: string): string {
  return alt.trim().split(/\s+/).map(escapeWord).join(SEP);
}

function altPattern(alt: string): string {
  const ws = alt.trim().split(/\s+/);
  let re = altBody(alt);
  const first = ws[0][0];
  const last = ws[ws.length - 1];
  const lastCh = last[last.length - 1];
  if (WORD_CHAR.test(first)) re = B + re;
  if (WORD_CHAR.test(lastCh) || lastCh === '*') re += E;
  return re;
}

interface Token {
  alts: string[];
  optional: boolean;
  gap: boolean;
}

function parse(phrase: string, classes: Record<string, string[]>): Token[] {
  const raw = phrase.trim().split(/\s+/).filter(Boolean);
  return raw.map((t) => {
    if (t === '~') return { alts: [], optional: true, gap: true };
    const optional = t.length > 1 && t.endsWith('?');
    const body = optional ? t.slice(0, -1) : t;
    const alts = body.split('|').flatMap((a) => expand(a, classes, phrase, 0));
    return { alts: alts.filter((a) => a.trim()), optional, gap: false };
  });
}

/** A word class reference ({name}) becomes its alternatives; classes may name other classes. */
function expand(alt: string, classes: Record<string, string[]>, phrase: string, depth: number): string[] {
  const m = /^\{([\w-]+)\}$/.exec(alt);
  if (!m) return [alt];
  const cls = classes[m[1]];
  if (!cls) throw new Error(`postlint: unknown word class {${m[1]}} in phrase "${phrase}"`);
  if (depth > 4) throw new Error(`postlint: word class {${m[1]}} refers to itself`);
  return cls.flatMap((a) => expand(String(a), classes, phrase, depth + 1));
}

function compilePhrase(tokens: Token[], phrase: string): string {
  const last = tokens[tokens.length - 1];
  if (!last || last.optional) throw new Error(`postlint: the last token of "${phrase}" cannot be optional`);
  return tokens
    .map((t, i) => {
      if (t.gap) return GAP;
      // Longest alternatives first, so "f***ing" is not cut to "f***".
      const sorted = [...t.alts].sort((a, b) => b.length - a.length);
      // One pair of word boundaries around the group when every alternative is a plain word (the
      // usual case): a much shorter expression than a pair per alternative, and quicker to compile.
      const plain = sorted.every((a) => WORD_CHAR.test(a.trim()[0]) && (WORD_CHAR.test(a.trim().slice(-1)) || a.trim().endsWith('*')));
      const piece = plain ? `${B}(?:${sorted.map(altBody).join('|')})${E}` : `(?:${sorted.map(altPattern).join('|')})`;
      if (i === tokens.length - 1) return piece;
      return t.optional ? `(?:${piece}${SEP})?` : `${piece}${SEP}`;
    })
    .join('');
}

type Trigger = { kind: 'word'; key: string } | { kind: 'prefix'; key: string } | { kind: 'includes'; key: string };

function triggerOf(alt: string): Trigger | undefined {
  const firstWord = alt.trim().split(/\s+/)[0];
  const n = normWord(firstWord);
  const star = n.indexOf('*');
  if (star >= 0) {
    const pre = (/^[\p{L}\p{N}]+/u.exec(n.slice(0, star)) ?? [''])[0];
    return pre.length >= 2 && pre.length === star ? { kind: 'prefix', key: pre } : undefined;
  }
  const run = /[\p{L}\p{N}]+/u.exec(n);
  if (!run) return firstWord ? { kind: 'includes', key: firstWord } : undefined;
  // "f'ing" -> "fing"; "mother-in-law" -> "mother"; "o'clock" -> "oclock".
  if (run.index !== 0) return undefined;
  return { kind: 'word', key: run[0] };
}

// Words too common to be worth indexing a phrase by: a phrase is filed under a rarer token.
const COMMON = new Set(['i', 'a', 'an', 'the', 'is', 'was', 'are', 'were', 'be', 'to', 'of', 'and', 'or', 'in', 'on', 'at', 'for', 'it', 'its', 'this', 'that',
  'you', 'your', 'we', 'our', 'us', 'my', 'me', 'so', 'not', 'no', 'do', 'have', 'has', 'had', 'get', 'got', 'will', 'can', 'just',
  'er', 'en', 'et', 'ei', 'og', 'på', 'til', 'du', 'vi', 'det', 'som', 'har', 'ikke', 'med', 'for', 'av', 'at', 'jeg', 'meg', 'min']);

/** Trigger groups of a phrase: one per required token whose alternatives all give a trigger. */
function triggerGroups(tokens: Token[]): Trigger[][] {
  const out: Trigger[][] = [];
  for (const t of tokens) {
    if (t.gap || t.optional) continue;
    const trig = t.alts.map(triggerOf);
    if (trig.some((x) => !x)) continue;
    out.push(trig as Trigger[]);
  }
  return out;
}

function cost(group: Trigger[]): number {
  return group.reduce((n, t) => n + (t.kind === 'word' && COMMON.has(t.key) ? 1000 : t.kind === 'prefix' ? 3 : 1), 0);
}

function satisfied(group: Trigger[], index: WordIndex): boolean {
  for (const t of group) {
    if (t.kind === 'word') {
      if (index.words.has(t.key)) return true;
    } else if (t.kind === 'includes') {
      if (index.text.includes(t.key)) return true;
    } else for (const w of index.words) if (w.startsWith(t.key)) return true;
  }
  return false;
}

interface Compiled<T> {
  /** Built on first use: most phrases never meet a post with their words. */
  re?: RegExp;
  source: string;
  flags: string;
  src: PhraseEntry<T>;
  /** Every group must have a word in the text before the expression is worth running. */
  needs: Trigger[][];
}

/** Compile phrase entries (with word classes) into a matcher. */
export function compilePatterns<T>(entries: PhraseEntry<T>[], classes: Record<string, string[]> = {}): Matcher<T> {
  const byWord = new Map<string, Compiled<T>[]>();
  const byPrefix = new Map<string, { key: string; c: Compiled<T> }[]>();
  const byIncludes: { key: string; c: Compiled<T> }[] = [];
  const always: Compiled<T>[] = [];
  let size = 0;

  for (const src of entries) {
    for (const phrase of src.phrases) {
      if (!phrase.trim()) continue;
      const tokens = parse(phrase, classes);
      const groups = triggerGroups(tokens).sort((a, b) => cost(a) - cost(b));
      const c: Compiled<T> = { source: compilePhrase(tokens, phrase), flags: src.caseSensitive ? 'gu' : 'giu', src, needs: groups.slice(1) };
      size++;
      const trig = groups[0];
      if (!trig) {
        always.push(c);
        continue;
      }
      for (const t of trig) {
        if (t.kind === 'word') {
          const l = byWord.get(t.key);
          if (l) l.push(c);
          else byWord.set(t.key, [c]);
        } else if (t.kind === 'prefix') {
          const k = t.key.slice(0, 2);
          const l = byPrefix.get(k);
          if (l) l.push({ key: t.key, c });
          else byPrefix.set(k, [{ key: t.key, c }]);
        } else byIncludes.push({ key: t.key, c });
      }
    }
  }

  return {
    size,
    match(index: WordIndex) {
      const run = new Set<Compiled<T>>(always);
      for (const w of index.words) {
        const l = byWord.get(w);
        if (l) for (const c of l) run.add(c);
        const p = byPrefix.get(w.slice(0, 2));
        if (p) for (const { key, c } of p) if (w.startsWith(key)) run.add(c);
      }
      for (const { key, c } of byIncludes) if (index.text.includes(key)) run.add(c);

      const out: PatternMatch<T>[] = [];
      const text = index.text;
      for (const c of run) {
        if (c.needs.length && !c.needs.every((g) => satisfied(g, index))) continue;
        const re = (c.re ??= new RegExp(c.source, c.flags));
        re.lastIndex = 0;
        // exec, not matchAll: matchAll copies the expression on every call.
        for (let m = re.exec(text); m; m = re.exec(text)) {
          if (!m[0]) {
            re.lastIndex++;
            continue;
          }
          const start = m.index;
          const end = start + m[0].length;
          if (c.src.atStart && !atSentenceStart(text, start)) continue;
          if (c.src.unlessNext && c.src.unlessNext.includes(nextWord(index, end))) continue;
          if (c.src.unlessPrev && c.src.unlessPrev.includes(prevWord(index, start))) continue;
          if (c.src.unlessIn && containsWord(m[0], c.src.unlessIn)) continue;
          out.push({ start, end, text: m[0], entry: c.src.entry });
        }
      }
      return out.sort((a, b) => a.start - b.start || b.end - a.end);
    },
  };
}

/** At the start of the text or of a sentence: after . ! ? … : ; a line break, an emoji, or an opening bracket. */
export function atSentenceStart(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '"' || text[i] === '“' || text[i] === '(' || text[i] === '*' || text[i] === '_')) i--;
  if (i < 0) return true;
  const ch = text[i];
  if ('.!?…:;\n'.includes(ch)) return true;
  // An emoji (or its variation selector / joiner) ends a thought as often as a full stop does.
  const cp = text.codePointAt(i > 0 && /[\uDC00-\uDFFF]/.test(ch) ? i - 1 : i) ?? 0;
  return /[\p{Extended_Pictographic}\uFE0F\u200D]/u.test(String.fromCodePoint(cp));
}

function containsWord(text: string, list: string[]): boolean {
  for (const w of text.split(/[^\p{L}\p{N}'’]+/u)) if (w && list.includes(normWord(w))) return true;
  return false;
}

function nextWord(index: WordIndex, end: number): string {
  for (const w of index.list) if (w.start >= end) return /^[\s\-]*$/.test(index.text.slice(end, w.start)) ? w.key : '';
  return '';
}

function prevWord(index: WordIndex, start: number): string {
  let prev: WordIndex['list'][number] | undefined;
  for (const w of index.list) {
    if (w.end > start) break;
    prev = w;
  }
  return prev && /^[\s\-]*$/.test(index.text.slice(prev.end, start)) ? prev.key : '';
}
