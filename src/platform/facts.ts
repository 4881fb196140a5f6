// Platform facts (limits, accepted media, handle forms) from rules/data/platforms.yaml, read
// once on first use, with the team's config sections (`length:`, `hashtags:`, `media:`) on top.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { packagePath } from '../paths.js';

export type LengthUnit = 'weighted' | 'graphemes' | 'code_points';
export type MediaKind = 'image' | 'gif' | 'video' | 'audio';

export interface Sourced {
  source?: string;
  checked?: string;
  note?: string;
}

export interface LengthFacts extends Sourced {
  max: number;
  unit: LengthUnit;
  url_length?: number;
  remote_mentions?: 'user';
  emoji_utf8_bytes?: boolean;
  max_hashtags?: number;
}

export interface MediaKindFacts {
  types?: string[];
  max_bytes?: number;
}

export interface MediaFacts extends Sourced {
  max_items?: number;
  alone?: MediaKind[];
  image?: MediaKindFacts;
  gif?: MediaKindFacts;
  video?: MediaKindFacts;
  audio?: MediaKindFacts;
  alt_max_chars?: number;
  aspect?: { min?: number; max?: number };
}

export interface PlatformFacts {
  id: string;
  name: string;
  length: LengthFacts;
  hashtags?: Sourced & { advisory_max?: number; tag_max_graphemes?: number };
  handles?: Sourced & { form: 'user' | 'domain' | 'fediverse' | 'none'; pattern?: string };
  media?: MediaFacts;
}

let facts: Map<string, PlatformFacts> | undefined;

/** Every platform's facts as shipped (no config applied). */
export function platformFacts(): Map<string, PlatformFacts> {
  if (facts) return facts;
  const data = parse(readFileSync(packagePath('rules/data/platforms.yaml'), 'utf8')) as { platforms: Record<string, Omit<PlatformFacts, 'id'>> };
  facts = new Map(Object.entries(data.platforms).map(([id, f]) => [id, { id, ...f }]));
  return facts;
}

const ALIASES: Record<string, string> = { twitter: 'x', bsky: 'bluesky', ig: 'instagram', fb: 'facebook' };

/** The platform id for a name as written in front matter ("twitter" is x). */
export function platformId(p: string): string {
  const k = p.trim().toLowerCase();
  return ALIASES[k] ?? k;
}

/** The shipped facts of a platform (aliases accepted). */
export function factsFor(platform: string): PlatformFacts | undefined {
  return platformFacts().get(platformId(platform));
}

export function platformName(id: string): string {
  return factsFor(id)?.name ?? id;
}

const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

export interface LengthSettings {
  max: number;
  unit: LengthUnit;
  urlLength: number;
  remoteMentions: boolean;
  emojiUtf8Bytes: boolean;
  maxHashtags?: number;
}

/**
 * The text limit for one platform: the shipped fact, then the config's `length.<platform>`
 * (`max_weighted` / `max_graphemes` / `max_chars`, `url_length`, `max_hashtags`; Mastodon also
 * `instances: { host: max_chars }` for the poster's own server).
 */
export function lengthSettings(name: string, settings: Record<string, unknown>, mastodonHost?: string): LengthSettings | undefined {
  const platform = platformId(name);
  const f = platformFacts().get(platform);
  const conf = obj(obj(settings.length)[platform]);
  if (!f && !Object.keys(conf).length) return undefined;
  const base = f?.length ?? { max: 0, unit: 'code_points' as LengthUnit };
  let max = num(conf.max_weighted) ?? num(conf.max_graphemes) ?? num(conf.max_chars) ?? base.max;
  if (platform === 'mastodon' && mastodonHost) max = num(obj(conf.instances)[mastodonHost]) ?? max;
  if (!max) return undefined;
  const unit: LengthUnit =
    conf.count === 'graphemes' || conf.count === 'code_points' || conf.count === 'weighted' ? conf.count : base.unit;
  return {
    max,
    unit,
    urlLength: num(conf.url_length) ?? base.url_length ?? 0,
    remoteMentions: base.remote_mentions === 'user',
    emojiUtf8Bytes: typeof conf.emoji_utf8_bytes === 'boolean' ? conf.emoji_utf8_bytes : !!base.emoji_utf8_bytes,
    maxHashtags: num(conf.max_hashtags) ?? base.max_hashtags,
  };
}

/** Media facts with the config's `media.<platform>` on top (max_items, alt_max_chars, image/gif/video {types, max_bytes}, aspect). */
export function mediaSettings(name: string, settings: Record<string, unknown>): MediaFacts | undefined {
  const platform = platformId(name);
  const f = platformFacts().get(platform)?.media;
  const conf = obj(obj(settings.media)[platform]);
  if (!f && !Object.keys(conf).length) return undefined;
  const out: MediaFacts = { ...(f ?? {}) };
  if (num(conf.max_items) !== undefined) out.max_items = num(conf.max_items);
  if (num(conf.alt_max_chars) !== undefined) out.alt_max_chars = num(conf.alt_max_chars);
  for (const k of ['image', 'gif', 'video', 'audio'] as const) if (conf[k]) out[k] = { ...(out[k] ?? {}), ...(obj(conf[k]) as MediaKindFacts) };
  if (conf.aspect) out.aspect = { ...(out.aspect ?? {}), ...(obj(conf.aspect) as { min?: number; max?: number }) };
  return out;
}
