// Stance: who a post speaks to or about (its targets) and whether it runs them down. Evidence that
// does not depend on having seen the words before:
//   targets    "you" (text-speak too), @mentions, named people (a title and a name, capitalised
//              words that are not ordinary words, #SteveIrwin-style tags), a group picked out
//              ("to the people who ...")
//   negativity words VADER rates -1.5 or lower (Norwegian: stance.yaml), flipped by a negation just
//              before them ("not interested"), and swearing; words that describe an event or a
//              feeling (killed, crash, sorry, racism) are not a verdict on anyone
//   contempt   constructions that carry it without a negative word: a question tag at someone
//              ("..., do you?"), distancing adjectives ("his supposed message"), idioms of
//              contempt, a sarcastic "Thanks!" after a hostile sentence
// A sentence with a target and a negative word, with no apology or thanks in it, is aimed at the
// target. tone and risky-topic weigh these signals with their own.
import { ruleData } from '../data/load.js';
import { englishWordsSync, isOrdinary } from '../lexicons/english.js';
import { swearWords } from '../lexicons/profanity.js';
import { valences } from '../lexicons/sentiment.js';
import type { Analysis, LangKey, Token } from '../text/analysis.js';
import { atHandle } from '../text/handles.js';
import { Lexicon, type ClassesByLang, type DataEntry } from '../text/lexicon.js';

export type TargetKind = 'you' | 'mention' | 'name' | 'group';

export interface Target {
  kind: TargetKind;
  start: number;
  end: number;
  text: string;
  sentence: number;
}

export type StanceKind = 'aimed' | 'aimed-strong' | 'contempt' | 'tag-question' | 'distancing' | 'sarcastic-closer' | 'irony' | 'insult-noun' | 'slur' | 'lecture';

export interface StanceSignal {
  kind: StanceKind;
  weight: number;
  start: number;
  end: number;
  text: string;
  sentence: number;
}

export interface Stance {
  targets: Target[];
  signals: StanceSignal[];
  /** Sentences that run a target down. */
  hostile: Set<number>;
  /** An apology, thanks, an offer of help or sympathy in the post's own words. */
  warm: boolean;
  /** Negative words of the post's own words, with their ratings (after negation). */
  negatives: { token: Token; value: number }[];
}

interface StanceEntry extends DataEntry {
  role: string;
  weight?: number;
}

let lexicon: Lexicon<StanceEntry> | undefined;
function lex(): Lexicon<StanceEntry> {
  if (!lexicon) {
    const d = ruleData<{ entries: StanceEntry[]; classes: ClassesByLang }>('stance.yaml');
    lexicon = new Lexicon('stance', d.entries.filter((e) => e.role !== 'valence'), d.classes);
  }
  return lexicon;
}

const NEGATORS: Record<LangKey, Set<string>> = {
  en: new Set(['not', 'no', 'never', 'nor', 'neither', 'without', 'dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt', 'werent', 'cant', 'cannot', 'wont', 'wouldnt', 'shouldnt', 'couldnt', 'hasnt', 'havent', 'hadnt', 'aint', 'nothing', 'nobody']),
  nb: new Set(['ikke', 'aldri', 'ingen', 'intet', 'ingenting', 'uten', 'verken']),
};
// After a negated word, a comparison: "no party like", "nothing better than", "ingen fest som".
const COMPARES: Record<LangKey, Set<string>> = { en: new Set(['like', 'than']), nb: new Set(['som', 'enn']) };
// Words VADER rates that are mostly function words in a post ("like", "please", "pretty", "kind of").
const NOT_RATED = new Set(['like', 'likes', 'please', 'pretty', 'kind', 'well', 'yes', 'no', 'ok', 'okay', 'sure', 'right', 'lol', 'haha', 'want', 'wants', 'hope', 'joke', 'jokes', 'funny', 'fun', 'care', 'matter', 'hell', 'god']);
const NEGATIVE = -1.5;
const NEGATED = -1.2;
const STRONG = -2.2;

/** A negation up to four words before, in the same clause ("doesn't seem like you're interested"). */
function negatedAt(tokens: Token[], i: number, lang: LangKey): boolean {
  // "ain't no party like ours", "nothing better than": a comparison that praises, not a negation.
  const next = tokens[i + 1];
  if (next && next.sentence === tokens[i].sentence && COMPARES[lang].has(next.key)) return false;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const p = tokens[k];
    if (p.sentence !== tokens[i].sentence || tokens[k + 1].comma || p.key === 'but' || p.key === 'men') return false;
    if (NEGATORS[lang].has(p.key)) return true;
  }
  return false;
}

/** Whose words the post may name without targeting anyone: the account's own name and handle. */
export interface SelfNames {
  words: Set<string>;
  handle?: string;
}

export function selfNames(name: string | undefined, handle: string | undefined): SelfNames {
  const words = new Set<string>();
  for (const w of `${name ?? ''} ${handle ?? ''}`.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w.length >= 3) words.add(w);
  return { words, handle: handle ? atHandle(handle) : undefined };
}

export function stanceOf(a: Analysis, lang: LangKey, self: SelfNames): Stance {
  const hits = lex().match(a, lang, { own: true, hashtags: true });
  const own = a.tokens.filter((t) => !t.quoted);
  const targets = findTargets(a, lang, self, hits);
  // Hashtag words count for contempt and name-calling (#whatajoke) only.
  const byRole = (role: string, tags = false) => hits.filter((h) => h.entry.role === role && (tags || !h.hashtag));

  // Tokens that describe an event or a feeling, and targets themselves, are never a verdict.
  const neutral = new Set<Token>();
  for (const h of [...byRole('event'), ...byRole('warmth')]) for (let i = h.from; i < h.to; i++) neutral.add(a.tokens[i]);
  const swear = swearWords(lang);
  const rated = valences(lang);
  const negatives: Stance['negatives'] = [];
  for (const t of own) {
    if (neutral.has(t) || targets.some((x) => x.start <= t.start && t.end <= x.end)) continue;
    let v = NOT_RATED.has(t.key) ? 0 : (rated.get(t.key) ?? rated.get(t.base) ?? t.alts.map((x) => rated.get(x)).find((x) => x !== undefined) ?? 0);
    const s = swear.get(t.key) ?? swear.get(t.base) ?? 0;
    // Swearing counts as a verdict, except as an intensifier ("a catchy f***ing song", "bloody
    // brilliant"), unless what it intensifies is negative too.
    const next = a.tokens[a.tokens.indexOf(t) + 1];
    const intensifier = /(?:ing|in)$/.test(t.key) && next?.joined && (rated.get(next.key) ?? 0) > NEGATIVE;
    if (s >= 2) v = Math.min(v, intensifier ? -1 : -2.5);
    const i = a.tokens.indexOf(t);
    if (negatedAt(a.tokens, i, lang)) v *= -0.74;
    // Negated praise ("not interested", "ikke bra") is milder than a negative word, but a verdict all the same.
    if (v <= NEGATIVE || (v < 0 && v <= NEGATED && negatedAt(a.tokens, i, lang))) negatives.push({ token: t, value: v });
  }

  // A post that opens with @handles is a public reply to them: its "you" is them, by name.
  const opensWithMention = a.mentions.length > 0 && /^[\s.\-–—]*$/.test(a.text.slice(0, a.mentions[0].start));
  const warmSentences = new Set(byRole('warmth').map((h) => sentenceOf(a, h)));
  const signals: StanceSignal[] = [];
  const hostile = new Set<number>();
  const sentences = new Set(own.map((t) => t.sentence));
  for (const s of sentences) {
    const tg = targets.filter((t) => t.sentence === s);
    const neg = negatives.filter((n) => n.token.sentence === s);
    if (!tg.length || !neg.length) continue;
    // Only a negative word said of the target counts: "you're such a nasty person", "your failed
    // model", "pathetic Exec Board", "Fellaini has ... " as the sentence's subject. A negative word
    // elsewhere in the sentence is about something else ("Storm Odile ... a nasty one", "so scary
    // you'll be praying").
    const said = neg.filter((n) => tg.some((t) => linked(a, t, n.token, lang)));
    if (!said.length) continue;
    const worst = said.reduce((x, y) => (y.value < x.value ? y : x));
    // An apology or thanks in the sentence softens a negative word, never swearing or a slur ("Sorry pedo guy").
    if (warmSentences.has(s) && worst.value > -2.5) continue;
    // "you're such a nasty person", "your failed model", "pedo guy, you...": strong when the worst
    // word is very negative or swearing, and sits close to "you".
    const you = tg.filter((t) => t.kind === 'you');
    const close = you.some((t) => Math.abs(tokenIndex(a, t.start) - a.tokens.indexOf(worst.token)) <= 5);
    // Aimed at a named person or an @mention it is a public put-down: strong.
    const strong = (worst.value <= STRONG && close) || tg.some((t) => t.kind === 'mention' || t.kind === 'name' || (t.kind === 'you' && opensWithMention));
    signals.push({ kind: strong ? 'aimed-strong' : 'aimed', weight: strong ? 3 : 2, start: worst.token.start, end: worst.token.end, text: worst.token.text, sentence: s });
    hostile.add(s);
  }
  const named = opensWithMention || targets.some((t) => t.kind === 'mention' || t.kind === 'name');
  // Contempt, name-calling and lectures: one more when the post names whom it is about.
  for (const role of ['contempt', 'insult-noun', 'slur', 'lecture'] as const) {
    for (const h of byRole(role, role !== 'lecture')) {
      const s = sentenceOf(a, h);
      const w = (h.entry.weight ?? 2) + (named && role !== 'slur' && role !== 'insult-noun' ? 1 : 0);
      signals.push({ kind: role, weight: Math.min(3, w), start: h.start, end: h.end, text: h.text, sentence: s });
      hostile.add(s);
    }
  }
  for (const h of byRole('tag-question')) {
    const s = sentenceOf(a, h);
    if (targets.some((t) => t.sentence === s && t.kind === 'you') && a.tokens.filter((t) => t.sentence === s).length >= 5)
      signals.push({ kind: 'tag-question', weight: h.entry.weight ?? 2, start: h.start, end: h.end, text: h.text, sentence: s });
  }
  if (targets.some((t) => t.kind !== 'group'))
    for (const h of byRole('distancing')) signals.push({ kind: 'distancing', weight: h.entry.weight ?? 1, start: h.start, end: h.end, text: h.text, sentence: sentenceOf(a, h) });
  for (const h of byRole('irony')) signals.push({ kind: 'irony', weight: h.entry.weight ?? 1, start: h.start, end: h.end, text: h.text, sentence: sentenceOf(a, h) });
  // "Thanks!" standing alone after a hostile or negative sentence, as the last word.
  const lastSentence = Math.max(-1, ...own.map((t) => t.sentence));
  for (const h of byRole('sarcastic-closer')) {
    const s = sentenceOf(a, h);
    const before = negatives.some((n) => n.token.sentence < s) || [...hostile].some((x) => x < s);
    if (s === lastSentence && before) signals.push({ kind: 'sarcastic-closer', weight: h.entry.weight ?? 1, start: h.start, end: h.end, text: h.text, sentence: s });
  }
  const warm = byRole('warmth').some((h) => !signals.some((x) => x.kind === 'sarcastic-closer' && x.start === h.start));
  return { targets, signals, hostile, warm, negatives };
}

// Words that may stand between a target and what is said of it: "is", "such a", "really".
const LINKS: Record<LangKey, Set<string>> = {
  en: new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 's', 'so', 'such', 'a', 'an', 'the', 'very', 'really', 'truly', 'totally', 'completely', 'absolutely', 'utterly', 'just', 'most', 'more', 'look', 'looks', 'looked', 'seem', 'seems', 'seemed', 'sound', 'sounds', 'still', 'always', 'being', 'one', 'of', 'bit', 'little', 'kind', 'sort', 'pretty', 'quite', 'too', 'how', 'what', 'that', 'this', 'all', 'getting', 'got', 'been']),
  nb: new Set(['er', 'var', 'blitt', 'å', 'være', 'så', 'en', 'et', 'ei', 'den', 'det', 'helt', 'veldig', 'skikkelig', 'jo', 'bare', 'ganske', 'litt', 'altfor', 'for', 'hvor', 'noe', 'noen']),
};
// "you'll want to", "you need to", "you can": the generic "you" of an ad, nobody in particular.
const GENERIC_YOU = new Set(['youll', 'youd', 'will', 'would', 'can', 'could', 'might', 'may', 'need', 'needs', 'want', 'wanna', 'gotta', 'get', 'should']);

/** Whether a negative word is said of a target rather than merely near it. */
function linked(a: Analysis, t: Target, neg: Token, lang: LangKey): boolean {
  const first = tokenIndex(a, t.start);
  let last = first;
  while (last + 1 < a.tokens.length && a.tokens[last + 1].end <= t.end) last++;
  const ni = a.tokens.indexOf(neg);
  if (t.kind === 'you' && (GENERIC_YOU.has(a.tokens[first].key) || GENERIC_YOU.has(a.tokens[last + 1]?.key ?? ''))) return false;
  // "George Floyd's brutal murder": what follows a name's possessive is what befell them, not a verdict.
  if (t.kind === 'name' && /['’]s?$/.test(t.text)) return false;
  if (ni > last) {
    const between = a.tokens.slice(last + 1, ni);
    if ([...between, neg].some((x) => x.comma)) return false;
    // Direct: "you suck", "your failed model", "you're such a nasty person", "yo tits".
    if (between.length <= 4 && between.every((x) => LINKS[lang].has(x.key) || NEGATORS[lang].has(x.key) || x.key === 'like')) return true;
    // An instruction's object ("Try eating ass"), or a named subject ("Fellaini has now ...").
    const subject = t.kind === 'name' && a.tokens[first].sentStart;
    return (subject && between.length <= 6) || (t.kind === 'you' && a.tokens[first].sentStart && between.length <= 2 && !t.text.toLowerCase().startsWith('you'));
  }
  if (ni < first) {
    const between = a.tokens.slice(ni + 1, first);
    // "pathetic Exec Board", "f*** you", "that idiot John".
    return between.length <= 1 && !a.tokens[first].comma && between.every((x) => LINKS[lang].has(x.key));
  }
  return false;
}

/** The sentence of a match: of its first token, or for a match in a hashtag, where the tag stands. */
function sentenceOf(a: Analysis, h: { from: number; start: number; hashtag?: unknown }): number {
  return h.hashtag ? sentenceAt(a, h.start) : a.tokens[h.from].sentence;
}

function tokenIndex(a: Analysis, offset: number): number {
  const i = a.tokens.findIndex((t) => t.start >= offset);
  return i < 0 ? a.tokens.length : i;
}

/** The sentence an offset belongs to: that of the token before it, unless a sentence ends in between. */
function sentenceAt(a: Analysis, offset: number): number {
  let prev: Token | undefined;
  for (const t of a.tokens) {
    if (t.start >= offset) {
      if (!prev || /[.!?\n]/.test(a.text.slice(prev.end, offset))) return t.sentence;
      return prev.sentence;
    }
    prev = t;
  }
  return prev?.sentence ?? 0;
}

function findTargets(a: Analysis, lang: LangKey, self: SelfNames, hits: ReturnType<Lexicon<StanceEntry>['match']>): Target[] {
  const out: Target[] = [];
  const add = (kind: TargetKind, start: number, end: number, sentence: number) => out.push({ kind, start, end, text: a.text.slice(start, end), sentence });
  for (const h of hits) {
    if (h.hashtag) continue;
    if (h.entry.role === 'you' || h.entry.role === 'group') add(h.entry.role as TargetKind, h.start, h.end, a.tokens[h.from].sentence);
  }
  for (const m of a.mentions) if (m.value !== self.handle && !self.words.has(m.value.slice(1))) add('mention', m.start, m.end, sentenceAt(a, m.start));

  const titles = new Set(hits.filter((h) => !h.hashtag && h.entry.role === 'title' && a.tokens[h.to]?.joined).map((h) => h.to));
  const dict = englishWordsSync();
  const isSelf = (t: Token) => self.words.has(t.key) || self.words.has(t.base);
  const pronoun = new Set(['i', 'im', 'ive', 'id', 'ill', 'we', 'were', 'weve', 'wed', 'well']);
  const inYou = (t: Token) => out.some((x) => x.kind === 'you' && x.start <= t.start && t.end <= x.end);
  const nameLike = (t: Token, i: number): boolean => {
    if (!t.cap || t.caps || t.num || t.quoted || t.key.length < 2 || isSelf(t) || pronoun.has(t.key) || inYou(t)) return false;
    if (titles.has(i)) return true;
    if (lang === 'nb') return !t.sentStart;
    if (!dict) return !t.sentStart;
    const written = t.text.toLowerCase().replace(/’/g, "'");
    const ordinary = isOrdinary(written, dict) || isOrdinary(t.key, dict);
    if (!t.sentStart) return !ordinary;
    // At a sentence start a capital says nothing: only a word the dictionary does not know as an
    // ordinary word, followed by more text ("Fellaini has ...", "Hemsky is ...").
    return !ordinary && t.key.length >= 4 && a.tokens[i + 1]?.sentence === t.sentence;
  };
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i];
    if (!nameLike(t, i)) continue;
    let j = i;
    while (j + 1 < a.tokens.length && a.tokens[j + 1].joined && a.tokens[j + 1].cap && !a.tokens[j + 1].caps && !isSelf(a.tokens[j + 1])) j++;
    add('name', t.start, a.tokens[j].end, t.sentence);
    i = j;
  }
  // #SteveIrwin: a tag of two or more capitalised pieces, none of them ordinary words.
  for (const h of a.hashtags) {
    if (h.tokens.length < 2 || !h.tokens.every((t) => t.cap && !t.caps && /^\p{L}+$/u.test(t.text))) continue;
    if (dict && h.tokens.some((t) => isOrdinary(t.key, dict))) continue;
    if (h.tokens.some((t) => self.words.has(t.key))) continue;
    add('name', h.start, h.end, sentenceAt(a, h.start));
  }
  return out.sort((x, y) => x.start - y.start);
}
