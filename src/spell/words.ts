// Word lists the team supplies (config `dictionary`, brand spellings) and the rule's own
// supplements, with the casing rule: a lower-case entry accepts any casing; an entry with
// capitals accepts exactly that form and ALL CAPS.
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';

export class WordList {
  private any = new Set<string>();
  private exact = new Set<string>();
  readonly words: string[] = [];

  add(entry: string): void {
    for (const raw of entry.split(/\s+/)) {
      const w = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/’/g, "'");
      if (!w) continue;
      this.words.push(w);
      if (w === w.toLowerCase()) this.any.add(w);
      else {
        this.exact.add(w);
        this.exact.add(w.toUpperCase());
      }
    }
  }

  /** One word as written (no cleaning): for big generated lists. */
  addWord(w: string): void {
    this.words.push(w);
    if (w === w.toLowerCase()) this.any.add(w);
    else {
      this.exact.add(w);
      this.exact.add(w.toUpperCase());
    }
  }

  has(word: string): boolean {
    if (!this.words.length) return false; // the common case for a team without a dictionary: asked for every candidate
    const w = word.includes('’') ? word.replace(/’/g, "'") : word;
    return this.exact.has(w) || this.any.has(w.toLowerCase());
  }

  get size(): number {
    return this.words.length;
  }
}

export interface DictionaryLoad {
  list: WordList;
  /** Word files that could not be read, for a notice. */
  problems: string[];
}

/**
 * The config's `dictionary`: a list, or named groups (each a list or a word-file path); list entries
 * ending in .txt or .dic are word files too. Paths are relative to the config's folder.
 */
export function loadDictionarySetting(setting: unknown, root: string): DictionaryLoad {
  const list = new WordList();
  const problems: string[] = [];
  const entry = (e: unknown) => {
    if (typeof e !== 'string' || !e.trim()) return;
    if (/\.(txt|dic)$/i.test(e.trim())) readWordFile(e.trim(), root, list, problems);
    else list.add(e);
  };
  if (Array.isArray(setting)) setting.forEach(entry);
  else if (setting && typeof setting === 'object') {
    for (const v of Object.values(setting as Record<string, unknown>)) {
      if (typeof v === 'string') readWordFile(v.trim(), root, list, problems);
      else if (Array.isArray(v)) v.forEach(entry);
    }
  } else if (typeof setting === 'string') readWordFile(setting.trim(), root, list, problems);
  return { list, problems };
}

function readWordFile(path: string, root: string, list: WordList, problems: string[]): void {
  const file = isAbsolute(path) ? path : resolve(root, path);
  if (!existsSync(file)) {
    problems.push(path);
    return;
  }
  const lines = readFileSync(file, 'utf8').replace(/^\ufeff/, '').split(/\r?\n/);
  lines.forEach((line, i) => {
    let w = line.trim();
    if (!w || w.startsWith('#')) return;
    if (i === 0 && /^\d+$/.test(w)) return; // hunspell .dic word count
    w = w.replace(/\/\S*$/, ''); // hunspell flags
    list.add(w);
  });
}
