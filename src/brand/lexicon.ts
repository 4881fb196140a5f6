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
    let byLang = this.cache.get(a);
    if (!byLang) this.cache.set(a, (byLang = new Map()));
    const hit = byLang.get(lang);
    if (hit) return hit;
    const raw: Hit<T>[] = this.set(lang).match(a.tokens, a.prose);
    for (const e of this.entries) {
      if (!e.emoji?.length) continue;
      for (const em of emojiIn(a.text, e.emoji)) {
        const i = a.text.indexOf(em) >= 0 ? a.text.indexOf(em) : a.text.replace(/\uFE0F/g, '').indexOf(em.replace(/\uFE0F/g, ''));
        raw.push({ start: Math.max(0, i), end: Math.max(0, i) + em.length, from: -1, to: -1, text: em, entry: e, phrase: em, emoji: true });
      }
    }
    const idioms = raw.filter((m) => m.entry.idiom);
    const out = raw.filter((m) => m.entry.idiom || !idioms.some((i) => overlaps(i, m)));
    out.sort((x, y) => x.start - y.start);
    byLang.set(lang, out);
    return out;
  }
}

/** Extra phrases (from rule options) as a lexicon of their own. */
export function userLexicon(name: string, phrases: string[], fields: Partial<DataEntry> = {}): Lexicon {
  return new Lexicon(name, [{ ...fields, any: phrases, note: 'from the rule options', source: 'config' }]);
}
