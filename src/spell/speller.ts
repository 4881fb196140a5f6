// One language's spelling judgement over a dictionary checker: which words are accepted (with the
// team's words, the rule's supplements, possessives, hyphenated words, en-GB's -ize forms and
// compounds for languages that write them as one word), and ranked suggestions, cached.
import type { Checker, CompoundInfo } from './dictionaries.js';
import { gbTwins, usTwins } from './frequency.js';
import { isOffensive } from '../text/offensive.js';
import { rankSuggestions, type Candidate, type SpellBackend } from './suggest.js';
import type { Accepts } from './vocabulary.js';
import { WordList } from './words.js';

/** Languages that write compounds as one word (nspell cannot build them from the dictionary's flags). */
const COMPOUNDING = new Set(['nb', 'nn', 'no', 'da', 'sv', 'de', 'nl', 'fi', 'is', 'fo', 'af']);

export interface LangInfo {
  /** Tag as shown in messages: en-US, en-GB, nb, de ... */
  display: string;
  /** en-US, en-GB, en-AU ...: English rules (frequency ranking, US/GB twins). */
  english: boolean;
  /** Which English: 'us' accepts -ize only; 'gb' accepts -ise and -ize. */
  variant?: 'us' | 'gb';
  primary: string;
}

export function langInfo(lang: string, fallbackGb = false): LangInfo {
  const tag = lang.trim().replace(/_/g, '-');
  const lower = tag.toLowerCase();
  const primary = lower.split('-')[0];
  if (primary === 'en') {
    const gb = lower !== 'en' && lower !== 'en-us' && (lower === 'en-gb' || lower === 'en-uk' || fallbackGb);
    const display = lower === 'en' || lower === 'en-us' ? 'en-US' : lower === 'en-uk' ? 'en-GB' : `en-${tag.split('-')[1].toUpperCase()}`;
    return { display, english: true, variant: gb ? 'gb' : 'us', primary };
  }
  return { display: tag, english: false, primary };
}

/** A word and the other forms that can make it acceptable. */
interface Forms {
  word: string;
  all: string[];
  base?: string;
  parts?: string[];
  ize?: string;
  plain?: string;
  prefixed?: string;
  halves?: [string, string][];
}

/** English prefixes written solid (no hyphen) before a word. */
const PREFIXES = /^(over|under|out|non|pre|post|anti|multi|micro|mini|super|sub|inter|counter|semi|re|un|co|mis)/;

export interface Verdict {
  ok: boolean;
  /** The word is the other English's spelling: the twin this language uses. */
  twin?: string;
}

export class Speller {
  /** Set for languages that write compounds as one word. */
  compound?: CompoundInfo;
  private raw = new Map<string, boolean>();
  private suggestions = new Map<string, Promise<Candidate[]>>();

  constructor(
    readonly info: LangInfo,
    readonly checker: Checker,
    readonly supplement: WordList,
    /** More accepted words (never suggested): names, terms and loanwords for Hunspell languages. */
    readonly more: Accepts = new WordList(),
    /** English prefixes that take a hyphen (pre-season). */
    readonly prefixes: Set<string> = new Set(),
  ) {
  }

  /** Whether this language writes compounds as one word (nb, de, sv ...). */
  static compounding(primary: string): boolean {
    return COMPOUNDING.has(primary);
  }

  /** The dictionary's own answer for each string, cached. */
  async rawMany(words: string[]): Promise<boolean[]> {
    // An in-process vocabulary answers as fast as a cache would: no cache (it would only grow).
    if (this.checker.has) return words.map(this.checker.has);
    const need = [...new Set(words.filter((w) => !this.raw.has(w)))];
    if (need.length) {
      const got = await this.checker.correctMany(need);
      need.forEach((w, i) => this.raw.set(w, got[i]));
    }
    return words.map((w) => this.raw.get(w)!);
  }

  private known(w: string, team: WordList, offer = false): boolean | undefined {
    if (team.has(w) || this.supplement.has(w) || (!offer && this.more.has(w))) return true;
    return this.checker.has ? this.checker.has(w) : this.raw.get(w);
  }

  /** The dictionary's answer for a string already looked up (rawMany). */
  private rawGet(w: string): boolean | undefined {
    return this.checker.has ? this.checker.has(w) : this.raw.get(w);
  }

  /**
   * Whether each word is accepted, for the team's word list. `offer`: the words are suggestion candidates, and
   * `more` (names and loanwords accepted in a Hunspell language) is accepted in posts but never offered.
   */
  async acceptMany(words: string[], team: WordList, offer = false): Promise<boolean[]> {
    const norm = words.map((w) => w.replace(/’/g, "'"));
    const probe = new Set<string>();
    const forms = norm.map((w) => this.forms(w));
    for (const f of forms) for (const x of f.all) if (!team.has(x) && !this.supplement.has(x) && !this.more.has(x)) probe.add(x);
    await this.rawMany([...probe]);
    const out = forms.map((f) => this.judge(f, team, offer));
    if (this.compound) {
      const c = this.compound;
      const todo = out.map((ok, i) => (ok ? -1 : i)).filter((i) => i >= 0);
      if (todo.length) {
        const splits = todo.map((i) => compoundSplits(norm[i], c));
        // Three-part compounds: the rest may itself be a compound.
        const inner = splits.map((l) => l.map(([, rest]) => compoundSplits(rest, c)));
        await this.rawMany([...splits.flat(2), ...inner.flat(3), ...splits.flat().map(([f]) => f.slice(0, -1))]);
        // Without compound flags in the dictionary, the first part must be a word itself.
        const first = (f: string) => !!c.stems || !!this.known(f, team, offer) || (/[se]$/.test(f) && !!this.known(f.slice(0, -1), team, offer));
        // With compound flags, the last part must be a word of a flagged stem too (torget = torg + et), or a word of
        // 5+ letters the dictionary has without the flag: Bokmål compounds freely (sykepleier·vorspiel), Hunspell
        // only what its flags allow.
        const last = (r: string) => !!this.known(r, team, offer) && (!c.stems || lastPartOk(r, c.stems) || r.length > c.min);
        todo.forEach((i, k) => {
          out[i] = splits[k].some(([f, rest], j) => first(f) && (last(rest) || inner[k][j].some(([f2, r2]) => first(f2) && last(r2))));
        });
      }
    }
    return out;
  }

  private forms(w: string): Forms {
    const all = [w];
    const f: Forms = { word: w, all };
    // English borrows words with their accents (café, naïve, rosé, jalapeño): accepted when the plain form is a word.
    if (this.info.english && /[^\x00-\x7f]/.test(w)) {
      const plain = w.normalize('NFD').replace(/\p{M}/gu, '');
      if (plain !== w && /^[\x00-\x7f]+$/.test(plain)) all.push((f.plain = plain));
    }
    const poss = /^(.+?)'s$/i.exec(w);
    if (poss) all.push((f.base = poss[1]));
    const core = f.base ?? w;
    if (core.includes('-')) {
      f.parts = core.split('-').filter((p, i, a) => p.length > 1 && !(i < a.length - 1 && this.prefixes.has(p.toLowerCase())));
      all.push(...f.parts);
    }
    if (this.info.variant === 'gb' && /iz(e|es|ed|ing|er|ers|ation|ations|able)$/i.test(core)) all.push((f.ize = core.replace(/iz(e|es|ed|ing|er|ers|ation|ations|able)$/i, 'is$1')));
    // English builds words with a prefix and no hyphen ("overstayer", "nonrefundable"): the rest must be a word of 5+ letters.
    const pre = this.info.english && core === core.toLowerCase() ? PREFIXES.exec(core) : null;
    if (pre && core.length - pre[0].length >= 5) all.push((f.prefixed = core.slice(pre[0].length)));
    // A code written as two words in capitals ("FREESHIP", "BOGOFREE"): both parts 3+ letters and words.
    if (this.info.english && core.length >= 7 && /^\p{Lu}+$/u.test(core)) {
      const low = core.toLowerCase();
      f.halves = [];
      for (let i = 3; i <= low.length - 3; i++) f.halves.push([low.slice(0, i), low.slice(i)]);
      for (const [a, b] of f.halves) all.push(a, b);
    }
    if (all.length > 1 && core !== core.toLowerCase() && core === core.toUpperCase()) all.push(core.toLowerCase());
    return f;
  }

  private judge(f: Forms, team: WordList, offer: boolean): boolean {
    // A Shift or Caps Lock slip ("THe", "THanks", "hELLO"): retext-spell (nspell) ignores case, Hunspell does not.
    if (slippedCase(f.base ?? f.word) && !team.has(f.word) && !this.supplement.has(f.word) && !this.more.has(f.word)) return false;
    const k = (w: string) => this.known(w, team, offer) ?? false;
    if (k(f.word)) return true;
    if (f.base && k(f.base)) return true;
    if (f.parts?.length && f.parts.every(k)) return true;
    if (f.ize && k(f.ize)) return true;
    if (f.plain && k(f.plain)) return true;
    if (f.prefixed && k(f.prefixed)) return true;
    if (f.halves?.some(([a, b]) => (this.rawGet(a) ?? false) && (this.rawGet(b) ?? false))) return true;
    return false;
  }

  /** For words that are not accepted: is it the other English's spelling (color in en-GB, colour in en-US)? */
  async twins(words: string[]): Promise<(string | undefined)[]> {
    if (!this.info.english) return words.map(() => undefined);
    const lists = words.map((w) => {
      const lower = w.toLowerCase();
      return this.info.variant === 'gb' ? gbTwins(lower) : usTwins(lower);
    });
    await this.rawMany(lists.flat());
    return lists.map((l, i) => {
      const hit = l.find((t) => this.rawGet(t));
      return hit ? matchCase(words[i], hit) : undefined;
    });
  }

  /** Ranked suggestions, cached per word and team list. */
  suggest(word: string, team: WordList, teamKey: string): Promise<Candidate[]> {
    const key = `${teamKey}\u0000${word}`;
    let hit = this.suggestions.get(key);
    if (!hit) {
      const backend: SpellBackend = {
        // Candidates are plain edits of the typed word: an in-process vocabulary answers them directly, without the
        // possessive, hyphen and -ize forms a post's words get (a third of the suggestion time).
        correctMany: (ws) => {
          const has = this.checker.has;
          return has ? Promise.resolve(ws.map((w) => team.has(w) || this.supplement.has(w) || has(w))) : this.acceptMany(ws, team, true);
        },
      };
      const lang = this.info.display;
      // Never offer a slur, a profanity or a sexual term ("Retford" is not "retard"), in this language or in
      // English; the team's own words (brands, config dictionary) are theirs to offer.
      hit = rankSuggestions(word, {
        backend,
        alphabet: this.checker.alphabet,
        english: this.info.english,
        extra: team.words,
        supplement: this.supplement.words,
      }).then((cands) => cands.filter((c) => team.has(c.word) || !offensiveSuggestion(c.word, lang)));
      this.suggestions.set(key, hit);
    }
    return hit;
  }
}

/**
 * Ways to read a word as a compound: a first part the dictionary allows in compounds (its
 * COMPOUNDFLAG stems; any word when it has none), optionally with a linking s or e
 * ("åpningstider" = åpning + s + tider), and a rest of at least COMPOUNDMIN letters that must be a
 * word (checked by the caller). Returns [first, rest] pairs whose first part qualifies.
 */
export function compoundSplits(word: string, c: CompoundInfo): [string, string][] {
  const w = word.toLowerCase();
  const out: [string, string][] = [];
  const min = c.min;
  if (w.length < min * 2 || w.includes('-')) return out;
  for (let i = min; i <= w.length - min; i++) {
    const a = w.slice(0, i);
    const b = w.slice(i);
    // With compound flags, a flagged stem, or one with a linking s or e (betaling·s·løsning, where the dictionary has
    // no "betalings"); without flags, any first part (the caller checks it is a word).
    if (!c.stems || c.stems.has(a) || (/[se]$/.test(a) && a.length > min && c.stems.has(a.slice(0, -1)))) out.push([a, b]);
  }
  return out;
}

// Inflection endings a compound's last part may carry (Scandinavian nouns, verbs, adjectives).
const ENDINGS = ['', 'e', 'en', 'et', 'er', 'ene', 'a', 'ar', 'ane', 's', 'es', 'ens', 'ets', 'ers', 'enes', 'ende', 'te', 'de', 't', 'ere', 'est', 'este', 'ing', 'ingen', 'inger', 'ingene'];

/** Whether a compound's last part is a flagged stem, or one with an inflection ending. */
export function lastPartOk(part: string, stems: Set<string>): boolean {
  const w = part.toLowerCase();
  for (const e of ENDINGS) {
    if (w.length - e.length < 3 || !w.endsWith(e)) continue;
    const stem = w.slice(0, w.length - e.length);
    // "lesingen" = lese + ingen: a stem's final e drops before an ending.
    if (stems.has(stem) || (e && stems.has(`${stem}e`))) return true;
  }
  return false;
}

/** Whether a suggestion (one word or two) is offensive in the post's language or in English. */
export function offensiveSuggestion(text: string, lang: string): boolean {
  // Memoised: the same candidates come back for many typos (a few thousand checks per run, each normalising).
  const key = `${lang}\u0000${text}`;
  let v = offensiveMemo.get(key);
  if (v === undefined) {
    v = [text, ...text.split(/[\s-]+/)].some((w) => isOffensive(w, lang) || isOffensive(w, 'en'));
    offensiveMemo.set(key, v);
  }
  return v;
}
const offensiveMemo = new Map<string, boolean>();

/** "THe", "THanks" (two capitals, then lower case; not a plural acronym like "CEOs"), "hELLO" (lower, then capitals). */
export function slippedCase(w: string): boolean {
  return (/^\p{Lu}{2,}\p{Ll}+$/u.test(w) && !/^\p{Lu}{2,}s$/u.test(w)) || /^\p{Ll}\p{Lu}{3,}$/u.test(w);
}

/** Give `target` the case pattern of `typed`: lower, Capitalised or ALL CAPS. */
export function matchCase(typed: string, target: string): string {
  if (typed.length > 1 && typed === typed.toUpperCase() && typed !== typed.toLowerCase()) return target.toUpperCase();
  if (typed[0] && typed[0] === typed[0].toUpperCase() && typed[0] !== typed[0].toLowerCase()) return target.charAt(0).toUpperCase() + target.slice(1);
  return target;
}

export function casePattern(w: string): 'lower' | 'capital' | 'upper' | 'mixed' {
  if (w === w.toLowerCase()) return 'lower';
  if (w.length > 1 && w === w.toUpperCase()) return 'upper';
  if (w[0] === w[0].toUpperCase() && w.slice(1) === w.slice(1).toLowerCase()) return 'capital';
  return 'mixed';
}
