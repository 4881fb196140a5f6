// Lint files or a string, with --fix passes: the entry points the CLI and the API share.
// The one pipeline: set up (config and rules, once) → read sources → engine passes (consulting
// the result cache per file when there is one, re-passing after fixes) → summary.
import { readFileSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { isMap, isSeq } from 'yaml';
import { ResultCache } from './cache/results.js';
import type { ResolvedConfig } from './config/types.js';
import { ENGINE_ID, engineMessage, type EngineMessageId } from './engine/engine-id.js';
import { fileResult } from './engine/finish.js';
import { applyFixes } from './engine/fix.js';
import { lintPass, type EngineOptions } from './engine/run.js';
import { setUp, type LintSetup, type SetupOptions } from './engine/setup.js';
import type { ResultStore } from './engine/store.js';
import { discover } from './posts/discover.js';
import { decodeSource, InputError, makeSource } from './posts/source.js';
import { parseYaml } from './posts/yaml.js';
import type { LintResult, Message, MessageData, RunSummary, SourceFile } from './types.js';

export interface LintOptions extends EngineOptions, SetupOptions {
  /** The config and rules, already resolved by setUp(): `config` and `extraRules` are then not read. */
  setup?: LintSetup;
  fix?: boolean;
  /** Largest file read, in bytes. */
  maxFileSize?: number;
  /** Lint named files even when .gitignore, .postlintignore or the config's exclude covers them. */
  noIgnore?: boolean;
  /** Say (as a notice) that a named file is ignored; default true. */
  warnIgnored?: boolean;
  /** Of the files named, lint only those the config's include selects. */
  respectInclude?: boolean;
  /** Keep findings in this file and reuse them for unchanged drafts (--cache). */
  cacheLocation?: string;
}

const MAX_PASSES = 10;

const rel = (cwd: string, p: string) => relative(cwd, p).split(sep).join('/') || p;

/** Lint draft files and folders. With no paths, the config's `include` globs. */
export async function lintFiles(paths: string[], opts: LintOptions = {}): Promise<RunSummary> {
  const setup = opts.setup ?? (await setUp(opts));
  const read = await readSources(paths, setup.config, opts);
  const cache = opts.cacheLocation ? new ResultCache(opts.cacheLocation, setup, opts) : undefined;
  const summary = await lintSources(read.sources, setup, opts, cache);
  cache?.save(read.sources.map((s) => s.path));
  return mergeSummary(read, summary);
}

/**
 * ESLint's `source`: the text of each file that has messages (reviewdog's converters need it).
 * A result --fix changed already holds its original text there.
 */
function attachSources(results: LintResult[], sources: SourceFile[]): void {
  const text = new Map(sources.map((s) => [s.path, s.text]));
  for (const r of results) if (r.source === undefined && r.messages.length) r.source = text.get(r.filePath);
}

interface ReadSources {
  sources: SourceFile[];
  /** Every file the inputs named, including YAML/JSON skipped as not a calendar. */
  found: number;
  /** Files that could not be read as drafts, as results of their own. */
  broken: LintResult[];
  notices: string[];
}

/** Discover and decode drafts; unreadable, binary or oversized files become findings, not crashes. */
async function readSources(paths: string[], config: ResolvedConfig, opts: LintOptions): Promise<ReadSources> {
  const cwd = opts.cwd ?? process.cwd();
  const inputs = paths.length ? paths : config.include.map((g) => rel(cwd, resolve(config.root, g)));
  const found = await discover(inputs, {
    cwd,
    exclude: config.exclude,
    root: config.root,
    noIgnore: opts.noIgnore,
    include: opts.respectInclude && paths.length ? config.include : undefined,
  });
  const max = opts.maxFileSize ?? (config.settings.max_file_size as number | undefined) ?? 1024 * 1024;

  const sources: SourceFile[] = [];
  const broken: LintResult[] = [];
  const notices: string[] = [];
  for (const p of found.problems) {
    // An include glob that matches nothing is normal (a config lists .md and .yaml, a repo has one);
    // a path the user typed that matches nothing is worth saying.
    if (!p.messageId) {
      if (paths.length) notices.push(p.message);
    }
    else broken.push(problemResult(resolve(cwd, p.path), rel(cwd, resolve(cwd, p.path)), { messageId: p.messageId, data: p.data }));
  }
  if (opts.warnIgnored !== false)
    for (const i of found.ignored) {
      const where = i.source ? rel(cwd, i.source) : `exclude in ${config.file ? rel(cwd, config.file) : 'the config'}`;
      notices.push(`${rel(cwd, i.path)}: ignored because of a matching ignore pattern ("${i.pattern}", ${where}); use --no-ignore to lint it`);
    }
  for (const { path, explicit } of found.files) {
    const relPath = rel(cwd, path);
    try {
      const st = statSync(path);
      if (st.size > max) throw new InputError('tooBig', { size: st.size, max });
      const source = decodeSource(readFileSync(path), path, relPath, st.mode);
      // YAML/JSON is linted only when it is a calendar of posts (or broken, so the error shows):
      // config files, workflows and data beside the drafts are not posts. Named files say so.
      if (/\.(ya?ml|json)$/i.test(path)) {
        const shape = calendarShape(source.text);
        if (shape === 'other') {
          if (explicit) notices.push(`${relPath} is not a calendar of posts (a list of posts, each with "text"); skipped`);
          continue;
        }
      }
      sources.push(source);
    } catch (e) {
      const input = e instanceof InputError ? e : undefined;
      const err = e as NodeJS.ErrnoException;
      const found: Found = input ? { messageId: input.messageId, data: { file: relPath, ...input.data } } : { messageId: 'unreadableFile', data: { file: relPath, error: err.code ?? err.message } };
      broken.push(problemResult(path, relPath, found, input?.line ?? 1, input?.column ?? 1));
    }
  }
  // Ignored and out-of-include files were named, so "nothing found" would be wrong: a hook that
  // hands over only excluded drafts has nothing to do, which is a pass.
  return { sources, broken, notices, found: found.files.length + found.ignored.length + found.outside };
}

function mergeSummary(read: ReadSources, summary: RunSummary): RunSummary {
  summary.results = [...read.broken, ...summary.results].sort((a, b) => (a.relPath < b.relPath ? -1 : a.relPath > b.relPath ? 1 : 0));
  summary.notices.unshift(...read.notices);
  summary.filesFound = read.found;
  attachSources(summary.results, read.sources);
  return summary;
}

function calendarShape(text: string): 'calendar' | 'broken' | 'other' {
  const parsed = parseYaml(text);
  if (!parsed.doc || parsed.doc.errors.length) return 'broken';
  const c = parsed.doc.contents;
  if (isSeq(c)) return c.items.some((i) => isMap(i) && (i.has('text') || i.has('body'))) ? 'calendar' : 'other';
  return isMap(c) && isSeq(c.get('posts', true)) ? 'calendar' : 'other';
}

type Found = { messageId: EngineMessageId; data?: MessageData };

function problemResult(path: string, relPath: string, { messageId, data }: Found, line = 1, column = 1): LintResult {
  const m: Message = { ruleId: ENGINE_ID, severity: 2, message: engineMessage(messageId, data), messageId, ...(data ? { data } : {}), line, column, endLine: line, endColumn: column, post: 0, postId: relPath, fatal: true };
  // No text could be read, but ESLint consumers expect `source` beside messages.
  const r = fileResult({ path, relPath }, [m], [], [{ id: relPath, index: 0, platforms: [], line, passed: false, errorCount: 1, warningCount: 0 }]);
  r.source = '';
  return r;
}

/** Lint one text as if it were the file `filePath` (stdin, editors, tests). */
export async function lintText(text: string, opts: LintOptions & { filePath?: string } = {}): Promise<RunSummary> {
  const cwd = opts.cwd ?? process.cwd();
  const path = resolve(cwd, opts.filePath ?? 'stdin.md');
  const bom = text.charCodeAt(0) === 0xfeff;
  const source = makeSource(bom ? text.slice(1) : text, path, rel(cwd, path), bom);
  const summary = await lintSources([source], opts.setup ?? (await setUp(opts)), opts);
  attachSources(summary.results, [source]);
  return summary;
}

/** Lint sources; with `fix`, apply fixes and lint again until nothing changes (bounded). */
async function lintSources(sources: SourceFile[], setup: LintSetup, opts: LintOptions, store?: ResultStore): Promise<RunSummary> {
  const notices: string[] = [];
  const engine: EngineOptions = { ...opts, notice: (m) => (opts.notice ? opts.notice(m) : notices.push(m)) };
  let pass = await lintPass(sources, setup, engine, store);
  if (opts.fix) {
    const original = new Map(sources.map((s) => [s.path, s.text]));
    let current = sources;
    for (let i = 0; i < MAX_PASSES; i++) {
      let changed = false;
      current = current.map((s) => {
        const r = pass.results.find((x) => x.filePath === s.path);
        const fixes = r?.messages.filter((m) => m.fix).map((m) => m.fix!) ?? [];
        if (!fixes.length) return s;
        const text = applyFixes(s.text, fixes);
        if (text === s.text) return s;
        changed = true;
        return makeSource(text, s.path, s.relPath, s.bom, s.mode);
      });
      if (!changed) break;
      pass = await lintPass(current, setup, engine, store);
    }
    for (const r of pass.results) {
      const s = current.find((x) => x.path === r.filePath);
      if (s && s.text !== original.get(s.path)) {
        r.output = s.text;
        r.source = original.get(s.path);
        r.bom = s.bom;
      }
    }
  }
  return { results: pass.results, notices, fatal: pass.fatal };
}
