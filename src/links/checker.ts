// The link phase: every unique URL checked once, politely. This module owns what a per-URL
// checker cannot: the global and per-host limits, the per-request timeout, the deadline for the
// whole phase, HEAD first with GET where HEAD is refused, redirects walked hop by hop (each hop
// guarded against private addresses, loops detected), Retry-After with a capped wait, short
// bounded retries, the disk cache and the in-process memo.
import { setMaxListeners } from 'node:events';
import { LinkCache } from './cache.js';
import { classifyError, createAgents, destroyAgents, LinkError, request, seconds } from './http.js';
import { HeldTooLong, HostLimiter, sleep } from './limiter.js';
import { Proxies, refuseBeforeProxy } from './proxy.js';
import { hostIn, skipMatcher, type LinkSettings } from './settings.js';
import { BLOCKING_HOSTS, sameSite, statusText } from './sites.js';
import type { CheckResult, Hop, HopResponse, RecentFailure, Transport } from './types.js';

export interface PhaseOptions {
  noCache?: boolean;
  progress?(done: number, total: number): void;
  /** In-process memo shared by the passes of one run (--fix re-lints). */
  memo?: Map<string, { at: number; result: CheckResult }>;
  /** Replaces the guarded HTTP client (tests). */
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
    for (const [host, hold] of cache?.holds() ?? []) run.limiter.hold(host, hold.until, hold.confirmed);
    try {
      await Promise.all(
        todo.map(async (url) => {
          const r = await run.check(url, cache?.recent(url));
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
      cache?.setHolds(run.limiter.holds());
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

/** How hard one check tries: `retries` after a failure that may pass, and the method to start with. */
interface Effort {
  retries: number;
  method?: 'GET';
  /** This walk is a link's own check (not the https:// probe): its first request goes first. */
  first?: boolean;
}

type HopAnswer = HopResponse & { method: 'HEAD' | 'GET'; tries: number; retryAfterMs?: number };

/** One link phase: shared limiter, agents, deadline and per-host knowledge. */
export class LinkRun {
  readonly limiter: HostLimiter;
  readonly deadline = new AbortController();
  private readonly timer: NodeJS.Timeout;
  private readonly agents = createAgents();
  private readonly proxies = new Proxies();
  /** Hosts that refused HEAD (405/501): their next hops go straight to GET. */
  private readonly headRefused = new Set<string>();
  /** Hosts that answered a HEAD with 2xx: they implement HEAD, so their HEAD 404/410 is believed. */
  private readonly headWorks = new Set<string>();

  constructor(
    readonly s: LinkSettings,
    private readonly transport?: Transport,
  ) {
    this.limiter = new HostLimiter(s.concurrency, s.perHost, s.retryAfterMaxMs);
    setMaxListeners(0, this.deadline.signal); // every waiting request listens for the deadline
    this.timer = setTimeout(() => this.deadline.abort(new LinkError('aborted', 'stopped at the deadline')), s.deadlineMs);
  }

  private async send(method: 'HEAD' | 'GET', url: URL, o: { signal: AbortSignal; timeoutMs: number }): Promise<HopResponse> {
    if (this.transport) return this.transport(method, url, o);
    const proxy = this.proxies.agentFor(url);
    if (proxy && !this.s.allowPrivate) await refuseBeforeProxy(url);
    return request(method, url, { timeoutMs: o.timeoutMs, signal: o.signal, allowPrivate: this.s.allowPrivate, userAgent: this.s.userAgent, agents: this.agents, proxy });
  }

  close(): void {
    clearTimeout(this.timer);
    destroyAgents(this.agents);
    this.proxies.destroy();
  }

  /**
   * Check one URL. `recent` is what an earlier run learnt about it failing in a way that may pass:
   * it is asked once (GET, no retries), and not before the time its site asked for.
   */
  async check(url: string, recent?: RecentFailure): Promise<CheckResult> {
    const base = { url, chain: [], requests: 0 };
    const wait = recent?.retryAt ? recent.retryAt - Date.now() : 0;
    if (recent && wait > this.s.retryAfterMaxMs)
      return {
        ...base,
        outcome: 'unverifiable',
        status: recent.status,
        kind: 'rate-limited',
        cause: `it answered ${statusText(recent.status)} ${ago(recent.at)} ago and asked not to be asked again before ${clock(recent.retryAt!)}, more than links.retry_after_max_ms (${seconds(this.s.retryAfterMaxMs)}) from now`,
        transient: true,
        retryAt: recent.retryAt,
        tries: recent.tries,
      };
    try {
      await sleep(wait, this.deadline.signal);
    } catch {
      return this.missedDeadline(base, 0);
    }
    const r = await this.walk(new URL(url), recent ? { retries: 0, method: 'GET', first: true } : { retries: this.s.retries, first: true });
    if (recent && r.transient && r.kind === 'http' && r.cause) r.cause += `, as it did ${ago(recent.at)} ago${recent.tries > 1 ? ` after ${recent.tries} tries` : ''}`;
    if (r.outcome === 'ok' && url.startsWith('http://')) r.httpsUrl = await this.httpsForm(url, r);
    return r;
  }

  private missedDeadline(base: Pick<CheckResult, 'url' | 'chain' | 'requests'>, status: number): CheckResult {
    return { ...base, outcome: 'unverifiable', status, kind: 'deadline', cause: `not answered before the link phase's deadline (links.deadline_ms: ${this.s.deadlineMs})`, transient: true };
  }

  /** The https:// form of a working http:// link, if it works too. */
  private async httpsForm(url: string, r: CheckResult): Promise<string | undefined> {
    if (!needsHttpsProbe(url)) return undefined;
    const u = new URL(url);
    u.protocol = 'https:';
    const https = u.href;
    if (r.chain.some((h) => h.url === https)) return https;
    const probe = await this.walk(u, { retries: this.s.retries });
    r.requests += probe.requests;
    return probe.outcome === 'ok' && probe.finalUrl && sameSite(new URL(probe.finalUrl), u) ? https : undefined;
  }

  /** Follow the link hop by hop, up to max_redirects, and say how it ends. */
  async walk(start: URL, effort: Effort): Promise<CheckResult> {
    const chain: Hop[] = [];
    const seen = new Set([start.href]);
    const base = { url: start.href, chain, requests: 0 };
    let current = start;
    for (;;) {
      let res: HopAnswer;
      try {
        res = await this.hop(current, base, effort, current === start && effort.first === true);
      } catch (e) {
        const status = chain.at(-1)?.status ?? 0;
        if (e instanceof HeldTooLong)
          return {
            ...base,
            outcome: 'unverifiable',
            status,
            kind: 'rate-limited',
            cause: `${e.host} asked (Retry-After) to be left alone until ${clock(e.until)}, more than links.retry_after_max_ms (${seconds(this.s.retryAfterMaxMs)}) from now`,
            transient: true,
            retryAt: e.until,
          };
        const err = classifyError(e);
        const via = chain.length ? ` (after ${chain.length} redirect${chain.length > 1 ? 's' : ''}, at ${current.href})` : '';
        if (err.kind === 'aborted' || this.deadline.signal.aborted) return this.missedDeadline(base, status);
        if (err.kind === 'private')
          return { ...base, outcome: 'refused', status, kind: 'private', cause: chain.length ? `it redirects to ${current.href}, and ${err.message}` : err.message, transient: false };
        const transient = err.kind !== 'protocol';
        return { ...base, outcome: 'broken', status, kind: err.kind, cause: `${err.message}${via}`, transient };
      }
      const { status, headers } = res;
      const location = headers.location;
      if (REDIRECTS.has(status) && typeof location === 'string' && location) {
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
      return { ...base, ...this.judge(current, res), finalUrl: status >= 200 && status < 300 ? current.href : undefined };
    }
  }

  private judge(u: URL, res: HopAnswer): Pick<CheckResult, 'outcome' | 'status' | 'cause' | 'kind' | 'transient' | 'tries' | 'retryAt'> {
    const { status, headers, tries, retryAfterMs: ra } = res;
    const after = tries > 1 ? ` after ${tries} tries` : '';
    const retryAt = ra !== undefined ? Date.now() + ra : undefined;
    if (status >= 200 && status < 300) return { outcome: 'ok', status, transient: false, tries };
    if (status === 999) return { outcome: 'unverifiable', status, kind: 'blocked', cause: `${u.hostname} answers ${statusText(999)} to automated checks`, transient: false, tries };
    if (status === 429) {
      const wait = ra !== undefined && ra > this.s.retryAfterMaxMs ? `; it asks to wait ${seconds(ra)}, more than links.retry_after_max_ms (${seconds(this.s.retryAfterMaxMs)})` : '';
      return { outcome: 'unverifiable', status, kind: 'rate-limited', cause: `still ${statusText(429)}${after}${wait}`, transient: true, tries, retryAt };
    }
    if (status === 403 && (headers['cf-mitigated'] || hostIn(u.hostname, [...BLOCKING_HOSTS, ...this.s.block403Hosts])))
      return { outcome: 'unverifiable', status, kind: 'blocked', cause: `${u.hostname} answers ${statusText(403)} to automated checks`, transient: false, tries };
    if (status === 503 && ra !== undefined && ra > this.s.retryAfterMaxMs)
      return { outcome: 'unverifiable', status, kind: 'rate-limited', cause: `${statusText(503)}; it asks to come back in ${seconds(ra)}, more than links.retry_after_max_ms (${seconds(this.s.retryAfterMaxMs)})`, transient: true, tries, retryAt };
    if (REDIRECTS.has(status)) return { outcome: 'broken', status, kind: 'bad-redirect', cause: `${statusText(status)} without a Location to go to`, transient: false, tries };
    const transient = status >= 500 || status === 408 || status === 425;
    return { outcome: 'broken', status, kind: 'http', cause: `${statusText(status)}${status >= 500 ? after : ''}`, transient, tries, retryAt };
  }

  /**
   * One hop through the limiter, with the timeout. HEAD first; GET at once where HEAD may be the
   * problem (405/501, a dropped connection, any 4xx/5xx from a host not yet seen to answer HEAD).
   * A 429/503 with Retry-After is waited for (without a slot) when the wait is within
   * retry_after_max_ms; 5xx, 429 without Retry-After and dropped connections are retried
   * `effort.retries` times after a short pause. `tries` counts the requests that got the final kind
   * of answer (the HEAD that was only a method check is not one).
   */
  private async hop(u: URL, acc: { requests: number }, effort: Effort, first: boolean): Promise<HopAnswer> {
    const signal = this.deadline.signal;
    const host = u.host.toLowerCase();
    let method: 'HEAD' | 'GET' = effort.method ?? (this.headRefused.has(host) ? 'GET' : 'HEAD');
    const retryAfter = (r: HopResponse) => (r.status === 429 || r.status === 503 ? retryAfterMs(r.headers['retry-after']) : undefined);
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
          { signal, retryAfter, priority: first && tries === 1 && acc.requests === 1 ? 0 : 1 },
        );
      } catch (e) {
        if (e instanceof HeldTooLong) {
          acc.requests--; // never sent
          throw e;
        }
        const err = classifyError(e);
        if (signal.aborted) throw new LinkError('aborted', 'stopped at the deadline');
        if (method === 'HEAD' && (err.kind === 'reset' || err.kind === 'protocol')) {
          // Some servers drop the connection on HEAD: ask with GET (not a retry).
          method = 'GET';
          tries--;
          continue;
        }
        if ((err.kind === 'reset' || err.kind === 'dns-temporary') && tries <= effort.retries) {
          await sleep(backoff(tries), signal);
          continue;
        }
        throw err;
      }
      const { status } = r;
      const ra = retryAfter(r);
      if (method === 'HEAD' && status >= 200 && status < 300) this.headWorks.add(host);
      if (method === 'HEAD' && status >= 400 && status !== 429 && ra === undefined) {
        method = 'GET';
        const knowsHead = this.headWorks.has(host) && status !== 405 && status !== 501;
        if (status === 405 || status === 501) this.headRefused.add(host);
        // A host that answers HEAD properly means its 404/410; its 5xx is the server's, and the GET is the retry
        // (after the pause) when there is one to spend.
        if (knowsHead && (status === 404 || status === 410)) return { ...r, method: 'HEAD', tries };
        if (!knowsHead || status < 500 || effort.retries < 1) {
          // Servers that do not implement HEAD answer 405/501, some 403/404/400/5xx: ask with GET (not a retry).
          tries--;
          continue;
        }
      }
      if (ra !== undefined) {
        if (ra <= this.s.retryAfterMaxMs && tries <= effort.retries) {
          await sleep(ra, signal);
          continue;
        }
        return { ...r, method, tries, retryAfterMs: ra };
      }
      if ((status === 429 || (status >= 500 && status !== 501)) && tries <= effort.retries) {
        await sleep(backoff(tries), signal);
        continue;
      }
      return { ...r, method, tries };
    }
  }
}

/** An http:// link on a named host: certificates are for names, so IP addresses and localhost are not asked over https. */
function needsHttpsProbe(url: string): boolean {
  const u = new URL(url);
  return u.protocol === 'http:' && !/^\[|^\d+\.\d+\.\d+\.\d+$/.test(u.hostname) && !/(^|\.)localhost$/i.test(u.hostname);
}

/** "14:03:10 UTC". */
function clock(ms: number): string {
  return `${new Date(ms).toISOString().slice(11, 19)} UTC`;
}

/** "40 s", "3 min". */
function ago(at: number): string {
  const s = Math.max(1, Math.round((Date.now() - at) / 1000));
  return s < 120 ? `${s} s` : `${Math.round(s / 60)} min`;
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
