// On-disk cache of link results, keyed by URL: one JSON file, written atomically (temporary
// file in the same folder, then rename), so a crash or a parallel run never leaves half a file.
// Only settled answers are kept; transient failures (429, 5xx, timeouts, network errors, the
// deadline) are rechecked on the next run.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckResult } from './checker.js';

interface Entry {
  at: number;
  fp: string;
  result: CheckResult;
}

interface FileShape {
  version: 1;
  entries: Record<string, Entry>;
}

export const CACHE_FILE = 'links.json';

export class LinkCache {
  private entries: Record<string, Entry> = {};
  private dirty = false;

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
    this.entries = readEntries(this.file);
    return this;
  }

  get(url: string): CheckResult | undefined {
    const e = this.entries[url];
    if (!e || e.fp !== this.fingerprint) return undefined;
    const age = this.now() - e.at;
    return age >= 0 && age < this.maxAgeMs ? e.result : undefined;
  }

  set(url: string, result: CheckResult): void {
    if (!cacheable(result)) return;
    this.entries[url] = { at: this.now(), fp: this.fingerprint, result };
    this.dirty = true;
  }

  /** Merge with what another run may have written meanwhile, drop expired entries, write atomically. */
  save(): void {
    if (!this.dirty) return;
    const merged = { ...readEntries(this.file), ...this.entries };
    const now = this.now();
    for (const [k, e] of Object.entries(merged)) if (now - e.at >= this.maxAgeMs) delete merged[k];
    const data: FileShape = { version: 1, entries: merged };
    mkdirSync(this.dir, { recursive: true });
    const tmp = join(this.dir, `.${CACHE_FILE}.${process.pid}.${Date.now()}.tmp`);
    try {
      writeFileSync(tmp, JSON.stringify(data), { flag: 'wx' });
      renameSync(tmp, this.file);
      this.dirty = false;
    } catch (e) {
      rmSync(tmp, { force: true });
      throw e;
    }
  }
}

function readEntries(file: string): Record<string, Entry> {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as FileShape;
    return data && data.version === 1 && data.entries && typeof data.entries === 'object' ? data.entries : {};
  } catch {
    return {}; // missing or unreadable: start empty, it is only a cache
  }
}

/** Settled answers only. */
export function cacheable(r: CheckResult): boolean {
  return !r.transient && r.outcome !== 'refused' && r.outcome !== 'skipped';
}
