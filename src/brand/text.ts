// One analysis of a published text part, shared by the brand-safety rules: the prose with URLs,
// mentions, e-mail addresses, code spans and hashtags masked (so "/donate/flood-relief" in a URL
// is not the word "flood"), its tokens, and the hashtags split into words.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { entities } from '../text/entities.js';
import { packagePath } from '../paths.js';
import type { TextPart } from '../types.js';
import { tokenize, type Token } from './match.js';

export type LangKey = 'en' | 'nb';

/** The lexicon language for a post language: nb/no/nn use the Norwegian lists, everything else English. */
export function langKey(lang: string | undefined): LangKey {
  return /^(nb|no|nn)\b/i.test(lang ?? '') ? 'nb' : 'en';
}

export interface Hashtag {
  start: number;
  end: number;
  /** Without the #. */
  tag: string;
  /** CamelCase pieces ("PrayForCarrowRidge" → Pray, For, Carrow, Ridge). */
  words: string[];
}

export interface Analysis {
  text: string;
  /** `text` with entities replaced by U+0001 (same length). */
  prose: string;
  tokens: Token[];
  hashtags: Hashtag[];
  urls: { start: number; end: number; value: string }[];
  mentions: { start: number; end: number; value: string }[];
}

const cache = new WeakMap<TextPart, Analysis>();

export async function analyse(part: TextPart): Promise<Analysis> {
  const hit = cache.get(part);
  if (hit) return hit;
  const ents = await entities(part);
  const a = analyseWith(part.text, ents);
  cache.set(part, a);
  return a;
}

/** Analysis of a plain string (tests, benchmarks). */
export async function analyseText(text: string): Promise<Analysis> {
  return analyseWith(text, await entities(text));
}

function analyseWith(text: string, ents: Awaited<ReturnType<typeof entities>>): Analysis {
  const chars = text.split('');
  const hashtags: Hashtag[] = [];
  const urls: Analysis['urls'] = [];
  const mentions: Analysis['mentions'] = [];
  for (const e of ents) {
    for (let i = e.start; i < e.end; i++) if (chars[i] !== '\n') chars[i] = '\u0001';
    if (e.type === 'hashtag') hashtags.push({ start: e.start, end: e.end, tag: e.value, words: splitCamel(e.value) });
    else if (e.type === 'url') urls.push({ start: e.start, end: e.end, value: e.value });
    else if (e.type === 'mention') mentions.push({ start: e.start, end: e.end, value: e.value });
  }
  const prose = chars.join('');
  return { text, prose, tokens: tokenize(prose), hashtags, urls, mentions };
}

/** "PrayForCarrowRidge" → [Pray, For, Carrow, Ridge]; "BLMprotest" → [BLM, protest]; "JOTRAN30" → [JOTRAN, 30]. */
export function splitCamel(tag: string): string[] {
  return tag.match(/\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?[\p{Ll}\p{M}]+|\p{Lu}+|\p{N}+/gu) ?? [tag];
}

/** Normalise a hashtag or name for comparison: no #, no spaces or punctuation, lower case. */
export function tagKey(s: string): string {
  return s.replace(/^#/, '').normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

const dataCache = new Map<string, unknown>();

/** A data file from rules/data, parsed once per process. */
export function loadData<T>(name: string): T {
  let d = dataCache.get(name);
  if (d === undefined) {
    d = parse(readFileSync(packagePath('rules', 'data', name), 'utf8')) as unknown;
    dataCache.set(name, d);
  }
  return d as T;
}

/** Which of the given emoji occur in the text (emoji are compared without variation selectors). */
export function emojiIn(text: string, list: string[]): string[] {
  const t = text.replace(/\uFE0F/g, '');
  return list.filter((e) => t.includes(e.replace(/\uFE0F/g, '')));
}
