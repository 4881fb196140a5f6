// Politeness: at most `concurrency` requests in flight overall and `perHost` per host, and a
// host that answered 429/503 with Retry-After is left alone until that time. A request takes
// its host's slot first, then a global one, so a busy host never holds global slots idle.

export class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(readonly size: number) {}

  acquire(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.active < this.size) {
      this.active++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const go = () => {
        signal?.removeEventListener('abort', abort);
        this.active++;
        resolve();
      };
      const abort = () => {
        const i = this.waiting.indexOf(go);
        if (i >= 0) this.waiting.splice(i, 1);
        reject(signal!.reason);
      };
      signal?.addEventListener('abort', abort, { once: true });
      this.waiting.push(go);
    });
  }

  release(): void {
    this.active--;
    const next = this.waiting.shift();
    if (next) next();
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

export class HostLimiter {
  private readonly global: Semaphore;
  private readonly hosts = new Map<string, Semaphore>();
  private readonly pausedUntil = new Map<string, number>();
  /** Requests in flight now, and the most there ever were (for tests and the benchmark). */
  inFlight = 0;
  maxInFlight = 0;

  constructor(
    concurrency: number,
    private readonly perHost: number,
  ) {
    this.global = new Semaphore(concurrency);
  }

  /** Leave `host` alone until `until` (epoch ms), e.g. after Retry-After. */
  pause(host: string, until: number): void {
    if ((this.pausedUntil.get(host) ?? 0) < until) this.pausedUntil.set(host, until);
  }

  async run<T>(host: string, fn: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    let sem = this.hosts.get(host);
    if (!sem) this.hosts.set(host, (sem = new Semaphore(this.perHost)));
    await sem.acquire(signal);
    try {
      // Honour a pause that started while this request waited for its slot.
      for (let until = this.pausedUntil.get(host) ?? 0; until > Date.now(); until = this.pausedUntil.get(host) ?? 0) await sleep(until - Date.now(), signal);
      await this.global.acquire(signal);
      this.inFlight++;
      this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
      try {
        return await fn();
      } finally {
        this.inFlight--;
        this.global.release();
      }
    } finally {
      sem.release();
    }
  }
}
