// Applying fixes: non-overlapping, in order, and writing files so that a crash never leaves
// a half-written draft (temporary file in the same folder, then rename; mode and BOM kept).
import { chmodSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Fix } from '../types.js';

/** Apply fixes that do not overlap (first come, first served by position); the rest wait for the next pass. */
export function applyFixes(text: string, fixes: Fix[]): string {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let out = '';
  let last = 0;
  for (const f of sorted) {
    const [s, e] = f.range;
    if (s < last || s > e || e > text.length) continue;
    out += text.slice(last, s) + f.text;
    last = e;
  }
  return out + text.slice(last);
}

export function writeAtomic(path: string, text: string, opts: { bom?: boolean; mode?: number } = {}): void {
  const tmp = join(dirname(path), `.${basename(path)}.postlint-${process.pid}-${Date.now()}.tmp`);
  try {
    writeFileSync(tmp, (opts.bom ? '\ufeff' : '') + text, { encoding: 'utf8', flag: 'wx' });
    if (opts.mode !== undefined) chmodSync(tmp, opts.mode & 0o7777);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
