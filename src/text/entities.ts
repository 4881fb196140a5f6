// The parts of a post that are syntax, not prose: URLs, @mentions (X, Mastodon, Bluesky forms),
// #hashtags, $cashtags, e-mail addresses and `code spans`, with UTF-16 offsets.
// URLs and hashtags come from twitter-text (it knows every TLD and Unicode hashtag rules);
// it costs 100-200 ms to import, so it is loaded on first use only, and what entities need of it
// (three extractors) is loaded as single modules: about half the package's load time.
import { createRequire } from 'node:module';
import type { TextPart } from '../types.js';

export type EntityType = 'url' | 'mention' | 'hashtag' | 'cashtag' | 'email' | 'code';

export interface Entity {
  type: EntityType;
  start: number;
  end: number;
  /** As written. */
  text: string;
  /** url: the URL (scheme added when missing); mention: "@user[@host|.domain]" lower case; hashtag/cashtag: without the sigil. */
  value: string;
  /** url: whether the scheme was written. */
  hasScheme?: boolean;
}

type TwitterText = typeof import('twitter-text');
type Extractors = Pick<TwitterText, 'extractUrlsWithIndices' | 'extractHashtagsWithIndices' | 'extractCashtagsWithIndices'>;
let twitter: TwitterText | undefined;
let loading: Promise<TwitterText> | undefined;
let extractors: Extractors | undefined;

/** Load twitter-text once (the whole package: weighted lengths need it); `entitiesSync` works after it too. */
export async function loadTwitterText(): Promise<TwitterText> {
  if (twitter) return twitter;
  // Only the default export works at run time (named imports type-check and then crash).
  loading ??= import('twitter-text').then((m) => {
    twitter = ((m as { default?: TwitterText }).default ?? m) as TwitterText;
    extractors ??= twitter;
    return twitter;
  });
  return loading;
}

/**
 * Load what `entitiesSync` needs of twitter-text: its URL, hashtag and cashtag extractors, each from its own
 * module of the package (pinned at 3.1.0). The package's index loads every module of it (autolinking, tweet
 * parsing, ...) and costs about twice as much; the functions are the same objects the index exports.
 */
export async function loadEntityExtractors(): Promise<void> {
  if (extractors) return;
  const require = createRequire(import.meta.url);
  extractors = {
    extractUrlsWithIndices: require('twitter-text/dist/extractUrlsWithIndices.js') as TwitterText['extractUrlsWithIndices'],
    extractHashtagsWithIndices: require('twitter-text/dist/extractHashtagsWithIndices.js') as TwitterText['extractHashtagsWithIndices'],
    extractCashtagsWithIndices: require('twitter-text/dist/extractCashtagsWithIndices.js') as TwitterText['extractCashtagsWithIndices'],
  };
}

// Not after '@': "@user@host.tld" is a Mastodon handle, not an e-mail address.
const EMAIL = /(?<![\p{L}\p{N}._%+@-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}-])/gu;
// @user, @user@instance.tld (Mastodon), @name.domain.tld (Bluesky). Not "@ the", not inside e-mail.
// ".@user" at the start of a word is X's old way to make a reply public: still a mention.
const MENTION = /(?:(?<![\p{L}\p{N}_@./])|(?<=(?:^|[\s(])\.))@([A-Za-z0-9_]{1,64})((?:@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)|(?:\.[A-Za-z0-9-]+)+)?/gu;
const CODE = /`[^`\n]+`/g;

const cache = new WeakMap<TextPart, Entity[]>();

export async function entities(part: TextPart | string): Promise<Entity[]> {
  await loadEntityExtractors();
  return entitiesSync(part);
}

/** Needs `loadEntityExtractors()` (or `loadTwitterText()`) to have resolved. */
export function entitiesSync(part: TextPart | string): Entity[] {
  if (typeof part !== 'string') {
    const hit = cache.get(part);
    if (hit) return hit;
    const found = extract(part.text);
    cache.set(part, found);
    return found;
  }
  return extract(part);
}

function extract(text: string): Entity[] {
  const twitter = extractors;
  if (!twitter) throw new Error('entitiesSync() called before loadEntityExtractors() or loadTwitterText()');
  const out: Entity[] = [];
  const taken: [number, number][] = [];
  const free = (s: number, e: number) => !taken.some(([a, b]) => s < b && e > a);
  const add = (en: Entity) => {
    if (!free(en.start, en.end)) return;
    taken.push([en.start, en.end]);
    out.push(en);
  };

  for (const m of text.matchAll(CODE)) add({ type: 'code', start: m.index, end: m.index + m[0].length, text: m[0], value: m[0].slice(1, -1) });
  for (const m of text.matchAll(EMAIL)) add({ type: 'email', start: m.index, end: m.index + m[0].length, text: m[0], value: m[0].toLowerCase() });

  for (const u of twitter.extractUrlsWithIndices(text, { extractUrlsWithoutProtocol: true })) {
    let [s, e] = u.indices;
    let url = text.slice(s, e);
    // "(see https://x.com/a)" and Markdown's "[text](url)": the closing paren is not part of the URL.
    while (url.endsWith(')') && count(url, '(') < count(url, ')')) {
      url = url.slice(0, -1);
      e--;
    }
    if (/^[^/]*@/.test(url)) continue; // "user@host" is an e-mail or a Mastodon handle
    const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(url);
    add({ type: 'url', start: s, end: e, text: url, value: hasScheme ? url : `https://${url}`, hasScheme });
  }
  // twitter-text does not know dotted-quad hosts; drafts point at them in tests and intranets.
  for (const m of text.matchAll(/\bhttps?:\/\/[^\s<>"'`)\]]+/gi)) add({ type: 'url', start: m.index, end: m.index + m[0].length, text: m[0], value: m[0], hasScheme: true });

  for (const m of text.matchAll(MENTION)) {
    const raw = m[0].replace(/[.-]+$/, '');
    add({ type: 'mention', start: m.index, end: m.index + raw.length, text: raw, value: raw.toLowerCase() });
  }
  for (const h of twitter.extractHashtagsWithIndices(text)) {
    const [s, e] = h.indices;
    add({ type: 'hashtag', start: s, end: e, text: text.slice(s, e), value: h.hashtag });
  }
  for (const c of twitter.extractCashtagsWithIndices(text)) {
    const [s, e] = c.indices;
    add({ type: 'cashtag', start: s, end: e, text: text.slice(s, e), value: c.cashtag });
  }
  return out.sort((a, b) => a.start - b.start);
}

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}

/** Replace the given spans by spaces (surrogate pairs too), so offsets stay put for word checks. */
export function mask(text: string, spans: { start: number; end: number }[]): string {
  if (!spans.length) return text;
  const chars = text.split('');
  for (const { start, end } of spans) for (let i = start; i < end && i < chars.length; i++) if (chars[i] !== '\n') chars[i] = ' ';
  return chars.join('');
}
