// rules/data/spelling.yaml, read once: parsed from a snapshot (src/spell/snapshot.ts) when there is a current one
// (parsing its 20 KB of YAML took 50-70 ms).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'yaml';
import { packagePath } from '../paths.js';
import { snapshot } from './snapshot.js';
import { WordList } from './words.js';

export interface Confusable {
  word: string;
  suggest: string[];
  note: string;
  unless_next?: string[];
  unless_prev?: string[];
  case_sensitive?: boolean;
  form?: string;
}

export interface SpellingData {
  defer: Set<string>;
  lorem: Set<string>;
  supplements: Map<string, WordList>;
  confusables: Map<string, Confusable[]>;
  repeatOk: Set<string>;
  hashtagWords: Set<string>;
  hyphenPrefixes: Set<string>;
  /** Names for every language (holidays, greetings), as written. */
  names: string[];
  /** Informal spellings (bday, gonna, tonite): style, reported only with the `slang` option. */
  informal: Set<string>;
}

let data: SpellingData | undefined;

export function spellingData(): SpellingData {
  if (data) return data;
  const file = packagePath('rules/data/spelling.yaml');
  const raw = snapshot({
    name: 'data',
    files: [file],
    code: [import.meta.url],
    salt: `yaml@${yamlVersion()}`,
    build: () => parse(readFileSync(file, 'utf8')) as unknown,
    valid: (v): v is unknown => !!v && typeof v === 'object' && !Array.isArray(v),
  }) as {
    defer: { words: string[] }[];
    lorem: { words: string[] };
    supplements: Record<string, { words: string[] }>;
    confusables: Record<string, Confusable[]>;
    repeat_ok: { words: string[] };
    hashtag_words: { words: string[] };
    hyphen_prefixes?: { words: string[] };
    names?: { words: string[] }[];
    informal?: { words: string[] };
  };
  const lower = (ws: string[]) => new Set(ws.map((w) => String(w).toLowerCase()));
  const supplements = new Map<string, WordList>();
  // A group applies to the language of its key, or to its `lang:` (several groups can feed one language).
  for (const [key, g] of Object.entries(raw.supplements ?? {})) {
    const lang = (g as { lang?: string }).lang ?? key;
    let list = supplements.get(lang);
    if (!list) supplements.set(lang, (list = new WordList()));
    for (const w of g.words ?? []) list.add(String(w));
  }
  data = {
    defer: lower(raw.defer.flatMap((g) => g.words)),
    lorem: lower(raw.lorem.words),
    supplements,
    confusables: new Map(Object.entries(raw.confusables ?? {}).filter(([, v]) => Array.isArray(v)).map(([k, v]) => [k, v])),
    repeatOk: lower(raw.repeat_ok.words),
    hashtagWords: lower(raw.hashtag_words.words),
    hyphenPrefixes: lower(raw.hyphen_prefixes?.words ?? []),
    names: (raw.names ?? []).flatMap((g) => g.words.map(String)),
    informal: lower(raw.informal?.words ?? []),
  };
  return data;
}

/** The yaml package's version: its parser makes the data (part of the snapshot's key). */
function yamlVersion(): string {
  try {
    const require = createRequire(import.meta.url);
    return String((require('yaml/package.json') as { version?: unknown }).version ?? '');
  } catch {
    return '';
  }
}
