// The one analysed-text model: each published part of a post (the body, an alt text) is read once
// and every rule shares the result.
//   entities   URLs, @mentions, #hashtags, $cashtags, e-mail addresses, `code` (src/text/entities.ts)
//   prose      the text with entities masked (U+0001, same length: offsets stay those of the part)
//   tokens     words of the prose with folded keys, sentences and capitals (src/text/tokens.ts);
//              censored swearing resolved, lookalike letters and invisible characters undone
//   quotes     someone else's words: quotations, blockquotes, a customer's FAQ question
//   hashtags   each tag with its words (CamelCase or the likeliest split) as tokens of their own
//   emoji      emoji runs with offsets
import type { TextPart } from '../types.js';
import { loadProfanity } from '../lexicons/profanity.js';
import { emojiRuns } from './chars.js';
import { entitiesSync, loadTwitterText, type Entity } from './entities.js';
import { customerQuestions, quoteSpans, type Span } from './quotes.js';
import { hashtagWords } from './segment.js';
import { tokenize, type Token } from './tokens.js';

export type { Token } from './tokens.js';
export type { Span } from './quotes.js';

export type LangKey = 'en' | 'nb';

/** The word-list language for a post language: nb/no/nn use the Norwegian lists, anything else English. */
export function langKey(lang: string | undefined): LangKey {
  return /^(nb|no|nn)\b/i.test(lang ?? '') ? 'nb' : 'en';
}

export interface Hashtag {
  start: number;
  end: number;
  /** Without the #. */
  tag: string;
  /** Lower-case words ("PrayForCarrowRidge" → pray, for, carrow, ridge; "whatajoke" → what, a, joke). */
  words: string[];
  /** The words as tokens (offsets inside the tag), one sentence of their own. */
  tokens: Token[];
}

export interface Analysis {
  text: string;
  entities: Entity[];
  prose: string;
  tokens: Token[];
  quotes: Span[];
  hashtags: Hashtag[];
  mentions: Entity[];
  urls: Entity[];
  emoji: { start: number; end: number; text: string }[];
}

let loading: Promise<void> | undefined;

/** Load what the model needs (twitter-text, the swear-word lists) once; analyseSync needs it done. */
export function ready(): Promise<void> {
  loading ??= Promise.all([loadTwitterText(), loadProfanity()]).then(() => undefined);
  return loading;
}

const cache = new WeakMap<TextPart, Analysis>();

export async function analyse(part: TextPart | string): Promise<Analysis> {
  await ready();
  return analyseSync(part);
}

/** Needs `ready()` to have resolved. Parts are analysed once; strings every time. */
export function analyseSync(part: TextPart | string): Analysis {
  if (typeof part !== 'string') {
    const hit = cache.get(part);
    if (hit) return hit;
    const a = build(part.text, entitiesSync(part));
    cache.set(part, a);
    return a;
  }
  return build(part, entitiesSync(part));
}

function build(text: string, entities: Entity[]): Analysis {
  const chars = text.split('');
  for (const e of entities) for (let i = e.start; i < e.end; i++) if (chars[i] !== '\n') chars[i] = '\u0001';
  const prose = chars.join('');
  const tokens = tokenize(prose);
  const quotes = [...quoteSpans(text), ...customerQuestions(text)];
  // "i.e." and "e.g." are not the pronoun I.
  if (text.includes('.')) for (const m of text.matchAll(/(?<![\p{L}])(?:i\.e\.|e\.g\.)/giu)) quotes.push({ start: m.index, end: m.index + m[0].length });
  if (quotes.length) for (const t of tokens) t.quoted = quotes.some((q) => t.start >= q.start && t.end <= q.end);
  const hashtags: Hashtag[] = [];
  for (const e of entities) if (e.type === 'hashtag') hashtags.push(hashtag(e, hashtags.length));
  return {
    text,
    entities,
    prose,
    tokens,
    quotes,
    hashtags,
    mentions: entities.filter((e) => e.type === 'mention'),
    urls: entities.filter((e) => e.type === 'url'),
    emoji: emojiRuns(text),
  };
}

function hashtag(e: Entity, n: number): Hashtag {
  const words = hashtagWords(e.value);
  const tokens: Token[] = [];
  const lower = e.value.toLowerCase();
  let at = 0;
  for (const [i, w] of words.entries()) {
    const found = lower.indexOf(w, at);
    const s = found >= 0 ? found : at;
    at = s + w.length;
    const start = e.start + 1 + s;
    const written = e.value.slice(s, s + w.length);
    tokens.push({
      text: written,
      start,
      end: start + w.length,
      key: w,
      base: w,
      alts: [],
      sentence: 100_000 + n,
      sentStart: i === 0,
      sentEnd: i === words.length - 1,
      question: false,
      joined: i > 0,
      comma: false,
      num: /^\p{N}+$/u.test(w),
      cap: /^\p{Lu}/u.test(written),
      caps: /^\p{Lu}{2,}$/u.test(written),
      masked: false,
      quoted: false,
    });
  }
  return { start: e.start, end: e.end, tag: e.value, words, tokens };
}

/** The tokens of the brand's own words: quotations left out. */
export function ownTokens(a: Analysis): Token[] {
  return a.quotes.length ? a.tokens.filter((t) => !t.quoted) : a.tokens;
}
