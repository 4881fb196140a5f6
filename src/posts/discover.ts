// From the paths a user typed (files, folders, globs) to the draft files to read.
// Folders are walked respecting .gitignore and .postlintignore at every level; symlink loops
// and unreadable folders are reported, never fatal. A file named explicitly that an ignore
// file or the config's exclude covers is not linted either, but said so (as ESLint does).
import { readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { glob } from 'tinyglobby';
import { engineMessage, type EngineMessageId } from '../engine/engine-id.js';
import type { MessageData } from '../types.js';

export const DRAFT_EXT = /\.(md|markdown|txt|ya?ml|json)$/i;
const NEVER = new Set(['node_modules', '.git', '.hg', '.svn']);
// Config and data files that sit beside drafts and are not calendars.
const NOT_DRAFTS = /^(\.postlintrc\.(ya?ml|json)|package(-lock)?\.json|tsconfig\.json|\.pre-commit-hooks\.ya?ml|\.pre-commit-config\.ya?ml|pnpm-lock\.yaml|accounts\.ya?ml)$/i;

export interface Discovered {
  files: { path: string; explicit: boolean }[];
  /** Paths that match nothing have no messageId (a notice); the others are postlint's own findings. */
  problems: { path: string; message: string; messageId?: EngineMessageId; data?: MessageData }[];
  /** Files named explicitly that an ignore pattern covers: not linted, and worth a notice. */
  ignored: { path: string; pattern: string; /** The ignore file; undefined for the config's exclude. */ source?: string }[];
  /** Files left out because the config's include does not select them (respectInclude). */
  outside: number;
}

function found(path: string, messageId: EngineMessageId, data?: MessageData): Discovered['problems'][number] {
  return { path, message: engineMessage(messageId, data), messageId, ...(data ? { data } : {}) };
}

export interface DiscoverOptions {
  cwd: string;
  exclude?: string[];
  /** Folder the include and exclude globs are relative to. */
  root?: string;
  /** Lint what is named even when .gitignore, .postlintignore or exclude covers it. */
  noIgnore?: boolean;
  /** Keep only the files these globs (the config's include) select. */
  include?: string[];
}

interface IgnoreLayer {
  dir: string;
  ig: Ignore;
}

function readIgnores(dir: string): Ignore | undefined {
  let ig: Ignore | undefined;
  for (const name of ['.gitignore', '.postlintignore']) {
    let text: string;
    try {
      text = readFileSync(join(dir, name), 'utf8');
    } catch {
      continue; // no such file
    }
    // Each pattern is marked with its file, so a notice can say which pattern of which file.
    ig ??= ignore();
    ig.add(text.split(/\r?\n/).map((pattern) => ({ pattern, mark: join(dir, name) })));
  }
  return ig;
}

/** The ignore rule that covers `path`, if any (the last matching one, as git check-ignore says). */
function ignoredBy(layers: IgnoreLayer[], path: string, isDir: boolean): { pattern: string; source: string } | undefined {
  for (const { dir, ig } of layers) {
    const rel = relative(dir, path).split(sep).join('/');
    if (!rel || rel.startsWith('..')) continue;
    const t = ig.test(isDir ? `${rel}/` : rel);
    if (t.ignored) return { pattern: t.rule?.pattern ?? rel, source: t.rule?.mark ?? dir };
  }
  return undefined;
}

const ignored = (layers: IgnoreLayer[], path: string, isDir: boolean) => ignoredBy(layers, path, isDir) !== undefined;

/** Globs relative to a folder, as a matcher of absolute paths. A plain folder name selects what is under it. */
function globMatcher(globs: string[], root: string): (path: string) => string | undefined {
  const list = globs.map((g) => g.replace(/^\.\//, ''));
  const tests = list.map((g) => {
    if (/[*?{}[\]!]/.test(g)) return picomatch(g, { dot: true });
    const plain = g.replace(/\/+$/, '');
    return (rel: string) => rel === plain || rel.startsWith(`${plain}/`);
  });
  return (path) => {
    const rel = relative(root, path).split(sep).join('/');
    const i = tests.findIndex((t) => t(rel));
    return i < 0 ? undefined : list[i];
  };
}

/** Ignore files from the filesystem root down to `dir` (a repo's top .gitignore applies below). */
function ancestorLayers(dir: string): IgnoreLayer[] {
  const layers: IgnoreLayer[] = [];
  const chain: string[] = [];
  for (let d = resolve(dir); ; d = resolve(d, '..')) {
    chain.unshift(d);
    if (resolve(d, '..') === d) break;
  }
  for (const d of chain) {
    const ig = readIgnores(d);
    if (ig) layers.push({ dir: d, ig });
  }
  return layers;
}

export async function discover(inputs: string[], opts: DiscoverOptions): Promise<Discovered> {
  const out: Discovered = { files: [], problems: [], ignored: [], outside: 0 };
  const seen = new Set<string>();
  const root = opts.root ?? opts.cwd;
  const excluded = opts.exclude?.length && !opts.noIgnore ? globMatcher(opts.exclude, root) : undefined;
  const included = opts.include ? globMatcher(opts.include, root) : undefined;
  const add = (path: string, explicit: boolean) => {
    if (seen.has(path)) return;
    seen.add(path);
    if (included && !included(path)) {
      out.outside++;
      return;
    }
    const pattern = excluded?.(path);
    if (pattern !== undefined) {
      if (explicit) out.ignored.push({ path, pattern });
      return;
    }
    out.files.push({ path, explicit });
  };
  // Ignore files above a named file, read once per folder (a hook names many files in few folders).
  const layersOf = new Map<string, IgnoreLayer[]>();
  const addNamed = (path: string) => {
    if (!opts.noIgnore && !seen.has(path)) {
      const dir = dirname(path);
      let layers = layersOf.get(dir);
      if (!layers) layersOf.set(dir, (layers = ancestorLayers(dir)));
      const by = ignoredBy(layers, path, false);
      if (by) {
        seen.add(path);
        out.ignored.push({ path, ...by });
        return;
      }
    }
    add(path, true);
  };

  for (const input of inputs) {
    const abs = resolve(opts.cwd, input);
    let st;
    try {
      st = statSync(abs);
    } catch {
      st = undefined;
    }
    if (st?.isFile()) addNamed(abs);
    else if (st?.isDirectory()) walk(abs, opts.noIgnore ? [] : ancestorLayers(abs), new Set(), add, out, !opts.noIgnore);
    else if (/[*?{}[\]]/.test(input)) {
      const matches = await glob(input, { cwd: opts.cwd, absolute: true, dot: false, ignore: ['**/node_modules/**', '**/.git/**'] });
      const layers = opts.noIgnore ? [] : ancestorLayers(opts.cwd);
      for (const m of matches.sort()) {
        if (opts.noIgnore || !ignored([...layers, ...nestedLayers(opts.cwd, m)], m, false)) add(resolve(m), false);
      }
      if (!matches.length) out.problems.push({ path: input, message: `no files match '${input}'` });
    } else out.problems.push({ path: input, message: `no such file or folder: ${input}` });
  }
  return out;
}

/** Ignore files in folders between cwd and a glob match. */
function nestedLayers(cwd: string, file: string): IgnoreLayer[] {
  const layers: IgnoreLayer[] = [];
  const rel = relative(cwd, file).split(sep).slice(0, -1);
  let d = cwd;
  for (const part of rel) {
    d = join(d, part);
    const ig = readIgnores(d);
    if (ig) layers.push({ dir: d, ig });
  }
  return layers;
}

function walk(dir: string, layers: IgnoreLayer[], visiting: Set<string>, add: (p: string, explicit: boolean) => void, out: Discovered, useIgnores = true): void {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (e) {
    out.problems.push(found(dir, 'unreadableFolder', { error: (e as Error).message }));
    return;
  }
  if (visiting.has(real)) {
    out.problems.push(found(dir, 'symlinkLoop'));
    return;
  }
  visiting.add(real);
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    out.problems.push(found(dir, 'unreadableFolder', { error: (e as NodeJS.ErrnoException).code ?? (e as Error).message }));
    visiting.delete(real);
    return;
  }
  const own = useIgnores ? readIgnores(dir) : undefined;
  const here = own ? [...layers, { dir, ig: own }] : layers;
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (NEVER.has(e.name)) continue;
    const p = join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const st = statSync(p);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch {
        out.problems.push(found(p, 'brokenSymlink'));
        continue;
      }
    }
    if (ignored(here, p, isDir)) continue;
    if (isDir) walk(p, here, visiting, add, out, useIgnores);
    else if (isFile && DRAFT_EXT.test(e.name) && !NOT_DRAFTS.test(basename(p))) add(p, false);
  }
  visiting.delete(real);
}
