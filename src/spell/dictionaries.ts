// Hunspell dictionaries from `dictionary-<lang>` npm packages, found at run time, and one retext
// processor (retext-english + retext-spell) per dictionary per process. en (US) and en-GB come with postlint; any other language
// works once its package is installed next to the config (or next to postlint).
//
// Large dictionaries (Norwegian: 5 MB, 2-2.6 s and ~150 MB to build) are built in a worker
// thread, so the main thread stays free (other languages, progress output) while they load.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { packageRoot } from '../paths.js';
import type { Checked } from './retext.js';
import type { SpellBackend } from './suggest.js';

/** npm package names that may hold the dictionary for a language tag, best first. */
export function dictionaryPackages(lang: string): string[] {
  const tag = lang.trim().toLowerCase().replace(/_/g, '-');
  const primary = tag.split('-')[0];
  if (primary === 'no' || tag === 'nb-no') return ['dictionary-nb'];
  if (tag === 'nn-no') return ['dictionary-nn'];
  const out = [`dictionary-${tag}`];
  // pt-BR may fall back to pt; English variants fall back to British English in the rule instead.
  if (primary !== tag && primary !== 'en') out.push(`dictionary-${primary}`);
  return out;
}

export interface DictionaryFiles {
  /** `dictionary-<lang>` for a Hunspell package; `postlint-en-US` / `postlint-en-GB` for the bundled English vocabulary. */
  name: string;
  /** The bundled English vocabulary (no aff/dic files). */
  bundled?: 'en-US' | 'en-GB';
  dir: string;
  aff: string;
  dic: string;
  size: number;
}

/** US and British English are checked with postlint's own vocabulary (rules/data/spelling-en*.txt). */
export function bundledEnglish(lang: string): DictionaryFiles | undefined {
  const tag = lang.trim().toLowerCase().replace(/_/g, '-');
  const variant = tag === 'en' || tag === 'en-us' ? 'en-US' : tag === 'en-gb' || tag === 'en-uk' ? 'en-GB' : undefined;
  if (!variant) return undefined;
  return { name: `postlint-${variant}`, bundled: variant, dir: `postlint:${variant}`, aff: '', dic: '', size: 0 };
}

/** Where a language's dictionary is: postlint's English, or an installed package searched from each folder upwards (node_modules), then by Node's resolver. */
export function findDictionary(lang: string, from: string[]): DictionaryFiles | undefined {
  const own = bundledEnglish(lang);
  if (own) return own;
  for (const name of dictionaryPackages(lang)) {
    for (const start of from) {
      let dir = resolve(start);
      for (;;) {
        const hit = filesIn(name, join(dir, 'node_modules', name));
        if (hit) return hit;
        const up = dirname(dir);
        if (up === dir) break;
        dir = up;
      }
    }
    for (const start of from) {
      try {
        const main = createRequire(join(resolve(start), 'noop.js')).resolve(name);
        const hit = filesIn(name, dirname(main));
        if (hit) return hit;
      } catch {
        // not resolvable from there
      }
    }
  }
  return undefined;
}

function filesIn(name: string, dir: string): DictionaryFiles | undefined {
  const aff = join(dir, 'index.aff');
  const dic = join(dir, 'index.dic');
  if (!existsSync(aff) || !existsSync(dic)) return undefined;
  return { name, dir, aff, dic, size: statSync(dic).size };
}

/** Folders dictionaries are looked up from: the config's folder, then postlint's own. */
export function searchFolders(configRoot: string): string[] {
  return [configRoot, packageRoot()];
}

export interface Checker extends SpellBackend {
  name: string;
  /** Letters to try in edits (the dictionary's TRY line, lower case). */
  alphabet: string;
  /** Whether its processor runs in a worker thread. */
  threaded: boolean;
  /** Milliseconds it took to build. */
  buildMs: number;
  /** retext-english + retext-spell over each (masked) text: its words, sentence starts and rejected words. */
  check(texts: string[]): Promise<Checked[]>;
  /** Set for postlint's in-process vocabulary: the same answer as correctMany, for one word, at once. */
  has?: (word: string) => boolean;
}

/** Dictionaries above this size are built in a worker thread. */
export const WORKER_THRESHOLD = 2_000_000;

const checkers = new Map<string, Promise<Checker>>();

/** The one checker (a frozen retext processor) for these files in this process. */
export function loadChecker(files: DictionaryFiles, opts: { worker?: boolean } = {}): Promise<Checker> {
  let hit = checkers.get(files.dir);
  if (!hit) {
    const threaded = opts.worker ?? files.size > WORKER_THRESHOLD;
    hit = buildChecker(files, threaded);
    checkers.set(files.dir, hit);
    hit.catch(() => checkers.delete(files.dir));
  }
  return hit;
}

function alphabetOf(aff: string): string {
  const m = /^TRY\s+(\S+)/m.exec(aff);
  const letters = new Set((m?.[1] ?? 'abcdefghijklmnopqrstuvwxyz').toLowerCase());
  for (const c of 'abcdefghijklmnopqrstuvwxyz') letters.add(c);
  return [...letters].filter((c) => /[\p{L}']/u.test(c)).join('');
}

/** Whether a dictionary package is English (parsed with retext-english; others with retext's Latin-script parser). */
export function isEnglishDictionary(name: string): boolean {
  return name === 'dictionary-en' || name.startsWith('dictionary-en-') || name.startsWith('postlint-en-');
}

async function buildChecker(files: DictionaryFiles, threaded: boolean): Promise<Checker> {
  const t0 = performance.now();
  if (files.bundled) {
    const { englishVocabulary } = await import('./vocabulary.js');
    const { vocabularyRetext } = await import('./retext.js');
    const vocab = englishVocabulary(files.bundled);
    const proc = await vocabularyRetext((w) => vocab.has(w));
    return { name: files.name, alphabet: "abcdefghijklmnopqrstuvwxyz'", threaded: false, buildMs: performance.now() - t0, check: proc.check, correctMany: proc.correctMany, has: (w) => vocab.has(w) };
  }
  const english = isEnglishDictionary(files.name);
  const { localRetext, workerRetext } = await import('./retext.js');
  const proc = threaded ? await workerRetext(files.dir, files.aff, files.dic, english, files.size > WORKER_THRESHOLD) : await localRetext(files.aff, files.dic, english);
  return {
    name: files.name,
    alphabet: alphabetOf(readFileSync(files.aff, 'utf8')),
    threaded,
    buildMs: performance.now() - t0,
    check: proc.check,
    correctMany: proc.correctMany,
  };
}

export interface CompoundInfo {
  /** Shortest part (COMPOUNDMIN, at least 3). */
  min: number;
  /** Stems the dictionary allows at the start of a compound (COMPOUNDFLAG / COMPOUNDBEGIN), lower case; undefined = no flags known. */
  stems?: Set<string>;
}

const compoundCache = new Map<string, CompoundInfo>();

/** How a dictionary compounds, read from its files (nspell ignores COMPOUNDFLAG). */
export function compoundInfo(files: DictionaryFiles): CompoundInfo {
  const hit = compoundCache.get(files.dir);
  if (hit) return hit;
  if (files.bundled) return { min: 3 };
  const aff = readFileSync(files.aff, 'utf8');
  const min = Math.max(3, Number(/^COMPOUNDMIN\s+(\d+)/m.exec(aff)?.[1] ?? 3));
  const flagType = /^FLAG\s+(\S+)/m.exec(aff)?.[1];
  const flags = [...aff.matchAll(/^(?:COMPOUNDFLAG|COMPOUNDBEGIN)\s+(\S+)/gm)].map((m) => m[1]);
  let stems: Set<string> | undefined;
  if (flags.length) {
    stems = new Set();
    const split = (f: string): string[] => (flagType === 'long' ? f.match(/../g) ?? [] : flagType === 'num' ? f.split(',') : [...f]);
    const text = readFileSync(files.dic, 'utf8');
    let start = text.indexOf('\n') + 1;
    while (start > 0 && start < text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const line = text.slice(start, end);
      const slash = line.indexOf('/');
      if (slash > 0) {
        const f = line.slice(slash + 1).split(/\s/)[0];
        if (split(f).some((x) => flags.includes(x))) stems.add(line.slice(0, slash).toLowerCase());
      }
      start = end + 1;
    }
  }
  const info = { min, stems };
  compoundCache.set(files.dir, info);
  return info;
}
