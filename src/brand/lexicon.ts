// Data-driven word lists for the brand-safety rules. Every entry in rules/data/*.yaml is a sense:
// phrases per language (`en`, `nb`, or `any` for both), optional emoji, and its provenance
// (`note`, `source`, `added`). Entries marked `idiom: true` are senses that are NOT the risky one
// ("photo shoot", "killer deal", "Memorial Day"): a match inside an idiom is dropped.
import { compilePhrases, overlaps, type PhraseMatch, type PhraseSet } from './match.js';
import { emojiIn, type Analysis, type LangKey } from './text.js';

export interface DataEntry {
  id?: string;
  en?: string[];
  nb?: string[];
  any?: string[];
  emoji?: string[];
  /** A sense that cancels overlapping matches of other entries in the same list. */
  idiom?: boolean;
  note?: string;
  source?: string;
  added?: string;
  [key: string]: unknown;
}

export interface Hit<T extends DataEntry = DataEntry> extends PhraseMatch<T> {
  emoji?: boolean;
}

export class Lexicon<T extends DataEntry = DataEntry> {
  private sets = new Map<LangKey, PhraseSet<T>>();
  private cache = new WeakMap<Analysis, Map<LangKey, Hit<T>[]>>();

  constructor(
    readonly name: string,
    readonly entries: T[],
  ) {}

  private set(lang: LangKey): PhraseSet<T> {
    let s = this.sets.get(lang);
    if (!s) {
      s = compilePhrases(this.entries.map((e) => ({ phrases: [...(e[lang] ?? []), ...(e.any ?? [])].map(String), entry: e })));
      this.sets.set(lang, s);
    }
    return s;
  }

  /** Matches in the analysed prose, idiom-covered matches removed (idioms themselves are kept, flagged). */
  match(a: Analysis, lang: LangKey): Hit<T>[] {
    const raw = this.matchAll(a, lang);
    const idioms = raw.filter((m) => m.entry.idiom);
    return idioms.length ? raw.filter((m) => m.entry.idiom || !idioms.some((i) => overlaps(i, m))) : raw;
  }

  /** Every match, idioms and the matches they cover included. */
  matchAll(a: Analysis, lang: LangKey): Hit<T>[] {
    let byLang = this.cache.get(a);
    if (!byLang) this.cache.set(a, (byLang = new Map()));
    const hit = byLang.get(lang);
    if (hit) return hit;
    const raw: Hit<T>[] = this.set(lang).match(a.tokens, a.prose);
    for (const e of this.entries) {
      if (!e.emoji?.length) continue;
      for (const em of emojiIn(a.text, e.emoji)) {
        const bare = em.replace(/\uFE0F/g, '');
        const i = a.text.indexOf(em) >= 0 ? a.text.indexOf(em) : a.text.indexOf(bare);
        if (i < 0) continue;
        const len = a.text.startsWith(em, i) ? em.length : bare.length;
        raw.push({ start: i, end: i + len, from: -1, to: -1, text: a.text.slice(i, i + len), entry: e, phrase: em, emoji: true });
      }
    }
    raw.sort((x, y) => x.start - y.start);
    byLang.set(lang, raw);
    return raw;
  }
}

/** Extra phrases (from rule options) as a lexicon of their own. */
export function userLexicon(name: string, phrases: string[], fields: Partial<DataEntry> = {}): Lexicon {
  return new Lexicon(name, [{ ...fields, any: phrases, note: 'from the rule options', source: 'config' }]);
}
