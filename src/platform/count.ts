// Counting a text the way each platform counts it, and finding where it stops fitting.
//   X         twitter-text v3 weighted length (URLs `url_length`, emoji 2, CJK 2), with the URLs
//             twitter-text does not recognise (http://127.0.0.1/..., IP hosts) substituted first and
//             pic.twitter.com media links (the attachment, not text) left out
//   Bluesky   grapheme clusters
//   others    code points; Mastodon counts http(s) URLs as `url_length` and @user@domain as @user;
//             Threads counts an emoji as its UTF-8 bytes
// CRLF counts as one newline everywhere. Needs loadTwitterText() to have resolved (entities do).
import { PICTOGRAPH } from '../text/chars.js';
import { entitiesSync, loadTwitterText } from '../text/entities.js';
import type { LengthSettings } from './facts.js';

export interface TextCount {
  count: number;
  max: number;
  /** Index into the text where the part that does not fit starts (only when count > max). */
  cut?: number;
}

type TwitterText = Awaited<ReturnType<typeof loadTwitterText>>;

const utf8 = new TextEncoder();

export function countText(text: string, s: LengthSettings, twitter: TwitterText): TextCount {
  if (s.unit === 'weighted') return countWeighted(text, s, twitter);
  if (s.unit === 'graphemes') return countGraphemes(text, s.max);
  return countCodePoints(text, s);
}

// ------------------------------------------------------------------------------------- X

function countWeighted(text: string, s: LengthSettings, twitter: TwitterText): TextCount {
  const edits: Edit[] = crlfEdits(text);
  // twitter-text misses URLs on dotted-quad hosts (and anything else entities() found on its own):
  // they stand for real links, so give twitter-text one it recognises in their place.
  const known = new Set(twitter.extractUrlsWithIndices(text).map((u) => u.indices[0]));
  for (const e of entitiesSync(text)) {
    if (e.type !== 'url') continue;
    // "pic.twitter.com/…" is how X shows an attached photo or video: the attachment, not text, so
    // it does not count (nor the space before it). Drafts copied from a posted tweet carry it.
    if (/^(?:https?:\/\/)?pic\.(?:twitter|x)\.com\//i.test(e.text)) {
      let start = e.start;
      while (start > 0 && /[ \t]/.test(text[start - 1])) start--;
      edits.push({ start, end: e.end, text: '' });
    } else if (!known.has(e.start)) edits.push({ start: e.start, end: e.end, text: 'https://t.co/placeholder' });
  }
  const view = rewrite(text, edits);
  const config = {
    version: 3,
    maxWeightedTweetLength: s.max,
    scale: 100,
    defaultWeight: 200,
    emojiParsingEnabled: true,
    transformedURLLength: s.urlLength || 23,
    ranges: [
      { start: 0, end: 4351, weight: 100 },
      { start: 8192, end: 8205, weight: 100 },
      { start: 8208, end: 8223, weight: 100 },
      { start: 8242, end: 8247, weight: 100 },
    ],
  };
  const r = twitter.parseTweet(view.text, config as Parameters<TwitterText['parseTweet']>[1]);
  const count = r.weightedLength;
  if (count <= s.max) return { count, max: s.max };
  return { count, max: s.max, cut: view.toOrig(r.validRangeEnd + 1) };
}

// ------------------------------------------------------------------------------ Bluesky

// Made at the first use: creating one loads ICU's break data (~20 ms), which runs without Bluesky posts never need.
let segmenter_: Intl.Segmenter | undefined;
const segmenter = (): Intl.Segmenter => (segmenter_ ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' }));

function countGraphemes(text: string, max: number): TextCount {
  let count = 0;
  let cut: number | undefined;
  for (const g of segmenter().segment(text)) {
    count++; // "\r\n" is one grapheme cluster already
    if (count === max + 1) cut = g.index;
  }
  return count > max ? { count, max, cut } : { count, max };
}

// ------------------------------------------------------------------- code-point platforms

function countCodePoints(text: string, s: LengthSettings): TextCount {
  // Spans that count as a fixed number: Mastodon's URLs and remote mentions.
  const spans = new Map<number, { end: number; weight: number }>();
  if (s.urlLength || s.remoteMentions) {
    for (const e of entitiesSync(text)) {
      if (e.type === 'url' && e.hasScheme && s.urlLength) spans.set(e.start, { end: e.end, weight: s.urlLength });
      else if (e.type === 'mention' && s.remoteMentions && /^@[^@]+@/.test(e.text)) spans.set(e.start, { end: e.end, weight: [...e.text.split('@').slice(0, 2).join('@')].length });
    }
  }
  let count = 0;
  let cut: number | undefined;
  const add = (start: number, weight: number) => {
    count += weight;
    if (cut === undefined && count > s.max) cut = start;
  };
  if (s.emojiUtf8Bytes) {
    for (const g of segmenter().segment(text)) {
      const span = spans.get(g.index);
      if (span) {
        add(g.index, span.weight);
        continue;
      }
      if (inSpan(spans, g.index)) continue;
      if (PICTOGRAPH.test(g.segment)) add(g.index, utf8.encode(g.segment).length);
      else {
        let i = g.index;
        for (const cp of g.segment) {
          add(i, cp === '\r' && g.segment === '\r\n' ? 0 : 1);
          i += cp.length;
        }
      }
    }
  } else {
    for (let i = 0; i < text.length; ) {
      const span = spans.get(i);
      if (span) {
        add(i, span.weight);
        i = span.end;
        continue;
      }
      const cp = text.codePointAt(i)!;
      add(i, cp === 13 && text.charCodeAt(i + 1) === 10 ? 0 : 1);
      i += cp > 0xffff ? 2 : 1;
    }
  }
  return count > s.max ? { count, max: s.max, cut } : { count, max: s.max };
}

function inSpan(spans: Map<number, { end: number }>, i: number): boolean {
  for (const [start, { end }] of spans) if (i > start && i < end) return true;
  return false;
}

// --------------------------------------------------------------------------- rewriting

interface Edit {
  start: number;
  end: number;
  text: string;
}

function crlfEdits(text: string): Edit[] {
  const out: Edit[] = [];
  for (let i = text.indexOf('\r\n'); i !== -1; i = text.indexOf('\r\n', i + 2)) out.push({ start: i, end: i + 1, text: '' });
  return out;
}

/** Apply non-overlapping edits; `toOrig` maps an index of the new text back to the original. */
export function rewrite(text: string, edits: Edit[]): { text: string; toOrig(i: number): number } {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = '';
  let last = 0;
  // [newStart, origStart, length of a verbatim run] or a replacement mapped to its original start
  const runs: { at: number; orig: number; len: number; verbatim: boolean }[] = [];
  for (const e of sorted) {
    if (e.start < last) continue;
    runs.push({ at: out.length, orig: last, len: e.start - last, verbatim: true });
    out += text.slice(last, e.start);
    runs.push({ at: out.length, orig: e.start, len: e.text.length, verbatim: false });
    out += e.text;
    last = e.end;
  }
  runs.push({ at: out.length, orig: last, len: text.length - last, verbatim: true });
  out += text.slice(last);
  return {
    text: out,
    toOrig(i: number): number {
      for (const r of runs) if (i >= r.at && i < r.at + r.len) return r.verbatim ? r.orig + (i - r.at) : r.orig;
      return text.length;
    },
  };
}
