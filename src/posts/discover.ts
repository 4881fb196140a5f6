// From the paths a user typed (files, folders, globs) to the draft files to read.
// Folders are walked respecting .gitignore and .postlintignore at every level; symlink loops
// and unreadable folders are reported, never fatal.
import { readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { glob } from 'tinyglobby';

export const DRAFT_EXT = /\.(md|markdown|txt|ya?ml|json)$/i;
const NEVER = new Set(['node_modules', '.git', '.hg', '.svn']);
// Config and data files that sit beside drafts and are not calendars.
const NOT_DRAFTS = /^(\.postlintrc\.(ya?ml|json)|package(-lock)?\.json|tsconfig\.json|\.pre-commit-hooks\.ya?ml|\.pre-commit-config\.ya?ml|pnpm-lock\.yaml|accounts\.ya?ml)$/i;

export interface Discovered {
  files: { path: string; explicit: boolean }[];
  problems: { path: string; message: string }[];
}

export interface DiscoverOptions {
  cwd: string;
  exclude?: string[];
  /** Folder the exclude globs are relative to. */
  root?: string;
}

interface IgnoreLayer {
  dir: string;
  ig: Ignore;
}

function readIgnores(dir: string): Ignore | undefined {
  let ig: Ignore | undefined;
  for (const name of ['.gitignore', '.postlintignore']) {
    try {
      const text = readFileSync(join(dir, name), 'utf8');
      ig ??= ignore();
      ig.add(text);
    } catch {
      /* no such file */
    }
  }
  return ig;
}

function ignored(layers: IgnoreLayer[], path: string, isDir: boolean): boolean {
  for (const { dir, ig } of layers) {
    const rel = relative(dir, path).split(sep).join('/');
    if (!rel || rel.startsWith('..')) continue;
    if (ig.ignores(isDir ? `${rel}/` : rel)) return true;
  }
  return false;
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
  const out: Discovered = { files: [], problems: [] };
  const seen = new Set<string>();
  const excluded = opts.exclude?.length ? picomatch(opts.exclude, { dot: true }) : undefined;
  const excludeRoot = opts.root ?? opts.cwd;
  const add = (path: string, explicit: boolean) => {
    if (seen.has(path)) return;
    if (excluded && excluded(relative(excludeRoot, path).split(sep).join('/'))) return;
    seen.add(path);
    out.files.push({ path, explicit });
  };

  for (const input of inputs) {
    const abs = resolve(opts.cwd, input);
    let st;
    try {
      st = statSync(abs);
    } catch {
      st = undefined;
    }
    if (st?.isFile()) add(abs, true);
    else if (st?.isDirectory()) walk(abs, ancestorLayers(abs), new Set(), add, out);
    else if (/[*?{}[\]]/.test(input)) {
      const matches = await glob(input, { cwd: opts.cwd, absolute: true, dot: false, ignore: ['**/node_modules/**', '**/.git/**'] });
      const layers = ancestorLayers(opts.cwd);
      for (const m of matches.sort()) {
        if (!ignored([...layers, ...nestedLayers(opts.cwd, m)], m, false)) add(resolve(m), false);
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

function walk(dir: string, layers: IgnoreLayer[], visiting: Set<string>, add: (p: string, explicit: boolean) => void, out: Discovered): void {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (e) {
    out.problems.push({ path: dir, message: `cannot read folder: ${(e as Error).message}` });
    return;
  }
  if (visiting.has(real)) {
    out.problems.push({ path: dir, message: 'symlink loop: this folder links back to one of its parents; skipped' });
    return;
  }
  visiting.add(real);
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    out.problems.push({ path: dir, message: `cannot read folder: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
    visiting.delete(real);
    return;
  }
  const own = readIgnores(dir);
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
        out.problems.push({ path: p, message: 'broken symlink; skipped' });
        continue;
      }
    }
    if (ignored(here, p, isDir)) continue;
    if (isDir) walk(p, here, visiting, add, out);
    else if (isFile && DRAFT_EXT.test(e.name) && !NOT_DRAFTS.test(basename(p))) add(p, false);
  }
  visiting.delete(real);
}
