// Words within a few edits of a typo, found by walking a letter trie with one row of the edit-distance table
// per node (alignmentRow, the one edit-distance loop, in src/text/words.ts) (Damerau, optimal string alignment): branches that are already too far are never entered, so a
// search over 60,000 words visits a few thousand nodes instead of comparing every word.
//
// The trie is flat (typed arrays, nodes in depth-first order) and built from the sorted words in one pass:
// building it for SUBTLEX's 74,000 words takes about 10 ms, where a tree of Map nodes took 140 ms.

import { alignmentRow, alignmentStart, UNIT_COSTS } from '../text/words.js';

/** This module, for the key of the trie's snapshot (src/spell/frequency.ts). */
export const TRIE_MODULE = import.meta.url;

/** A built trie as plain data (for a snapshot): its arrays cut to its nodes. */
export interface WordTrieParts {
  words: string[];
  code: Int32Array;
  firstChild: Int32Array;
  nextSibling: Int32Array;
  wordAt: Int32Array;
  maxDepth: number;
}

export class WordTrie {
  private code: Int32Array;
  private firstChild: Int32Array;
  private nextSibling: Int32Array;
  /** Index into `words` of the word ending at a node, or -1. */
  private wordAt: Int32Array;
  private words: string[];
  private size = 1;
  private maxDepth = 0;

  constructor(list: Iterable<string>, parts?: WordTrieParts) {
    if (parts) {
      ({ words: this.words, code: this.code, firstChild: this.firstChild, nextSibling: this.nextSibling, wordAt: this.wordAt, maxDepth: this.maxDepth } = parts);
      this.size = parts.code.length;
      return;
    }
    this.words = [...new Set(list)].sort();
    let cap = 1;
    for (const w of this.words) cap += w.length;
    this.code = new Int32Array(cap);
    this.firstChild = new Int32Array(cap).fill(-1);
    this.nextSibling = new Int32Array(cap).fill(-1);
    this.wordAt = new Int32Array(cap).fill(-1);
    // path[d] = node at depth d of the previous word; lastChild[node] = its last child (to append siblings)
    const lastChild = new Int32Array(cap).fill(-1);
    const path = [0];
    let prev = '';
    this.words.forEach((w, id) => {
      let k = 0;
      while (k < w.length && k < prev.length && w.charCodeAt(k) === prev.charCodeAt(k)) k++;
      path.length = k + 1;
      for (let d = k; d < w.length; d++) {
        const parent = path[d];
        const n = this.size++;
        this.code[n] = w.charCodeAt(d);
        if (lastChild[parent] < 0) this.firstChild[parent] = n;
        else this.nextSibling[lastChild[parent]] = n;
        lastChild[parent] = n;
        path.push(n);
      }
      this.wordAt[path[w.length]] = id;
      if (w.length > this.maxDepth) this.maxDepth = w.length;
      prev = w;
    });
  }

  /** A trie stored earlier (`parts()`). */
  static from(parts: WordTrieParts): WordTrie {
    return new WordTrie([], parts);
  }

  parts(): WordTrieParts {
    const n = this.size;
    return { words: this.words, code: this.code.slice(0, n), firstChild: this.firstChild.slice(0, n), nextSibling: this.nextSibling.slice(0, n), wordAt: this.wordAt.slice(0, n), maxDepth: this.maxDepth };
  }

  /** Whether stored parts have the shape of a trie (the snapshot's checksum guards their contents). */
  static isParts(x: unknown): x is WordTrieParts {
    const p = x as WordTrieParts | undefined;
    if (!p || !Array.isArray(p.words) || typeof p.maxDepth !== 'number') return false;
    const arrays = [p.code, p.firstChild, p.nextSibling, p.wordAt];
    return arrays.every((a) => a instanceof Int32Array && a.length === p.code.length) && p.code.length > 0;
  }

  /**
   * Every word at most `max` plain edits (insert, delete, substitute, swap two neighbours) from `w`. With
   * `starts`, only words beginning with one of those letters (the root's fan-out is most of the work).
   */
  within(w: string, max: number, starts?: string): string[] {
    const out: string[] = [];
    const n = w.length;
    const depthCap = Math.min(this.maxDepth, n + max) + 1;
    // rows[d]: the alignment row after the node at depth d (the path so far turned into prefixes of w)
    const rows = Array.from({ length: depthCap + 1 }, () => new Float64Array(n + 1));
    alignmentStart(w, rows[0], UNIT_COSTS);
    const walk = (node: number, depth: number, path: string) => {
      const min = alignmentRow(path, depth, w, rows[Math.max(0, depth - 2)], rows[depth - 1], rows[depth], UNIT_COSTS);
      if (this.wordAt[node] >= 0 && rows[depth][n] <= max) out.push(this.words[this.wordAt[node]]);
      if (min > max || depth >= depthCap) return;
      for (let c = this.firstChild[node]; c >= 0; c = this.nextSibling[c]) walk(c, depth + 1, path + String.fromCharCode(this.code[c]));
    };
    for (let c = this.firstChild[0]; c >= 0; c = this.nextSibling[c]) if (!starts || starts.includes(String.fromCharCode(this.code[c]))) walk(c, 1, String.fromCharCode(this.code[c]));
    return out;
  }
}
