// Scored signals: data-file phrases with a category and a weight, found in the brand's own words
// (quotations left out) and added up. Used by wrong-account (does this read as one person's own
// post?) and tone (does this attack, blame or dismiss someone?). A weight says how much one match
// says on its own:
//   1  weak: means something only next to other signals ("honestly", 🍷, "I")
//   2  medium: clear, but a brand might say it on purpose ("lol", "hot take", "the ref")
//   3  strong: enough on its own ("f***ing", "my husband", "referred to our legal team")
import type { TextPart } from '../types.js';
import type { Analysis, LangKey } from '../text/analysis.js';
import { Lexicon, type ClassesByLang, type DataEntry } from '../text/lexicon.js';

export interface SignalEntry extends DataEntry {
  category: string;
  weight: number;
  /** A strong signal that an offer of help in the same post softens to medium (a decline with an alternative). */
  soft?: boolean;
}

export interface Signal {
  category: string;
  weight: number;
  soft?: boolean;
  text: string;
  start: number;
  end: number;
  part: TextPart;
}

/** A team's own signal, as the rule options take it. */
export interface ExtraSignal {
  phrases: string[];
  category: string;
  weight: number;
  lang?: string;
}

/** Signals of a lexicon in one analysed part: the brand's own words, hashtag words included when asked. */
export function findSignals(lex: Lexicon<SignalEntry>, a: Analysis, part: TextPart, lang: LangKey, allow?: Set<string>): Signal[] {
  const out: Signal[] = [];
  for (const h of lex.match(a, lang, { own: true })) {
    if (h.entry.idiom || allow?.has(h.entry.category)) continue;
    out.push({ category: h.entry.category, weight: h.entry.weight, soft: h.entry.soft, text: h.text.trim(), start: h.start, end: h.end, part });
  }
  return out;
}

const extraLexicons = new WeakMap<object, Lexicon<SignalEntry>>();

/** A team's `extra` signals as a lexicon of their own (compiled once per options object). */
export function extraLexicon(extra: ExtraSignal[] | undefined, classes: ClassesByLang): Lexicon<SignalEntry> | undefined {
  if (!extra?.length) return undefined;
  let lex = extraLexicons.get(extra);
  if (!lex) {
    const entries: SignalEntry[] = extra.map((x) => {
      const lang = (x.lang ?? 'any').toLowerCase().split(/[-_]/)[0];
      const key = lang === 'nb' || lang === 'no' || lang === 'nn' ? 'nb' : lang === 'en' ? 'en' : 'any';
      return { [key]: x.phrases, category: x.category, weight: x.weight, note: 'from the rule options', source: 'config' } as SignalEntry;
    });
    extraLexicons.set(extra, (lex = new Lexicon('extra signals', entries, classes)));
  }
  return lex;
}

/**
 * Keep the longest of overlapping signals of one category ("bloody hell" over "bloody"); with
 * `across`, of any category, so that the same words are never counted twice.
 */
export function dedupe(signals: Signal[], across = false): Signal[] {
  const sorted = [...signals].sort((a, b) => b.weight - a.weight || b.end - b.start - (a.end - a.start));
  const kept: Signal[] = [];
  for (const s of sorted) {
    if (kept.some((k) => k.part === s.part && (across || k.category === s.category) && s.start < k.end && s.end > k.start)) continue;
    kept.push(s);
  }
  return kept.sort((a, b) => (a.part === b.part ? a.start - b.start : 0));
}

export interface CategoryScore {
  category: string;
  score: number;
  signals: Signal[];
}

/**
 * Score per category: its strongest weight, plus one when it has two or more different matches of
 * weight 2 or more ("hot take" and "fight me"), at most 3. Repeats of one word count once, and weak
 * matches never raise a category ("Grab a glass of wine 🍷" stays a 2).
 */
export function scoreCategories(signals: Signal[]): CategoryScore[] {
  const by = new Map<string, Signal[]>();
  for (const s of signals) {
    const l = by.get(s.category);
    if (l) l.push(s);
    else by.set(s.category, [s]);
  }
  const out: CategoryScore[] = [];
  for (const [category, list] of by) {
    const max = Math.max(...list.map((s) => s.weight));
    const distinct = new Set(list.filter((s) => s.weight >= 2).map((s) => s.text.toLowerCase())).size;
    out.push({ category, score: Math.min(3, max + (distinct >= 2 ? 1 : 0)), signals: list });
  }
  return out.sort((a, b) => b.score - a.score);
}

/** Option schemas the voice rules share: categories to allow, and a team's own signals. */
export function signalOptions(categories: readonly string[], extraCategories: readonly string[], weights: number[]): Record<string, unknown> {
  return {
    allow: { type: 'array', items: { enum: [...categories] }, description: 'Signal categories not to report (a brewery on wrong-account: [drinking]).' },
    extra: {
      type: 'array',
      description: 'Your own signals: [{ phrases: [...], category, weight: 1|2|3, lang: en|nb|any }].',
      items: {
        type: 'object',
        required: ['phrases', 'category', 'weight'],
        properties: { phrases: { type: 'array', items: { type: 'string' } }, category: { enum: [...categories, ...extraCategories] }, weight: { enum: weights }, lang: { type: 'string' } },
      },
    },
  };
}
