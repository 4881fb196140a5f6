// A hash index of the lines of a text (one word a line): an open-addressing table (FNV-1a over UTF-16 code units,
// linear probing, at most half full) of line numbers, and where each line starts. A look-up hashes the word and
// compares it with the text at one or two offsets; no string per line is ever made. Building the index of the
// 126,000 shared English words takes ~10 ms, where a Set of them took ~45 ms and its garbage. The index is two
// typed arrays over the text, so it can be stored in a snapshot (src/spell/snapshot.ts) and used as loaded.

export interface WordIndexParts {
  /** Offset in the text where each line starts. */
  starts: Int32Array;
  /** Hash slots: a line number, or -1. Length a power of two. */
  slots: Int32Array;
}

/** This module, for the key of snapshots that store an index. */
export const WORD_INDEX_MODULE = import.meta.url;

const OFFSET = 0x811c9dc5;
const PRIME = 0x01000193;

export class WordIndex {
  private readonly starts: Int32Array;
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** Index the lines of `text` from offset `start` on (empty lines are left out). */
  constructor(
    private readonly text: string,
    start = 0,
    parts?: WordIndexParts,
  ) {
    if (parts) {
      this.starts = parts.starts;
      this.slots = parts.slots;
      this.mask = parts.slots.length - 1;
      return;
    }
    const t = text;
    let lines = 1;
    for (let i = start; i < t.length; i++) if (t.charCodeAt(i) === 10) lines++;
    const starts = new Int32Array(lines);
    let size = 16;
    while (size < lines * 2) size *= 2;
    const slots = new Int32Array(size).fill(-1);
    const mask = size - 1;
    let n = 0;
    let i = start;
    while (i < t.length) {
      const from = i;
      let h = OFFSET;
      let c: number;
      while (i < t.length && (c = t.charCodeAt(i)) !== 10) {
        h = Math.imul(h ^ c, PRIME);
        i++;
      }
      if (i > from) {
        let k = h & mask;
        while (slots[k] >= 0) k = (k + 1) & mask;
        slots[k] = n;
        starts[n++] = from;
      }
      i++;
    }
    this.starts = n === lines ? starts : starts.slice(0, n);
    this.slots = slots;
    this.mask = mask;
  }

  /** An index stored earlier (`parts()`) over the same text. */
  static from(text: string, parts: WordIndexParts): WordIndex {
    return new WordIndex(text, 0, parts);
  }

  parts(): WordIndexParts {
    return { starts: this.starts, slots: this.slots };
  }

  /** Number of indexed lines. */
  get size(): number {
    return this.starts.length;
  }

  /** Line `i` of the index. */
  line(i: number): string {
    const s = this.starts[i];
    const e = this.text.indexOf('\n', s);
    return this.text.slice(s, e < 0 ? this.text.length : e);
  }

  /** Every indexed line, in order. */
  lines(): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.starts.length; i++) out.push(this.line(i));
    return out;
  }

  /** The line number of `word`, or -1 (lines are numbered in the order of the text, from 0). */
  find(word: string): number {
    const n = word.length;
    if (!n) return -1;
    let h = OFFSET;
    for (let i = 0; i < n; i++) h = Math.imul(h ^ word.charCodeAt(i), PRIME);
    const t = this.text;
    const slots = this.slots;
    const mask = this.mask;
    for (let k = h & mask, line = slots[k]; line >= 0; k = (k + 1) & mask, line = slots[k]) {
      const off = this.starts[line];
      if ((off + n === t.length || t.charCodeAt(off + n) === 10) && t.startsWith(word, off)) return line;
    }
    return -1;
  }

  has(word: string): boolean {
    return this.find(word) >= 0;
  }

  /** Whether stored parts have the shape of an index (the snapshot's checksum guards their contents). */
  static isParts(x: unknown): x is WordIndexParts {
    const p = x as WordIndexParts | undefined;
    if (!p || !(p.starts instanceof Int32Array) || !(p.slots instanceof Int32Array)) return false;
    const n = p.slots.length;
    return n >= 16 && (n & (n - 1)) === 0 && n >= p.starts.length * 2;
  }
}
