// Politeness: at most `concurrency` requests in flight overall and `perHost` per host (host and
// port). A request waits for its host's slot first and only then for a global one, so a busy
// host never holds global slots idle. Nothing that waits (for a slot, a hold, a Retry-After or a
// backoff) holds a slot.
//
// Retry-After: a 429/503 asking to wait puts its host on hold until then. A site may limit the
// whole client or only that URL, and the next answer tells which: while the hold is unconfirmed,
// one request at a time goes to the host, and only the answer to a request sent *after* the
// limited one counts. Anything but another 429/503 with Retry-After lifts the hold (the limit
// was about that URL, which waits on its own); another one confirms it, and nothing more goes to
// the host until the latest time it asked for. So a rate-limited URL never stalls its host's
// other links, and a host that limits the client gets one request per hold, not a burst.
import type { Hold } from './types.js';

/** A counting semaphore whose waiters go in order of priority (lower first), then of arrival. */
export class Semaphore {
  private active = 0;
  private readonly waiting: { priority: number; go: () => void }[] = [];
  constructor(readonly size: number) {}

  acquire(signal?: AbortSignal, priority = 0): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.active < this.size) {
      this.active++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const waiter = {
        priority,
        go: () => {
          signal?.removeEventListener('abort', abort);
          this.active++;
          resolve();
        },
      };
      const abort = () => {
        const i = this.waiting.indexOf(waiter);
        if (i >= 0) this.waiting.splice(i, 1);
        reject(signal!.reason);
      };
      signal?.addEventListener('abort', abort, { once: true });
      const at = this.waiting.findIndex((w) => w.priority > priority);
      if (at < 0) this.waiting.push(waiter);
      else this.waiting.splice(at, 0, waiter);
    });
  }

  release(): void {
    this.active--;
    this.waiting.shift()?.go();
  }
}

/** Resolves after `ms`, or rejects when the signal aborts first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', abort);
      resolve();
    }, ms);
    const abort = () => {
      clearTimeout(t);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', abort, { once: true });
  });
}

/** A host is on hold for longer than the caller may wait (links.retry_after_max_ms). */
export class HeldTooLong extends Error {
  constructor(
    readonly host: string,
    readonly until: number,
  ) {
    super(`${host} is on hold until ${new Date(until).toISOString()}`);
  }
}

interface HostState {
  slots: Semaphore;
  hold?: Hold & { after: number };
  /** Sequence numbers of this host's requests in flight. */
  sent: Set<number>;
  /** Called when the hold may have changed (an answer came, a slot was freed). */
  listeners: Set<() => void>;
}

export interface RunOptions<T> {
  signal?: AbortSignal;
  /**
   * 0 for the first request of a link, 1 for the rest (redirect hops, retries, GET after HEAD).
   * First requests go first: every link's first answer comes as early as it can, so a slow link
   * is found (and started) early, and the follow-ups fill the slots while it answers.
   */
  priority?: number;
  /** Retry-After of an answer (429/503 asking to wait), in ms; undefined for any other answer. */
  retryAfter?(answer: T): number | undefined;
}

export class HostLimiter {
  private readonly global: Semaphore;
  private readonly hosts = new Map<string, HostState>();
  private seq = 0;
  /** Requests in flight now, and the most there ever were (for tests and the benchmark). */
  inFlight = 0;
  maxInFlight = 0;

  constructor(
    concurrency: number,
    private readonly perHost: number,
    /** The longest a request waits for a confirmed hold; beyond it, run() rejects with HeldTooLong. */
    private readonly maxWaitMs = Infinity,
  ) {
    this.global = new Semaphore(concurrency);
  }

  private state(host: string): HostState {
    let h = this.hosts.get(host);
    if (!h) this.hosts.set(host, (h = { slots: new Semaphore(this.perHost), sent: new Set(), listeners: new Set() }));
    return h;
  }

  /** Put `host` on hold until `until` (a Retry-After remembered from an earlier run). */
  hold(host: string, until: number, confirmed: boolean): void {
    const h = this.state(host);
    if (until > Date.now() && (!h.hold || h.hold.until < until)) h.hold = { after: 0, until, confirmed };
  }

  /** Holds still running, to remember for the next run. */
  holds(now = Date.now()): [string, Hold][] {
    return [...this.hosts].filter(([, h]) => h.hold && h.hold.until > now).map(([host, h]) => [host, { until: h.hold!.until, confirmed: h.hold!.confirmed }]);
  }

  /** May a request to this host be sent now? */
  private open(h: HostState): boolean {
    const hold = h.hold;
    if (!hold) return true;
    if (Date.now() >= hold.until) {
      h.hold = undefined;
      return true;
    }
    if (hold.confirmed) return false;
    // Unconfirmed: one request sent after the limited one decides; let one through when none is out.
    for (const s of h.sent) if (s > hold.after) return false;
    return true;
  }

  /** Wait until the host's hold lets a request through. */
  private async cleared(host: string, h: HostState, signal?: AbortSignal): Promise<void> {
    while (!this.open(h)) {
      const hold = h.hold!;
      const wait = hold.until - Date.now();
      if (hold.confirmed && wait > this.maxWaitMs) throw new HeldTooLong(host, hold.until);
      await new Promise<void>((resolve, reject) => {
        const done = () => {
          clearTimeout(timer);
          h.listeners.delete(done);
          signal?.removeEventListener('abort', abort);
          resolve();
        };
        const abort = () => {
          done();
          reject(signal!.reason);
        };
        const timer = setTimeout(done, wait);
        h.listeners.add(done);
        if (signal?.aborted) abort();
        else signal?.addEventListener('abort', abort, { once: true });
      });
    }
  }

  private changed(h: HostState): void {
    for (const l of [...h.listeners]) l();
  }

  private answered(h: HostState, seq: number, retryAfterMs: number | undefined): void {
    const now = Date.now();
    const hold = h.hold && now < h.hold.until ? h.hold : undefined;
    if (retryAfterMs !== undefined) {
      const until = now + retryAfterMs;
      if (!hold) h.hold = { after: seq, until, confirmed: false };
      else {
        if (seq > hold.after) hold.confirmed = true;
        hold.until = Math.max(hold.until, until);
      }
    } else if (hold && !hold.confirmed && seq > hold.after) h.hold = undefined;
  }

  async run<T>(host: string, send: () => Promise<T>, opts: RunOptions<T> = {}): Promise<T> {
    const { signal, priority = 0 } = opts;
    const h = this.state(host);
    for (;;) {
      await this.cleared(host, h, signal);
      await h.slots.acquire(signal, priority);
      if (!this.open(h)) {
        h.slots.release();
        continue;
      }
      try {
        await this.global.acquire(signal, priority);
      } catch (e) {
        h.slots.release();
        throw e;
      }
      // A hold may have started while this request waited for a global slot.
      if (this.open(h)) break;
      this.global.release();
      h.slots.release();
    }
    const seq = ++this.seq;
    h.sent.add(seq);
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      const answer = await send();
      this.answered(h, seq, opts.retryAfter?.(answer));
      return answer;
    } finally {
      h.sent.delete(seq);
      this.inFlight--;
      this.global.release();
      h.slots.release();
      this.changed(h);
    }
  }
}
