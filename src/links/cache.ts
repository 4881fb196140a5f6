// On-disk cache of link results, keyed by URL: one JSON file, written atomically (writeAtomic:
// temporary file in the same folder, then rename), so a crash or a parallel run never leaves
// half a file. Only settled answers are kept as results; transient failures (429, 5xx, timeouts,
// network errors, the deadline) are rechecked on the next run.
//
// Beside the results, the file remembers for a short while what the last run learnt about
// failures that may pass, so a re-run right after one does not redo the whole wait:
//   - `recent`: a URL that still failed after its retries (5xx, 429, dropped connection) is asked
//     once more, without retries, for RECENT_MS;
//   - `holds`: a host that asked to be left alone (Retry-After) is left alone until that time.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomic } from '../fs/write-atomic.js';
import type { CheckResult, Hold, RecentFailure } from './types.js';

interface Entry {
  at: number;
  fp: string;
  result: CheckResult;
}

interface FileShape {
  version: 1;
  entries: Record<string, Entry>;
  recent?: Record<string, RecentFailure>;
  holds?: Record<string, Hold>;
}

export const CACHE_FILE = 'links.json';
/** How long a failure that may pass changes how hard the next run tries (asked once instead of retried). */
export const RECENT_MS = 10 * 60_000;

export class LinkCache {
  private data: Required<FileShape> = empty();
  private dirty = false;
  /** URLs whose `recent` record this run made obsolete (they must not come back from the file on merge). */
  private readonly forgotten = new Set<string>();

  constructor(
    readonly dir: string,
    readonly maxAgeMs: number,
    readonly fingerprint: string,
    private readonly now: () => number = Date.now,
  ) {}

  get file(): string {
    return join(this.dir, CACHE_FILE);
  }

  load(): this {
    this.data = readFile(this.file);
    return this;
  }

  get(url: string): CheckResult | undefined {
    const e = this.data.entries[url];
    if (!e || e.fp !== this.fingerprint) return undefined;
    const age = this.now() - e.at;
    return age >= 0 && age < this.maxAgeMs ? e.result : undefined;
  }

  /** Keep a result: settled ones as results, failures that may pass as `recent` (and forget an older one). */
  set(url: string, result: CheckResult): void {
    // Not asked (its host on hold, or its site's time not come yet): what was remembered stands.
    if (result.requests === 0 && !cacheable(result)) return;
    if (this.data.recent[url]) {
      this.forgotten.add(url);
      delete this.data.recent[url];
      this.dirty = true;
    }
    if (cacheable(result)) this.data.entries[url] = { at: this.now(), fp: this.fingerprint, result };
    else if (retriedFailure(result)) this.data.recent[url] = { at: this.now(), status: result.status, tries: result.tries ?? 1, retryAt: result.retryAt };
    else return;
    this.dirty = true;
  }

  recent(url: string): RecentFailure | undefined {
    const r = this.data.recent[url];
    const age = r ? this.now() - r.at : -1;
    return r && age >= 0 && age < RECENT_MS ? r : undefined;
  }

  holds(): [string, Hold][] {
    const now = this.now();
    return Object.entries(this.data.holds).filter(([, h]) => h.until > now);
  }

  setHolds(holds: [string, Hold][]): void {
    for (const [host, h] of holds) this.data.holds[host] = h;
    if (holds.length) this.dirty = true;
  }

  /** Merge with what another run may have written meanwhile, drop expired entries, write atomically. */
  save(): void {
    if (!this.dirty) return;
    const disk = readFile(this.file);
    const now = this.now();
    const keep = <T>(all: Record<string, T>, alive: (x: T) => boolean) => Object.fromEntries(Object.entries(all).filter(([, x]) => alive(x)));
    const recent = { ...disk.recent, ...this.data.recent };
    for (const url of this.forgotten) if (!this.data.recent[url]) delete recent[url];
    const data: FileShape = {
      version: 1,
      entries: keep({ ...disk.entries, ...this.data.entries }, (e) => now - e.at < this.maxAgeMs),
      recent: keep(recent, (r) => now - r.at < RECENT_MS),
      holds: keep({ ...disk.holds, ...this.data.holds }, (h) => h.until > now),
    };
    mkdirSync(this.dir, { recursive: true });
    writeAtomic(this.file, JSON.stringify(data));
    this.dirty = false;
  }
}

function empty(): Required<FileShape> {
  return { version: 1, entries: {}, recent: {}, holds: {} };
}

function readFile(file: string): Required<FileShape> {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as FileShape;
    if (!data || data.version !== 1 || !data.entries || typeof data.entries !== 'object') return empty();
    const obj = <T>(x: T | undefined) => (x && typeof x === 'object' ? x : {}) as T;
    return { version: 1, entries: data.entries, recent: obj(data.recent), holds: obj(data.holds) };
  } catch {
    return empty(); // missing or unreadable: start empty, it is only a cache
  }
}

/** Settled answers only. */
export function cacheable(r: CheckResult): boolean {
  return !r.transient && r.outcome !== 'refused' && r.outcome !== 'skipped';
}

/** A failure that may pass and that was already retried (or asked to wait): worth remembering how hard it was tried. */
function retriedFailure(r: CheckResult): boolean {
  return r.transient && (r.outcome === 'broken' || r.outcome === 'unverifiable') && (r.kind === 'http' || r.kind === 'rate-limited' || r.kind === 'reset' || r.kind === 'dns-temporary');
}
