// The `links:` section of the config, with defaults. Names are the config's own (snake_case).
import { isAbsolute, join, resolve } from 'node:path';

export interface LinkSettings {
  timeoutMs: number;
  followRedirects: boolean;
  maxRedirects: number;
  skipHosts: string[];
  concurrency: number;
  perHost: number;
  deadlineMs: number;
  retryAfterMaxMs: number;
  retries: number;
  allowPrivate: boolean;
  cacheDir: string;
  cacheMaxAgeMs: number;
  skip: string[];
  userAgent: string;
  /** Hosts whose 403 means "no robots", not "forbidden": reported as unverifiable. */
  block403Hosts: string[];
}

export const DEFAULTS = {
  timeout_ms: 10_000,
  follow_redirects: false,
  max_redirects: 5,
  concurrency: 8,
  per_host: 2,
  deadline_ms: 60_000,
  retry_after_max_ms: 10_000,
  retries: 1,
  allow_private: false,
  cache_max_age: '1d',
};

export const USER_AGENT = 'Mozilla/5.0 (compatible; postlint-link-check/0.1; +https://github.com/postlint/postlint)';

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** "1d", "12h", "90m", "30s", "500ms"; a bare number is seconds. */
export function parseDuration(v: unknown, fallback: number): number {
  if (typeof v === 'number' && Number.isFinite(v) && v >= 0) return v * 1000;
  if (typeof v !== 'string') return fallback;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)?\s*$/i.exec(v);
  if (!m) throw new Error(`links.cache_max_age: '${v}' is not a duration (examples: 3600, "30m", "12h", "1d")`);
  return Number(m[1]) * UNITS[(m[2] ?? 's').toLowerCase()];
}

const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : []);
const int = (v: unknown, d: number) => (typeof v === 'number' && Number.isFinite(v) ? Math.floor(v) : d);

export function linkSettings(raw: unknown, root: string): LinkSettings {
  const s = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const cacheDir = typeof s.cache_dir === 'string' && s.cache_dir.trim() ? s.cache_dir : join('node_modules', '.cache', 'postlint', 'links');
  return {
    timeoutMs: Math.max(1, int(s.timeout_ms, DEFAULTS.timeout_ms)),
    followRedirects: typeof s.follow_redirects === 'boolean' ? s.follow_redirects : DEFAULTS.follow_redirects,
    maxRedirects: Math.max(0, int(s.max_redirects, DEFAULTS.max_redirects)),
    skipHosts: list(s.skip_hosts).map((h) => h.trim().toLowerCase().replace(/^\*\./, '').replace(/\.$/, '')),
    concurrency: Math.max(1, int(s.concurrency, DEFAULTS.concurrency)),
    perHost: Math.max(1, int(s.per_host, DEFAULTS.per_host)),
    deadlineMs: Math.max(1, int(s.deadline_ms, DEFAULTS.deadline_ms)),
    retryAfterMaxMs: Math.max(0, int(s.retry_after_max_ms, DEFAULTS.retry_after_max_ms)),
    retries: Math.max(0, int(s.retries, DEFAULTS.retries)),
    allowPrivate: s.allow_private === true,
    cacheDir: isAbsolute(cacheDir) ? cacheDir : resolve(root, cacheDir),
    cacheMaxAgeMs: parseDuration(s.cache_max_age, parseDuration(DEFAULTS.cache_max_age, 86_400_000)),
    skip: list(s.skip),
    userAgent: typeof s.user_agent === 'string' && s.user_agent.trim() ? s.user_agent : USER_AGENT,
    block403Hosts: list(s.block_403_hosts).map((h) => h.trim().toLowerCase()),
  };
}

/** Host equal to, or a subdomain of, one in the list. */
export function hostIn(host: string, hosts: string[]): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return hosts.some((x) => h === x || h.endsWith(`.${x}`));
}

function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      re += glob[i + 1] === '*' ? '.*' : '[^/]*';
      if (glob[i + 1] === '*') i++;
    } else if (c === '?') re += '.';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 'i');
}

/**
 * `links.skip` patterns: "/regex/" (tested anywhere in the URL), or a glob over the whole URL
 * ("https://shop.example/cart/**") or over the URL without its scheme ("shop.example/cart/**").
 * `*` stays within one path segment, `**` crosses them.
 */
export function skipMatcher(patterns: string[]): (url: string) => string | undefined {
  const tests = patterns.map((p) => {
    const re = /^\/(.+)\/([a-z]*)$/.exec(p);
    if (re) {
      const r = new RegExp(re[1], re[2]);
      return (u: string) => r.test(u);
    }
    const g = globToRegExp(p);
    return (u: string) => g.test(u) || g.test(u.replace(/^https?:\/\//i, ''));
  });
  return (url) => {
    const i = tests.findIndex((t) => t(url));
    return i >= 0 ? patterns[i] : undefined;
  };
}
