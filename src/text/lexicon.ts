// Word lists kept as data, matched against the text model. Every entry of a rules/data file is one
// sense: phrases per language (`en`, `nb`, `any` for both), optional emoji, its provenance (`note`,
// `source`, `added`) and whatever the rule reads (topic, weight, kind...). Entries marked
// `idiom: true` are senses that are NOT the risky one ("photo shoot", "killer deal", "Memorial
// Day"): a match inside an idiom is dropped.
//
//   const lex = new Lexicon('tone', data.entries, data.classes);
//   lex.match(analysis, 'en')                     // prose, idioms applied
//   lex.match(analysis, 'en', { own: true })      // the brand's own words: quotations left out
//   lex.match(analysis, 'en', { hashtags: true }) // hashtag words too ("#whatajoke" → "what a joke")
import { bareEmoji } from './chars.js';
import { langKey as toLangKey, type Analysis, type Hashtag, type LangKey } from './analysis.js';
import { compilePhrases, type PhraseMatch, type PhraseOptions, type PhraseSet, type WordClasses } from './phrases.js';
import type { Token } from './tokens.js';

export interface DataEntry {
  id?: string;
  en?: (string | number)[];
  nb?: (string | number)[];
  any?: (string | number)[];
  emoji?: string[];
  /** A sense that cancels overlapping matches of other entries in the same list. */
  idiom?: boolean;
  at?: 'start';
  unless_next?: string[];
  unless_prev?: string[];
  unless_in?: string[];
  case?: boolean;
  in_question?: boolean;
  ends_sentence?: boolean;
  note?: string;
  source?: string;
  added?: string;
  [key: string]: unknown;
}

export interface Hit<T extends DataEntry = DataEntry> extends PhraseMatch<T> {
  emoji?: boolean;
  /** Set when the match is in a hashtag's words. */
  hashtag?: Hashtag;
}

export interface MatchOptions {
  /** Leave out quotations (someone else's words). */
  own?: boolean;
  /** Match the words of hashtags too. */
  hashtags?: boolean;
}

export type ClassesByLang = Partial<Record<LangKey | 'any', WordClasses>>;

export class Lexicon<T extends DataEntry = DataEntry> {
  private sets = new Map<LangKey, PhraseSet<T>>();
  private cache = new WeakMap<Analysis, Map<string, Hit<T>[]>>();

  constructor(
    readonly name: string,
    readonly entries: T[],
    readonly classes: ClassesByLang = {},
  ) {}

  /** The compiled phrases of a language (its own and the `any` ones); compiled on first use. */
  phrases(lang: LangKey): PhraseSet<T> {
    let s = this.sets.get(lang);
    if (!s) {
      const cls = { ...(this.classes.any ?? {}), ...(this.classes[lang] ?? {}) };
      s = compilePhrases(
        this.entries.map((e) => ({ phrases: [...(e[lang] ?? []), ...(e.any ?? [])], entry: e, options: optionsOf(e) })),
        cls,
      );
      this.sets.set(lang, s);
    }
    return s;
  }

  /** Matches, idiom-covered ones removed (the idioms themselves are kept, marked by their entry). */
  match(a: Analysis, lang: LangKey | string, opts: MatchOptions = {}): Hit<T>[] {
    const raw = this.matchAll(a, lang, opts);
    const idioms = raw.filter((m) => m.entry.idiom);
    return idioms.length ? raw.filter((m) => m.entry.idiom || !idioms.some((i) => i.hashtag === m.hashtag && overlaps(i, m))) : raw;
  }

  /** Every match, idioms and the matches they cover included. */
  matchAll(a: Analysis, lang: LangKey | string, opts: MatchOptions = {}): Hit<T>[] {
    const lk = lang === 'en' || lang === 'nb' ? lang : toLangKey(lang);
    const key = `${lk}|${opts.own ? 1 : 0}|${opts.hashtags ? 1 : 0}`;
    let byKey = this.cache.get(a);
    if (!byKey) this.cache.set(a, (byKey = new Map()));
    const hit = byKey.get(key);
    if (hit) return hit;
    const set = this.phrases(lk);
    let raw: Hit<T>[] = set.match(a.tokens, a.text);
    if (opts.own && a.quotes.length) raw = raw.filter((h) => !a.tokens.slice(h.from, h.to).some((t) => t.quoted));
    if (opts.hashtags) for (const h of a.hashtags) for (const m of set.match(h.tokens, a.text)) raw.push({ ...m, hashtag: h });
    for (const e of this.entries) {
      if (!e.emoji?.length) continue;
      for (const em of a.emoji) {
        if (!e.emoji.some((x) => bareEmoji(em.text).includes(bareEmoji(x)))) continue;
        if (opts.own && a.quotes.some((q) => em.start >= q.start && em.end <= q.end)) continue;
        raw.push({ start: em.start, end: em.end, from: -1, to: -1, text: em.text, entry: e, phrase: em.text, emoji: true });
      }
    }
    raw.sort((x, y) => x.start - y.start || y.end - x.end);
    byKey.set(key, raw);
    return raw;
  }

  /** Matches in tokens that are not an analysed part (a reply being answered, rule options). */
  matchTokens(tokens: Token[], text: string, lang: LangKey | string): Hit<T>[] {
    const lk = lang === 'en' || lang === 'nb' ? lang : toLangKey(lang);
    return this.phrases(lk).match(tokens, text);
  }
}

function optionsOf(e: DataEntry): PhraseOptions | undefined {
  if (!e.at && !e.unless_next && !e.unless_prev && !e.unless_in && !e.case && !e.in_question && !e.ends_sentence) return undefined;
  return { atStart: e.at === 'start', unlessNext: e.unless_next, unlessPrev: e.unless_prev, unlessIn: e.unless_in, caseSensitive: !!e.case, inQuestion: !!e.in_question, endsSentence: !!e.ends_sentence };
}

/** A team's own phrases (from rule options) as a lexicon of their own. */
export function userLexicon<T extends DataEntry = DataEntry>(name: string, phrases: string[], fields: Partial<T> = {}): Lexicon<T> {
  return new Lexicon<T>(name, [{ ...fields, any: phrases, note: 'from the rule options', source: 'config' } as T]);
}

/** Whether two spans overlap. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** `outer` spans `inner` and is longer. */
export function contains(outer: { start: number; end: number }, inner: { start: number; end: number }): boolean {
  return outer.start <= inner.start && outer.end >= inner.end && outer.end - outer.start > inner.end - inner.start;
}
