// The shapes the link phase passes between its modules (checker, cache, HTTP client, rule).
// A leaf: it imports nothing, so any module of src/links can use it without an import circle.

export type Outcome = 'ok' | 'broken' | 'unverifiable' | 'refused' | 'skipped';

/** Why a request got no HTTP answer. */
export type ErrorKind = 'private' | 'dns' | 'dns-temporary' | 'tls' | 'timeout' | 'refused' | 'reset' | 'unreachable' | 'protocol' | 'aborted' | 'other';

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
  /** Epoch ms before which the site asked not to be asked again (Retry-After of its last answer). */
  retryAt?: number;
}

export interface HopResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
}

/** Sends one request (tests stand in for the network with one). */
export type Transport = (method: 'HEAD' | 'GET', url: URL, opts: { signal: AbortSignal; timeoutMs: number }) => Promise<HopResponse>;

/**
 * What an earlier run learnt about a link that failed in a way that may pass (5xx, 429,
 * dropped connections): not a result to reuse, only how hard to try again.
 */
export interface RecentFailure {
  at: number;
  status: number;
  tries: number;
  retryAt?: number;
}

/** A host that asked to be left alone (Retry-After), as the limiter and the cache keep it. */
export interface Hold {
  /** Epoch ms the host asked to be left alone until. */
  until: number;
  /** Another request sent after the first limited one was limited too: the whole host waits. */
  confirmed: boolean;
}
