// --cache: posts whose text, resolved config, postlint version and rule data are unchanged are
// not linted again; their findings come from the cache file. Rules that depend on the clock's
// instant or on the network (meta.time === true, meta.network, a trending feed) always run: a
// stale answer there is a wrong answer. Rules that depend on the date only (meta.time === 'day')
// are reused within the same day of the clock.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { writeAtomic } from '../fs/write-atomic.js';
import { loadRules } from '../engine/registry.js';
import { needsMet } from '../engine/rule.js';
import { fileResult } from '../engine/run.js';
import { lintFiles, lintSources, mergeSummary, readSources, resolveLintConfig, type LintOptions } from '../lint.js';
import { packagePath } from '../paths.js';
import type { LintResult, Message, PostResult, RunSummary, SuppressedMessage } from '../types.js';
import { version } from '../version.js';

interface Entry {
  key: string;
  messages: Message[];
  suppressed: SuppressedMessage[];
  posts: PostResult[];
}

interface CacheFile {
  version: 1;
  files: Record<string, Entry>;
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

let dataVersion: string | undefined;

/** Changes when any built-in rule's data file changes. */
function rulesDataVersion(): string {
  if (dataVersion) return dataVersion;
  const h = createHash('sha256');
  const dir = packagePath('rules', 'data');
  if (existsSync(dir)) for (const f of readdirSync(dir).sort()) h.update(f).update(readFileSync(join(dir, f)));
  dataVersion = h.digest('hex');
  return dataVersion;
}

/** The config as resolved, plus the stamps of files it points at (word lists, plugins, accounts). */
function configKey(config: ReturnType<typeof resolveLintConfig>): string {
  const files: string[] = [];
  const visit = (v: unknown) => {
    if (typeof v === 'string' && /\.(txt|dic|ya?ml|json|m?js|ts)$/i.test(v)) {
      const p = isAbsolute(v) ? v : resolve(config.root, v);
      try {
        const st = statSync(p);
        files.push(`${p}:${st.size}:${st.mtimeMs}`);
      } catch {
        /* not a file */
      }
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') Object.values(v).forEach(visit);
  };
  visit(config.settings);
  visit(config.plugins);
  return sha(JSON.stringify({ s: config.settings, r: config.rules, o: config.overrides, a: [...config.accounts.entries()], files }));
}

export async function lintWithCache(paths: string[], opts: LintOptions, location: string): Promise<RunSummary> {
  const config = resolveLintConfig(opts);
  // Fixing rewrites files and re-lints them: nothing to reuse.
  if (opts.fix) return lintFiles(paths, { ...opts, config });
  const rules = await loadRules(config, opts.extraRules);
  const wanted = [...rules.values()].filter((r) => (!opts.only || opts.only.includes(r.id)) && needsMet(r, config.settings, config.overrides));
  // A feed read from the network (a trending list) changes under the same config: its rule always runs.
  const reads = (r: (typeof wanted)[number]) => r.meta.networkWith?.some((k) => config.settings[k] !== undefined) ?? false;
  const volatile = wanted.filter((r) => r.meta.time === true || r.meta.network || reads(r)).map((r) => r.id);
  const stable = wanted.map((r) => r.id).filter((id) => !volatile.includes(id));
  // Rules that depend on the date only are cached for the day of the clock they ran with.
  const day = wanted.some((r) => r.meta.time === 'day' && stable.includes(r.id)) ? (opts.now ?? new Date()).toISOString().slice(0, 10) : '';

  const cache = readCache(location);
  const base = sha(`${version()}|${rulesDataVersion()}|${configKey(config)}|${JSON.stringify(opts.rules ?? {})}|${stable.join(',')}|${opts.offline ? 'offline' : ''}|${day}`);
  const read = await readSources(paths, config, opts);
  const keyOf = (text: string) => sha(`${base}|${text}`);
  const misses = read.sources.filter((s) => cache.files[s.path]?.key !== keyOf(s.text));

  const fresh = stable.length && misses.length ? await lintSources(misses, { ...opts, config, only: stable }) : { results: [], notices: [], fatal: false };
  const live = volatile.length && read.sources.length ? await lintSources(read.sources, { ...opts, config, only: volatile }) : { results: [], notices: [], fatal: false };

  const results: LintResult[] = [];
  for (const s of read.sources) {
    const f = fresh.results.find((r) => r.filePath === s.path);
    const v = live.results.find((r) => r.filePath === s.path);
    let entry: Entry | undefined = cache.files[s.path];
    if (f) {
      entry = { key: keyOf(s.text), messages: f.messages, suppressed: f.suppressedMessages, posts: f.posts };
      if (!fresh.fatal) cache.files[s.path] = entry;
    }
    const messages = dedupe([...(entry?.messages ?? []), ...(v?.messages ?? [])]).sort((a, b) => a.line - b.line || a.column - b.column);
    const suppressed = [...(entry?.suppressed ?? []), ...(v?.suppressedMessages ?? [])];
    const posts = (entry?.posts ?? v?.posts ?? []).map((p) => {
      const mine = messages.filter((m) => m.post === p.index);
      const errorCount = mine.filter((m) => m.severity === 2).length;
      return { ...p, errorCount, warningCount: mine.length - errorCount, passed: errorCount === 0 };
    });
    results.push(fileResult(s, messages, suppressed, posts));
  }
  writeCache(location, cache, new Set(read.sources.map((s) => s.path)));
  return mergeSummary(read, { results, notices: [...fresh.notices, ...live.notices.filter((n) => !fresh.notices.includes(n))], fatal: fresh.fatal || live.fatal });
}

/** Parse problems are reported by both passes; keep one of each. */
function dedupe(messages: Message[]): Message[] {
  const seen = new Set<string>();
  return messages.filter((m) => {
    const k = `${m.ruleId}|${m.line}|${m.column}|${m.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function readCache(location: string): CacheFile {
  try {
    const data = JSON.parse(readFileSync(location, 'utf8')) as CacheFile;
    if (data.version === 1 && data.files && typeof data.files === 'object') return data;
  } catch {
    /* missing or corrupt: start over */
  }
  return { version: 1, files: {} };
}

function writeCache(location: string, cache: CacheFile, present: Set<string>): void {
  // Keep entries of files not linted this run (a pre-commit run sees a few files only),
  // but drop those whose file is gone.
  for (const p of Object.keys(cache.files)) if (!present.has(p) && !existsSync(p)) delete cache.files[p];
  mkdirSync(dirname(location), { recursive: true });
  writeAtomic(location, JSON.stringify(cache));
}
