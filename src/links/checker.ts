// The link phase: every unique URL checked once, politely. This module owns what a per-URL
// checker cannot: the global and per-host limits, the per-request timeout, the deadline for the
// whole phase, HEAD first with GET where HEAD is refused, redirects walked hop by hop (each hop
// guarded against private addresses, loops detected), Retry-After with a capped wait, short
// bounded retries, the disk cache and the in-process memo.
import { setMaxListeners } from 'node:events';
import { LinkCache } from './cache.js';
import { classifyError, createAgents, destroyAgents, LinkError, request, seconds, type ErrorKind, type HopResponse } from './http.js';
import { HostLimiter, sleep } from './limiter.js';
import { hostIn, skipMatcher, type LinkSettings } from './settings.js';
import { BLOCKING_HOSTS, sameSite, statusText } from './sites.js';

export type Outcome = 'ok' | 'broken' | 'unverifiable' | 'refused' | 'skipped';

export interface Hop {
  url: string;
  status: number;
  method: 'HEAD' | 'GET';
  /** Redirect target, resolved against `url`. */
  location?: string;
}

export interface CheckResult {
  /** As checked: normalised, without the #fragment. */
  url: string;
  outcome: Outcome;
  /** Last HTTP status seen (0 when there was no answer). */
  status: number;
  /** What happened, in words ("404 Not Found", "redirect loop", "the host name does not resolve (DNS)"). */
  cause?: string;
  kind?: ErrorKind | 'http' | 'loop' | 'too-many-redirects' | 'bad-redirect' | 'deadline' | 'blocked' | 'rate-limited' | 'skip';
  /** Every answer in order: redirect hops, then the last one. */
  chain: Hop[];
  /** Where the link ends when it works. */
  finalUrl?: string;
  /** For an http:// link: its https:// form, which was found to work. */
  httpsUrl?: string;
  /** Not kept on disk: it may be different next time. */
  transient: boolean;
  /** Requests this check sent (0 from a cache). */
  requests: number;
  /** Tries of the last hop (more than 1 after retries). */
  tries?: number;
}

export interface Transport {
  (method: 'HEAD' | 'GET', url: URL, opts: { signal: AbortSignal; timeoutMs: number }, direct?: Transport): Promise<HopResponse>;
  /** True for URLs it sends GET whatever it is asked (linkinator asks its start URLs with GET). */
  getOnly?(url: URL): boolean;
}

export interface PhaseOptions {
  noCache?: boolean;
  progress?(done: number, total: number): void;
  /** In-process memo shared by the passes of one run (--fix re-lints). */
  memo?: Map<string, { at: number; result: CheckResult }>;
  /** Replaces the guarded HTTP client (tests, proxies). */
  transport?: Transport;
}

export interface PhaseStats {
  unique: number;
  fromCache: number;
  fromMemo: number;
  checked: number;
  requests: number;
  maxInFlight: number;
  deadlineHit: boolean;
  /** Why the disk cache could not be written, if it could not. */
  cacheError?: string;
  ms: number;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Never real links (the placeholder rule reports them): not requested whatever skip_hosts says. */
const RESERVED = ['example.com', 'example.org', 'example.net', 'example', 'invalid'];
/** Transient results are remembered in-process only briefly (long-running API users, --fix passes). */
const MEMO_TRANSIENT_MS = 60_000;

/** Outcome-affecting settings: a cached result is reused only under the same ones. */
export function fingerprint(s: LinkSettings): string {
  return JSON.stringify(['v1', s.allowPrivate, s.maxRedirects, s.userAgent, s.block403Hosts]);
}

/** Strip the fragment: it never reaches the server, so `a#x` and `a#y` are one check. */
export function checkKey(url: string): string | undefined {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return undefined;
  }
}

export async function checkLinks(urls: Iterable<string>, s: LinkSettings, opts: PhaseOptions = {}): Promise<{ results: Map<string, CheckResult>; stats: PhaseStats }> {
  const started = Date.now();
  const unique = [...new Set([...urls].map(checkKey).filter((u): u is string => !!u))];
  const results = new Map<string, CheckResult>();
  const fp = fingerprint(s);
  const stats: PhaseStats = { unique: unique.length, fromCache: 0, fromMemo: 0, checked: 0, requests: 0, maxInFlight: 0, deadlineHit: false, ms: 0 };
  const skipped = skipMatcher(s.skip);
  opts.progress?.(0, unique.length);
  const cache = opts.noCache ? undefined : new LinkCache(s.cacheDir, s.cacheMaxAgeMs, fp).load();
  const memo = opts.memo;

  const todo: string[] = [];
  for (const url of unique) {
    const u = new URL(url);
    const pattern = !/^https?:$/.test(u.protocol)
      ? 'not a web address'
      : hostIn(u.hostname, RESERVED)
        ? 'a reserved example domain (RFC 2606)'
        : hostIn(u.hostname, s.skipHosts)
          ? `links.skip_hosts`
          : skipped(url)
            ? `links.skip: ${skipped(url)}`
            : undefined;
    if (pattern) {
      results.set(url, { url, outcome: 'skipped', status: 0, kind: 'skip', cause: pattern, chain: [], transient: false, requests: 0 });
      continue;
    }
    const m = memo?.get(`${fp} ${url}`);
    if (m && Date.now() - m.at < (m.result.transient ? MEMO_TRANSIENT_MS : s.cacheMaxAgeMs)) {
      results.set(url, { ...m.result, requests: 0 });
      stats.fromMemo++;
      continue;
    }
    const c = cache?.get(url);
    if (c) {
      results.set(url, { ...c, requests: 0 });
      memo?.set(`${fp} ${url}`, { at: Date.now(), result: c });
      stats.fromCache++;
      continue;
    }
    todo.push(url);
  }

  let done = unique.length - todo.length;
  if (done) opts.progress?.(done, unique.length);
  if (todo.length) {
    const run = new LinkRun(s, opts.transport);
    try {
      await Promise.all(
        todo.map(async (url) => {
          const r = await run.check(url);
          results.set(url, r);
          stats.checked++;
          stats.requests += r.requests;
          cache?.set(url, r);
          memo?.set(`${fp} ${url}`, { at: Date.now(), result: r });
          // The address a redirect ends on is known to work now: --fix puts it in the draft, and the next pass need not ask again.
          const end = r.finalUrl;
          if (r.outcome === 'ok' && end && end !== url && !memo?.has(`${fp} ${end}`) && !needsHttpsProbe(end))
            memo?.set(`${fp} ${end}`, { at: Date.now(), result: { ...r, url: end, chain: [r.chain.at(-1)!], requests: 0 } });
          opts.progress?.(++done, unique.length);
        }),
      );
    } finally {
      stats.maxInFlight = run.limiter.maxInFlight;
      stats.deadlineHit = run.deadline.signal.aborted;
      run.close();
    }
    try {
      cache?.save();
    } catch (e) {
      // A cache that cannot be written (read-only checkout) must not fail the lint.
      stats.cacheError = `${(e as NodeJS.ErrnoException).code ?? (e as Error).message} on ${cache?.dir}`;
    }
  }
  stats.ms = Date.now() - started;
  return { results, stats };
}

/** One link phase: shared limiter, agents, deadline and per-host knowledge. */
export class LinkRun {
  readonly limiter: HostLimiter;
  readonly deadline = new AbortController();
  private readonly timer: NodeJS.Timeout;
  private readonly agents = createAgents();
  /** Hosts that refused HEAD (405/501): their next hops go straight to GET. */
  private readonly headRefused = new Set<string>();
  private readonly direct: Transport;
  private readonly transport?: Transport;

  constructor(
    readonly s: LinkSettings,
    transport?: Transport,
  ) {
    this.limiter = new HostLimiter(s.concurrency, s.perHost);
    setMaxListeners(0, this.deadline.signal); // every waiting request listens for the deadline
    this.timer = setTimeout(() => this.deadline.abort(new LinkError('aborted', 'stopped at the deadline')), s.deadlineMs);
    this.direct = (method, url, o) => request(method, url, { timeoutMs: o.timeoutMs, signal: o.signal, allowPrivate: s.allowPrivate, userAgent: s.userAgent, agents: this.agents });
    this.transport = transport;
  }

  private send(method: 'HEAD' | 'GET', url: URL, o: { signal: AbortSignal; timeoutMs: number }): Promise<HopResponse> {
    return this.transport ? this.transport(method, url, o, this.direct) : this.direct(method, url, o);
  }

  close(): void {
    clearTimeout(this.timer);
    destroyAgents(this.agents);
  }

  async check(url: string): Promise<CheckResult> {
    const r = await this.walk(new URL(url));
    if (r.outcome === 'ok' && url.startsWith('http://')) r.httpsUrl = await this.httpsForm(url, r);
    return r;
  }

  /** The https:// form of a working http:// link, if it works too. */
  private async httpsForm(url: string, r: CheckResult): Promise<string | undefined> {
    if (!needsHttpsProbe(url)) return undefined;
    const u = new URL(url);
    u.protocol = 'https:';
    const https = u.href;
    if (r.chain.some((h) => h.url === https)) return https;
    const probe = await this.walk(u);
    r.requests += probe.requests;
    return probe.outcome === 'ok' && probe.finalUrl && sameSite(new URL(probe.finalUrl), u) ? https : undefined;
  }

  /** Follow the link hop by hop, up to max_redirects, and say how it ends. */
  async walk(start: URL): Promise<CheckResult> {
    const chain: Hop[] = [];
    const seen = new Set([start.href]);
    const base = { url: start.href, chain, requests: 0 };
    let current = start;
    for (;;) {
      let res: HopResponse & { method: 'HEAD' | 'GET'; tries: number; requests: number };
      try {
        res = await this.hop(current, base);
      } catch (e) {
        const err = classifyError(e);
        const status = chain.at(-1)?.status ?? 0;
        const via = chain.length ? ` (after ${chain.length} redirect${chain.length > 1 ? 's' : ''}, at ${current.href})` : '';
        if (err.kind === 'aborted' || this.deadline.signal.aborted)
          return { ...base, outcome: 'unverifiable', status, kind: 'deadline', cause: `not answered before the link phase's deadline (links.deadline_ms: ${this.s.deadlineMs})`, transient: true };
        if (err.kind === 'private')
          return { ...base, outcome: 'refused', status, kind: 'private', cause: chain.length ? `it redirects to ${current.href}, and ${err.message}` : err.message, transient: false };
        const transient = err.kind !== 'protocol';
        return { ...base, outcome: 'broken', status, kind: err.kind, cause: `${err.message}${via}`, transient };
      }
      const { status, headers } = res;
      const location = headers.location;
      if (REDIRECTS.has(status) && location) {
        let next: URL;
        try {
          next = new URL(location, current);
        } catch {
          chain.push({ url: current.href, status, method: res.method });
          return { ...base, outcome: 'broken', status, kind: 'bad-redirect', cause: `${statusText(status)} to an invalid address (${location})`, transient: false };
        }
        next.hash = '';
        chain.push({ url: current.href, status, method: res.method, location: next.href });
        if (!/^https?:$/.test(next.protocol))
          return { ...base, outcome: 'unverifiable', status, kind: 'bad-redirect', cause: `it redirects to ${next.href}, which is not a web page`, transient: false };
        if (seen.has(next.href)) {
          const loop = chain.slice(chain.findIndex((h) => h.url === next.href)).map((h) => h.url);
          return { ...base, outcome: 'broken', status, kind: 'loop', cause: `redirect loop: ${[...loop, next.href].join(' → ')}`, transient: false };
        }
        if (chain.length > this.s.maxRedirects)
          return { ...base, outcome: 'broken', status, kind: 'too-many-redirects', cause: `more than ${this.s.maxRedirects} redirects (links.max_redirects)`, transient: false };
        seen.add(next.href);
        current = next;
        continue;
      }
      chain.push({ url: current.href, status, method: res.method });
      return { ...base, ...this.judge(current, status, headers, res.tries), finalUrl: status >= 200 && status < 300 ? current.href : undefined };
    }
  }

  private judge(u: URL, status: number, headers: HopResponse['headers'], tries: number): Pick<CheckResult, 'outcome' | 'status' | 'cause' | 'kind' | 'transient' | 'tries'> {
    const after = tries > 1 ? ` after ${tries} tries` : '';
    if (status >= 200 && status < 300) return { outcome: 'ok', status, transient: false, tries };
    if (status === 999) return { outcome: 'unverifiable', status, kind: 'blocked', cause: `${u.hostname} answers ${statusText(999)} to automated checks`, transient: false, tries };
    if (status === 429) {
      const ra = retryAfterMs(headers['retry-after']);
      const wait = ra !== undefined && ra > this.s.retryAfterMaxMs ? `; it asks to wait ${seconds(ra)}, more than links.retry_after_max_ms (${seconds(this.s.retryAfterMaxMs)})` : '';
      return { outcome: 'unverifiable', status, kind: 'rate-limited', cause: `still ${statusText(429)}${after}${wait}`, transient: true, tries };
    }
    if (status === 403 && (headers['cf-mitigated'] || hostIn(u.hostname, [...BLOCKING_HOSTS, ...this.s.block403Hosts])))
      return { outcome: 'unverifiable', status, kind: 'blocked', cause: `${u.hostname} answers ${statusText(403)} to automated checks`, transient: false, tries };
    if (status === 503) {
      const ra = retryAfterMs(headers['retry-after']);
      if (ra !== undefined && ra > this.s.retryAfterMaxMs)
        return { outcome: 'unverifiable', status, kind: 'rate-limited', cause: `${statusText(503)}; it asks to come back in ${seconds(ra)}, more than links.retry_after_max_ms (${seconds(this.s.retryAfterMaxMs)})`, transient: true, tries };
    }
    if (REDIRECTS.has(status)) return { outcome: 'broken', status, kind: 'bad-redirect', cause: `${statusText(status)} without a Location to go to`, transient: false, tries };
    const transient = status >= 500 || status === 408 || status === 425;
    return { outcome: 'broken', status, kind: 'http', cause: `${statusText(status)}${status >= 500 ? after : ''}`, transient, tries };
  }

  /**
   * One hop: HEAD (GET when the host refuses HEAD), through the limiter, with the timeout;
   * 429/503 with Retry-After waited for when the wait is within retry_after_max_ms; 5xx, 429
   * without Retry-After and dropped connections retried `retries` times after a short pause.
   */
  private async hop(u: URL, acc: { requests: number }): Promise<HopResponse & { method: 'HEAD' | 'GET'; tries: number; requests: number }> {
    const signal = this.deadline.signal;
    const host = u.host.toLowerCase();
    let method: 'HEAD' | 'GET' = this.headRefused.has(host) || this.transport?.getOnly?.(u) ? 'GET' : 'HEAD';
    for (let tries = 1; ; tries++) {
      let r: HopResponse;
      try {
        acc.requests++;
        r = await this.limiter.run(
          host,
          () => {
            // Decided when the slot is free: another URL may have learnt meanwhile that this host refuses HEAD.
            if (this.headRefused.has(host)) method = 'GET';
            return this.send(method, u, { signal, timeoutMs: this.s.timeoutMs });
          },
          signal,
        );
      } catch (e) {
        const err = classifyError(e);
        if (signal.aborted) throw new LinkError('aborted', 'stopped at the deadline');
        if (method === 'HEAD' && (err.kind === 'reset' || err.kind === 'protocol')) {
          // Some servers drop the connection on HEAD: ask with GET (not a retry).
          method = 'GET';
          tries--;
          continue;
        }
        if ((err.kind === 'reset' || err.kind === 'dns-temporary') && tries <= this.s.retries) {
          await sleep(backoff(tries), signal);
          continue;
        }
        throw err;
      }
      const { status } = r;
      const ra = status === 429 || status === 503 ? retryAfterMs(r.headers['retry-after']) : undefined;
      if (method === 'HEAD' && status >= 400 && status !== 429 && ra === undefined) {
        // Servers that do not implement HEAD answer 405/501, some 403/404/400/5xx: ask with GET (not a retry).
        if (status === 405 || status === 501) this.headRefused.add(host);
        method = 'GET';
        tries--;
        continue;
      }
      if (ra !== undefined) {
        if (ra <= this.s.retryAfterMaxMs && tries <= this.s.retries) {
          this.limiter.pause(host, Date.now() + ra);
          await sleep(ra, signal);
          continue;
        }
        return { ...r, method, tries, requests: acc.requests };
      }
      if ((status === 429 || (status >= 500 && status !== 501)) && tries <= this.s.retries) {
        await sleep(backoff(tries), signal);
        continue;
      }
      return { ...r, method, tries, requests: acc.requests };
    }
  }
}

/** An http:// link on a named host: certificates are for names, so IP addresses and localhost are not asked over https. */
function needsHttpsProbe(url: string): boolean {
  const u = new URL(url);
  return u.protocol === 'http:' && !/^\[|^\d+\.\d+\.\d+\.\d+$/.test(u.hostname) && !/(^|\.)localhost$/i.test(u.hostname);
}

/** 250 ms, 500 ms, 1 s, then 2 s at most: bounded, never minutes. */
function backoff(tries: number): number {
  return Math.min(2000, 250 * 2 ** (tries - 1)) + Math.floor(Math.random() * 100);
}

/** Retry-After in ms: seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(v: string | string[] | undefined, now = Date.now()): number | undefined {
  const s = Array.isArray(v) ? v[0] : v;
  if (!s) return undefined;
  if (/^\s*\d+\s*$/.test(s)) return Number(s) * 1000;
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}
