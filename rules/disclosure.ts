// Paid partnerships say so, in words people understand, where people see them: before the
// platform's "…more" cut, and not lost in a pile of hashtags at the end.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { defineRule } from '../src/engine/rule.js';
import { packagePath } from '../src/paths.js';
import { ready } from '../src/text/analysis.js';
import { compilePhrases, type PhraseSet } from '../src/text/phrases.js';
import { tokenize } from '../src/text/tokens.js';
import { graphemes } from '../src/text/words.js';
import type { Post, Report, TextPart } from '../src/types.js';

interface Fold {
  chars: number;
  lines?: number;
}

interface LangWords {
  hashtags: string[];
  phrases: string[];
  labels: string[];
  suggest?: string;
}

interface Data {
  folds: Record<string, Fold>;
  default_fold: Fold;
  clear: Record<string, LangWords>;
  unclear: { tags: string[] }[];
  labels: { names: string[] }[];
}

let data: Data | undefined;
function load(): Data {
  data ??= parse(readFileSync(packagePath('rules/data/disclosure.yaml'), 'utf8')) as Data;
  return data;
}

interface Settings {
  labels: string[];
  words: string[];
  folds: Record<string, number>;
}

function settings(section: unknown): Settings {
  const s = (section && typeof section === 'object' ? section : {}) as Record<string, unknown>;
  const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : []);
  const folds: Record<string, number> = {};
  if (s.folds && typeof s.folds === 'object') for (const [k, v] of Object.entries(s.folds)) if (typeof v === 'number' && v > 0) folds[k.toLowerCase()] = v;
  return { labels: list(s.labels), words: list(s.words), folds };
}

export interface Found {
  start: number;
  end: number;
  text: string;
  hashtag: boolean;
}

const HASHTAG = /(?<![\p{L}\p{M}\p{N}_&/#])#([\p{L}\p{M}\p{N}_]+)/gu;
const URL = /\bhttps?:\/\/\S+|\bwww\.\S+/gi;
const norm = (s: string) => s.normalize('NFC').toLowerCase();
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function hashtags(text: string): Found[] {
  return [...text.matchAll(HASHTAG)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], hashtag: true }));
}

const lexicons = new Map<string, PhraseSet<string>>();

/** Clear disclosures in the text for a language (English always counts) plus the config's words. */
export function findDisclosures(text: string, lang: string, extra: string[]): Found[] {
  const d = load();
  const base = lang.toLowerCase().split('-')[0];
  const langs = [...new Set(['en', base === 'no' || base === 'nn' ? 'nb' : base])].filter((l) => d.clear[l]);
  const tags = new Set<string>();
  const phrases: string[] = [];
  const labels: string[] = [];
  for (const l of langs) {
    d.clear[l].hashtags.forEach((t) => tags.add(norm(t)));
    phrases.push(...d.clear[l].phrases);
    labels.push(...d.clear[l].labels);
  }
  for (const w of extra) {
    if (w.trim().startsWith('#')) tags.add(norm(w.trim().slice(1)));
    else phrases.push(w);
  }
  const out: Found[] = hashtags(text).filter((h) => tags.has(norm(h.text.slice(1))));
  // Phrases: whole words, outside URLs and hashtags.
  const masked = mask(text, [...text.matchAll(URL)].map((m) => [m.index, m.index + m[0].length] as [number, number]).concat(hashtags(text).map((h) => [h.start, h.end])));
  const key = `${langs.join(',')}|${extra.join('\u0000')}`;
  let lex = lexicons.get(key);
  if (!lex) lexicons.set(key, (lex = compilePhrases([{ phrases, entry: 'phrase' }])));
  for (const m of lex.match(tokenize(masked), masked)) out.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end), hashtag: false });
  // Labels: "Ad:" / "AD |" at the start of a line, or "[Ad]" / "(ad)" anywhere.
  if (labels.length) {
    const alt = labels.map(esc).join('|');
    const re = new RegExp(`(?:^|\\n)[ \\t]*(?:[\\[(][ \\t]*)?(${alt})(?:[ \\t]*[\\])])?[ \\t]*(?=[:|•·\\-–—]|\\n|$)|[\\[(][ \\t]*(${alt})[ \\t]*[\\])]`, 'giu');
    for (const m of masked.matchAll(re)) {
      const word = m[1] ?? m[2];
      const start = m.index + m[0].toLowerCase().indexOf(word.toLowerCase(), m[0].startsWith('\n') ? 1 : 0);
      out.push({ start, end: start + word.length, text: text.slice(start, start + word.length), hashtag: false });
    }
  }
  return dedupe(out);
}

function dedupe(list: Found[]): Found[] {
  const sorted = list.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Found[] = [];
  for (const f of sorted) if (!out.some((o) => f.start < o.end && f.end > o.start)) out.push(f);
  return out;
}

function mask(text: string, spans: [number, number][]): string {
  const chars = text.split('');
  for (const [s, e] of spans) for (let i = s; i < e && i < chars.length; i++) if (chars[i] !== '\n') chars[i] = ' ';
  return chars.join('');
}

/** Hashtags regulators call unclear (#sp, #spon, #partner, ...). */
function findUnclear(text: string): Found[] {
  const tags = new Set(load().unclear.flatMap((u) => u.tags.map(norm)));
  return hashtags(text).filter((h) => tags.has(norm(h.text.slice(1))) || /^thanks/i.test(h.text.slice(1)));
}

/** A run of 3+ hashtags separated only by whitespace: the hashtags' positions, and whether the run ends the post. */
export function hashtagPiles(text: string): { tags: Found[]; trailing: boolean }[] {
  const tags = hashtags(text);
  const piles: Found[][] = [];
  let cur: Found[] = [];
  for (const t of tags) {
    if (cur.length && /^\s*$/.test(text.slice(cur[cur.length - 1].end, t.start))) cur.push(t);
    else {
      if (cur.length) piles.push(cur);
      cur = [t];
    }
  }
  if (cur.length) piles.push(cur);
  return piles.filter((p) => p.length >= 3).map((p) => ({ tags: p, trailing: /^\s*$/.test(text.slice(p[p.length - 1].end)) }));
}

/** The strictest fold among the post's platforms. */
function foldFor(post: Post, s: Settings): { chars: number; lines?: number; platform: string } {
  const d = load();
  const platforms = post.meta.platforms.filter((p) => d.folds[p] || s.folds[p]);
  if (!platforms.length) return { ...d.default_fold, chars: s.folds.default ?? d.default_fold.chars, platform: 'a platform that folds long captions' };
  let best: { chars: number; lines?: number; platform: string } | undefined;
  for (const p of platforms) {
    const f = { chars: s.folds[p] ?? d.folds[p].chars, lines: s.folds[p] ? undefined : d.folds[p].lines, platform: name(p) };
    if (!best || f.chars < best.chars || (f.chars === best.chars && (f.lines ?? 99) < (best.lines ?? 99))) best = f;
  }
  return best!;
}

const NAMES: Record<string, string> = { x: 'X', instagram: 'Instagram', facebook: 'Facebook', linkedin: 'LinkedIn', threads: 'Threads', mastodon: 'Mastodon', bluesky: 'Bluesky' };
const name = (p: string) => NAMES[p] ?? p;

/** Where the fold falls in `text`, in UTF-16 offsets: after `chars` graphemes or `lines` lines. */
export function foldOffset(text: string, fold: { chars: number; lines?: number }): number {
  let offset = 0;
  let count = 0;
  let lines = 1;
  for (const g of graphemes(text)) {
    if (count >= fold.chars) return offset;
    if (g.includes('\n')) {
      if (fold.lines && lines >= fold.lines) return offset;
      lines++;
    }
    offset += g.length;
    count++;
  }
  return text.length;
}

export default defineRule({
  id: 'disclosure',
  meta: {
    description: 'Sponsored posts carry a clear disclosure (#ad, "Paid partnership", "Annonse") before the platform\'s "…more" cut, not buried in hashtags.',
    docs: {
      why: 'Advertising law in the US, UK, EU and Norway requires paid content to be recognisable as advertising at first sight. A disclosure after "…more" or at the end of a hashtag pile is, for most readers, no disclosure; regulators have fined brands and named influencers for exactly that.',
      incidents: [
        'The FTC\'s 2017 letters to over 90 influencers and brands: disclosures below the "more" cut or buried in hashtags are not clear and conspicuous.',
        'The UK ASA publicly named influencers whose ads were labelled only at the end of the caption or with "#spon".',
      ],
      bad: '---\naccount: mapleandmain\nplatform: instagram\nsponsored: true\n---\nMeet the linen range we designed with @threadbarestudio: breathable, washable and made to last for years of lazy Sundays and long lunches.\n\n#linen #homestyle #ad #slowliving',
      good: '---\naccount: mapleandmain\nplatform: instagram\nsponsored: true\n---\n#ad Meet the linen range we designed with @threadbarestudio: breathable, washable and made to last.',
      notes: [
        'Checked only on posts marked sponsored: true or carrying a paid-partnership label (sponsored, paid-partnership, or disclosure.labels in the config).',
        'Clear words are listed per language in rules/data/disclosure.yaml with their sources; English ones count in every language. Add your own with disclosure.words ("#partnerpost", "Paid partnership with").',
        'Fold positions (Instagram 125 characters / 3 lines, LinkedIn 140 / 3 lines, Facebook 125, X 280) are the mobile figures, with sources in the data file; override one with disclosure.folds.',
        'A disclosure in a run of three or more hashtags that ends the post, or in the middle of such a run, counts as buried even when the post is short.',
        'Alt text is not read before "more" and does not count. A platform\'s own "Paid partnership" label is not visible to postlint; regulators still expect words in the caption.',
      ],
    },
    defaultSeverity: 'error',
    fixable: false,
    network: false,
    messages: {
      // {{marked}}: "sponsored: true" or "the label '...'"; {{fold}}: where the platform cuts the caption.
      unclear: `'{{disclosure}}' is not a clear disclosure: this post is marked as a paid partnership ({{marked}}); say "#ad" or "Paid partnership" before {{fold}}`,
      missing: 'no disclosure: this post is marked as a paid partnership ({{marked}}) but never says so; add "#ad" or "Paid partnership" before {{fold}}',
      buried: "'{{disclosure}}' is buried in a pile of {{count}} hashtags: put the disclosure at the start, where it is read",
      buriedAtEnd: "'{{disclosure}}' is buried in a pile of {{count}} hashtags at the end: put the disclosure at the start, where it is read",
      afterFold: "'{{disclosure}}' comes after {{fold}}: it starts at character {{position}}, where most people never see it",
    },
  },
  async check(post, ctx) {
    await ready();
    const s = settings(ctx.config.settings.disclosure);
    const wanted = new Set([...load().labels.flatMap((l) => l.names), ...s.labels].map(norm));
    const label = post.meta.labels.find((l) => wanted.has(norm(l.trim())));
    if (!post.meta.sponsored && !label) return;

    const body = post.body;
    const text = body.text;
    const fold = foldFor(post, s);
    const cut = foldOffset(text, fold);
    const found = findDisclosures(text, ctx.lang, s.words);
    const piles = hashtagPiles(text);
    const buriedIn = (f: Found) => piles.find((p) => p.tags.some((t) => t.start === f.start) && (p.trailing || p.tags[0].start !== f.start));
    const marked = post.meta.sponsored ? 'sponsored: true' : `the label '${label}'`;
    const at = post.meta.sponsored && post.fields.sponsored ? { field: 'sponsored' } : post.fields.labels ? { field: 'labels' } : { post: true as const };
    const where = `${fold.platform}'s "…more" cut (${fold.chars} characters${fold.lines ? ` or ${fold.lines} lines` : ''})`;
    const why = 'Paid content must be recognisable as advertising at first sight. Most people never tap "more", and nobody reads a pile of hashtags.';

    if (found.some((f) => f.end <= cut && !buriedIn(f))) return;

    const suggestion = (f?: Found) => suggest(post, ctx.lang, ctx.fixPart, f);
    if (!found.length) {
      const unclear = findUnclear(text);
      const first = unclear[0];
      const r: Report = {
        ...(first ? { messageId: 'unclear', data: { disclosure: first.text, marked, fold: where } } : { messageId: 'missing', data: { marked, fold: where } }),
        why: first ? 'Regulators name shorthand like #sp, #spon, #partner and "thanks" as unclear: readers do not understand it as advertising.' : why,
        at: first ? { part: body, start: first.start, end: first.end } : at,
        suggestions: suggestion(),
      };
      if (!r.suggestions?.length) r.hint = 'Start the post with "#ad" (or "Annonse:", "Anzeige:", "Reklam:" for posts in those languages).';
      ctx.report(r);
      return;
    }

    const f = found[0];
    const pile = buriedIn(f);
    const position = graphemes(text.slice(0, f.start)).length + 1;
    ctx.report({
      ...(pile
        ? { messageId: pile.trailing ? 'buriedAtEnd' : 'buried', data: { disclosure: f.text, count: pile.tags.length } }
        : { messageId: 'afterFold', data: { disclosure: f.text, fold: where, position } }),
      why,
      at: { part: body, start: f.start, end: f.end },
      suggestions: suggestion(f),
      hint: 'Move the disclosure to the start of the post.',
    });
  },
});

type FixPart = (part: TextPart, start: number, end: number, text: string) => { range: [number, number]; text: string } | undefined;

/** Move the disclosure to the start (or insert one there). A suggestion: the wording is the team's call. */
function suggest(post: Post, lang: string, fixPart: FixPart, f?: Found): { desc: string; fix: { range: [number, number]; text: string } }[] | undefined {
  const d = load();
  const base = lang.toLowerCase().split('-')[0];
  const words = d.clear[base === 'no' || base === 'nn' ? 'nb' : base] ?? d.clear.en;
  const body = post.body;
  if (!f || !f.hashtag) {
    const insert = words.suggest ?? '#ad ';
    const fix = fixPart(body, 0, 0, insert);
    return fix ? [{ desc: `Start the post with "${insert.trim()}"`, fix }] : undefined;
  }
  const text = body.text;
  let before = text.slice(0, f.start).replace(/[ \t]+$/, '');
  let end = f.end;
  if ((before === '' || before.endsWith('\n')) && text[end] === ' ') end++;
  if (!text.slice(end).trim()) {
    before = before.replace(/\s+$/, '');
    end = text.length;
  }
  const fix = fixPart(body, 0, end, `${f.text} ${before}`.replace(/ $/, ''));
  return fix ? [{ desc: `Move "${f.text}" to the start of the post`, fix }] : undefined;
}
