// The config's `trending:` feed: today's trending hashtags and what they are about, from a local
// file or a URL (JSON or YAML: a list of {tag, context, kind}, or {tags: [...]}).
// A URL is fetched once per run and cached on disk (node_modules/.cache/postlint/trending, or
// trending.cache_dir) for `max_age` (default 1h). Under --offline the URL is not fetched: a cached
// copy of any age is used, with one notice. --no-cache ignores the cached copy.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { writeAtomic } from '../fs/write-atomic.js';
import type { TrendingTag } from './hashtags.js';

export interface TrendingSetting {
  source: string;
  maxAgeMs: number;
  cacheDir?: string;
  timeoutMs: number;
}

export interface TrendingEnv {
  root: string;
  offline: boolean;
  noCache: boolean;
  now?: Date;
  notice(message: string): void;
}

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "90m", "2h", "1d"; a bare number is seconds. */
export function duration(v: unknown, fallback: number): number {
  if (typeof v === 'number' && Number.isFinite(v) && v >= 0) return v * 1000;
  const m = typeof v === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/i.exec(v) : null;
  return m ? Number(m[1]) * UNITS[(m[2] ?? 's').toLowerCase()] : fallback;
}

/** The `trending:` section as written (a string or {source, max_age, cache_dir, timeout_ms}). */
export function trendingSetting(raw: unknown): TrendingSetting | undefined {
  if (typeof raw === 'string' && raw.trim()) return { source: raw.trim(), maxAgeMs: 3_600_000, timeoutMs: 5000 };
  if (raw && typeof raw === 'object' && typeof (raw as { source?: unknown }).source === 'string') {
    const o = raw as Record<string, unknown>;
    return {
      source: String(o.source).trim(),
      maxAgeMs: duration(o.max_age, 3_600_000),
      cacheDir: typeof o.cache_dir === 'string' ? o.cache_dir : undefined,
      timeoutMs: typeof o.timeout_ms === 'number' ? o.timeout_ms : 5000,
    };
  }
  return undefined;
}

/** Parse a feed: a list of {tag, context, kind}, or an object holding one under tags/trending/hashtags. */
export function parseTrending(text: string): TrendingTag[] {
  const d = parse(text) as unknown;
  const list = Array.isArray(d) ? d : d && typeof d === 'object' ? ((d as Record<string, unknown>).tags ?? (d as Record<string, unknown>).trending ?? (d as Record<string, unknown>).hashtags) : undefined;
  if (!Array.isArray(list)) throw new Error('expected a list of {tag, context, kind}');
  return list
    .filter((x): x is Record<string, unknown> => !!x && typeof x === 'object' && typeof (x as { tag?: unknown }).tag === 'string')
    .map((x) => ({ tag: String(x.tag), context: String(x.context ?? 'trending now'), kind: String(x.kind ?? 'trending') }));
}

const memo = new Map<string, Promise<TrendingTag[]>>();

/** Load the feed once per process and source (a run); never throws: problems become notices. */
export function loadTrending(setting: TrendingSetting, env: TrendingEnv): Promise<TrendingTag[]> {
  const key = `${env.root}\0${setting.source}\0${env.offline}\0${env.noCache}`;
  let p = memo.get(key);
  if (!p) {
    p = load(setting, env);
    memo.set(key, p);
    // A later run in the same process (watch mode, tests) fetches again.
    p.finally(() => setTimeout(() => memo.delete(key), 0).unref?.());
  }
  return p;
}

async function load(s: TrendingSetting, env: TrendingEnv): Promise<TrendingTag[]> {
  const isUrl = /^https?:\/\//i.test(s.source);
  if (!isUrl) {
    const file = isAbsolute(s.source) ? s.source : resolve(env.root, s.source);
    try {
      return parseTrending(readFileSync(file, 'utf8'));
    } catch (e) {
      env.notice(`hashtag-hijack: cannot read the trending file ${file}: ${(e as Error).message}`);
      return [];
    }
  }
  const dir = s.cacheDir ? (isAbsolute(s.cacheDir) ? s.cacheDir : resolve(env.root, s.cacheDir)) : join(env.root, 'node_modules', '.cache', 'postlint', 'trending');
  const file = join(dir, `${createHash('sha256').update(s.source).digest('hex').slice(0, 16)}.json`);
  const cached = env.noCache ? undefined : readCache(file);
  const now = Date.now();
  if (env.offline) {
    env.notice(`--offline: trending hashtags not fetched from ${s.source}${cached ? ' (using the cached copy)' : ''}`);
    return cached?.tags ?? [];
  }
  if (cached && now - cached.fetchedAt <= s.maxAgeMs) return cached.tags;
  try {
    const res = await fetch(s.source, { signal: AbortSignal.timeout(s.timeoutMs), headers: { accept: 'application/json, application/yaml, text/yaml, text/plain' } });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const tags = parseTrending(await res.text());
    try {
      mkdirSync(dir, { recursive: true });
      writeAtomic(file, JSON.stringify({ source: s.source, fetchedAt: now, tags }));
    } catch {
      /* a read-only folder only costs a fetch next time */
    }
    return tags;
  } catch (e) {
    env.notice(`hashtag-hijack: cannot fetch trending hashtags from ${s.source} (${(e as Error).message})${cached ? '; using the cached copy' : ''}`);
    return cached?.tags ?? [];
  }
}

function readCache(file: string): { fetchedAt: number; tags: TrendingTag[] } | undefined {
  try {
    if (!existsSync(file)) return undefined;
    const d = JSON.parse(readFileSync(file, 'utf8')) as { fetchedAt: number; tags: TrendingTag[] };
    return typeof d.fetchedAt === 'number' && Array.isArray(d.tags) ? d : undefined;
  } catch {
    return undefined;
  }
}
