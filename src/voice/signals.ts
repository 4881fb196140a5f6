// Signals: data-file phrases with a category and a weight, matched per language, and scored.
// Used by wrong-account (does this read as one person's own post?) and tone (does this reply
// attack, blame or dismiss?). A weight says how much one match says on its own:
//   1  weak: means something only next to other signals ("honestly", 🍷, "I")
//   2  medium: clear, but a brand might say it on purpose ("lol", "hot take", "the ref")
//   3  strong: enough on its own ("f***ing", "my husband", "referred to our legal team")
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { packagePath } from '../paths.js';
import type { TextPart } from '../types.js';
import { compilePatterns, type Matcher, type PatternMatch, type WordIndex } from './patterns.js';

export interface SignalDef {
  category: string;
  weight: number;
  /** en, nb, or any (default): which posts the phrases apply to, by ctx.lang. */
  lang?: string;
  phrases?: string[];
  /** A JavaScript regular expression (case-insensitive unless `case: true`), for shapes phrases cannot say. */
  regex?: string;
  case?: boolean;
  at?: 'start';
  unless_next?: string[];
  unless_prev?: string[];
  /** Not when the match contains one of these words (negation: not, never, ikke). */
  unless_in?: string[];
  /** A strong signal that an offer of help in the same post softens to medium (a decline with an alternative). */
  soft?: boolean;
  note?: string;
  source?: string;
  added?: string;
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

/** en-US, en-GB -> en; nb, no, nn, nb-NO -> nb; anything else -> its primary subtag. */
export function langKey(lang: string | undefined): string {
  const p = (lang ?? 'en').toLowerCase().split(/[-_]/)[0];
  if (p === 'no' || p === 'nn' || p === 'nb') return 'nb';
  return p;
}

export interface SignalSet {
  /** Matchers for a language key: its own phrases plus the language-independent ones. */
  forLang(lang: string): Matcher<SignalDef>[];
}

class RegexMatcher implements Matcher<SignalDef> {
  size: number;
  private list: { re: RegExp; def: SignalDef }[];
  constructor(defs: SignalDef[]) {
    this.list = defs.map((def) => ({ re: new RegExp(def.regex!, def.case ? 'gu' : 'giu'), def }));
    this.size = this.list.length;
  }
  match(index: WordIndex): PatternMatch<SignalDef>[] {
    const out: PatternMatch<SignalDef>[] = [];
    for (const { re, def } of this.list) {
      re.lastIndex = 0;
      for (let m = re.exec(index.text); m; m = re.exec(index.text)) {
        if (!m[0]) {
          re.lastIndex++;
          continue;
        }
        out.push({ start: m.index, end: m.index + m[0].length, text: m[0], entry: def });
      }
    }
    return out;
  }
}

/** Compile signal definitions; classes are per language ({any: {...}, en: {...}, nb: {...}}). */
export function compileSignals(defs: SignalDef[], classes: Record<string, Record<string, string[]>> = {}): SignalSet {
  const byLang = new Map<string, SignalDef[]>();
  for (const d of defs) {
    for (const l of (d.lang ?? 'any').split(/[,\s]+/).filter(Boolean)) {
      const list = byLang.get(l);
      if (list) list.push(d);
      else byLang.set(l, [d]);
    }
  }
  const compiled = new Map<string, Matcher<SignalDef>[]>();
  const build = (l: string): Matcher<SignalDef>[] => {
    const hit = compiled.get(l);
    if (hit) return hit;
    const list = byLang.get(l) ?? [];
    const cls = { ...(classes.any ?? {}), ...(classes[l] ?? {}) };
    const phrases = list.filter((d) => d.phrases?.length);
    const matchers: Matcher<SignalDef>[] = [
      compilePatterns(
        phrases.map((d) => ({
          phrases: d.phrases!,
          entry: d,
          caseSensitive: d.case,
          atStart: d.at === 'start',
          unlessNext: d.unless_next?.map((w) => w.toLowerCase().replace(/['’]/g, '')),
          unlessPrev: d.unless_prev?.map((w) => w.toLowerCase().replace(/['’]/g, '')),
          unlessIn: d.unless_in?.map((w) => w.toLowerCase().replace(/['’]/g, '')),
        })),
        cls,
      ),
    ];
    const regexes = list.filter((d) => d.regex);
    if (regexes.length) matchers.push(new RegexMatcher(regexes));
    compiled.set(l, matchers);
    return matchers;
  };
  return {
    forLang(lang: string) {
      return lang === 'any' ? build('any') : [...build('any'), ...build(lang)];
    },
  };
}

/** Read a rules/data YAML file once. */
export function loadData<T>(file: string): T {
  return parse(readFileSync(packagePath('rules', 'data', file), 'utf8')) as T;
}

/** Run matchers over an indexed text; signals keep the part they came from. */
export function findSignals(matchers: Matcher<SignalDef>[], index: WordIndex, part: TextPart, allow?: Set<string>): Signal[] {
  const out: Signal[] = [];
  for (const m of matchers)
    for (const x of m.match(index)) {
      if (allow?.has(x.entry.category)) continue;
      out.push({ category: x.entry.category, weight: x.entry.weight, soft: x.entry.soft, text: x.text.trim(), start: x.start, end: x.end, part });
    }
  return out;
}

/** Keep the longest of overlapping signals of one category ("bloody hell" over "bloody"). */
export function dedupe(signals: Signal[]): Signal[] {
  const sorted = [...signals].sort((a, b) => b.weight - a.weight || b.end - b.start - (a.end - a.start));
  const kept: Signal[] = [];
  for (const s of sorted) {
    if (kept.some((k) => k.part === s.part && k.category === s.category && s.start < k.end && s.end > k.start)) continue;
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

const extraSets = new WeakMap<object, SignalSet>();

/** The built-in matchers for a language, plus a team's `extra` signals (compiled once per options object). */
export function matchersFor(set: SignalSet, lang: string, extra: SignalDef[] | undefined, classes: Record<string, Record<string, string[]>>): ReturnType<SignalSet['forLang']>[number][] {
  const matchers = [...set.forLang(lang)];
  if (extra?.length) {
    let own = extraSets.get(extra);
    if (!own) extraSets.set(extra, (own = compileSignals(extra, classes)));
    matchers.push(...own.forLang(lang));
  }
  return matchers;
}
