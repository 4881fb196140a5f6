// Applying fixes: non-overlapping, in order. (Writing them is src/fs/write-atomic.ts.)
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
