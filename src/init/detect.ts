// Finding a content repo's drafts: folders holding Markdown with front matter, and the
// accounts and platforms those drafts name.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { bareHandle } from '../text/handles.js';

export interface Detected {
  folders: string[];
  files: number;
  accounts: { handle: string; platforms: string[]; lang?: string }[];
}

const SKIP = new Set(['node_modules', '.git', 'dist', 'build', '.cache']);

export function detectDrafts(root: string, limit = 5000): Detected {
  const folders = new Map<string, number>();
  const accounts = new Map<string, { platforms: Set<string>; langs: Map<string, number> }>();
  let files = 0;
  const walk = (dir: string, depth: number) => {
    if (depth > 6 || files >= limit) return;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (SKIP.has(e.name) || e.name.startsWith('.')) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p, depth + 1);
      else if (/\.(md|markdown|txt)$/i.test(e.name) && !/^(readme|changelog|license|contributing)\./i.test(e.name)) {
        const fm = frontMatter(p);
        if (!fm || (fm.account === undefined && fm.platform === undefined && fm.platforms === undefined)) continue;
        files++;
        const top = relative(root, dir).split(sep)[0] || '.';
        folders.set(top, (folders.get(top) ?? 0) + 1);
        if (typeof fm.account === 'string') {
          const h = bareHandle(fm.account);
          const a = accounts.get(h) ?? { platforms: new Set<string>(), langs: new Map<string, number>() };
          for (const pl of [fm.platform, ...(Array.isArray(fm.platforms) ? fm.platforms : [])]) if (typeof pl === 'string') a.platforms.add(pl.toLowerCase());
          if (typeof fm.lang === 'string') a.langs.set(fm.lang, (a.langs.get(fm.lang) ?? 0) + 1);
          accounts.set(h, a);
        }
      }
    }
  };
  walk(root, 0);
  return {
    folders: [...folders.keys()].sort(),
    files,
    accounts: [...accounts.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([handle, a]) => ({ handle, platforms: [...a.platforms].sort(), lang: [...a.langs.entries()].sort((x, y) => y[1] - x[1])[0]?.[0] })),
  };
}

function frontMatter(path: string): Record<string, unknown> | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8').replace(/^\ufeff/, '');
  } catch {
    return undefined;
  }
  const m = /^---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\s*(?:\r?\n|$)/.exec(text);
  if (!m) return undefined;
  try {
    const data = parse(m[1]) as unknown;
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
