// --cache: a store of findings per file, consulted by the engine inside the one lint pipeline
// (as ESLint's LintResultCache). A file whose text, resolved config, postlint version, rule data
// and rule plan are unchanged is not linted again by the rules whose findings are kept. Rules
// that depend on the clock's instant or on the network (meta.time === true, meta.network, a
// trending feed) always run: a stale answer there is a wrong answer. Rules that depend on the
// date only (meta.time === 'day') are reused within the same day of the clock.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { CliRuleSettings } from '../config/resolve.js';
import type { ResolvedConfig } from '../config/types.js';
import { needsMet, type Rule } from '../engine/rule.js';
import type { LintSetup } from '../engine/setup.js';
import type { ResultStore, StoredFile } from '../engine/store.js';
import { writeAtomic } from '../fs/write-atomic.js';
import { packagePath } from '../paths.js';
import type { SourceFile } from '../types.js';
import { version } from '../version.js';

interface Entry extends StoredFile {
  key: string;
}

// 3: messages carry messageId and data; a version-2 file's messages lack them, so it is not reused.
interface CacheFile {
  version: 3;
  files: Record<string, Entry>;
}

export interface CacheOptions extends CliRuleSettings {
  offline?: boolean;
  now?: Date;
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

export class ResultCache implements ResultStore {
  readonly alwaysRun: ReadonlySet<string>;
  private readonly base: string;
  private readonly data: CacheFile;

  constructor(
    private readonly location: string,
    setup: LintSetup,
    opts: CacheOptions,
  ) {
    const { config, rules } = setup;
    const wanted = [...rules.values()].filter((r) => (!opts.only || opts.only.includes(r.id)) && needsMet(r, config.settings, config.overrides));
    const always = wanted.filter((r) => alwaysRuns(r, config)).map((r) => r.id);
    const kept = wanted.filter((r) => !always.includes(r.id));
    // Findings of rules that depend on the date only are kept for the day of the clock they ran with.
    const day = kept.some((r) => r.meta.time === 'day') ? (opts.now ?? new Date()).toISOString().slice(0, 10) : '';
    this.alwaysRun = new Set(always);
    const plan = `${kept.map((r) => r.id).join(',')}|${always.join(',')}`;
    this.base = sha(`${version()}|${rulesDataVersion()}|${configKey(config)}|${JSON.stringify(opts.rules ?? {})}|${plan}|${opts.offline ? 'offline' : ''}|${day}`);
    this.data = readCache(location);
  }

  get(source: SourceFile): StoredFile | undefined {
    const entry = this.data.files[source.path];
    return entry?.key === this.keyOf(source) ? entry : undefined;
  }

  set(source: SourceFile, file: StoredFile): void {
    this.data.files[source.path] = { key: this.keyOf(source), ...file };
  }

  /** Write the file. Entries of files not linted this run stay (a pre-commit run sees a few files), those of deleted files go. */
  save(linted: Iterable<string>): void {
    const present = new Set(linted);
    for (const p of Object.keys(this.data.files)) if (!present.has(p) && !existsSync(p)) delete this.data.files[p];
    mkdirSync(dirname(this.location), { recursive: true });
    writeAtomic(this.location, JSON.stringify(this.data));
  }

  private keyOf(source: SourceFile): string {
    return sha(`${this.base}|${source.text}`);
  }
}

function alwaysRuns(rule: Rule, config: ResolvedConfig): boolean {
  // A feed read from the network (a trending list) changes under the same config.
  const reads = rule.meta.networkWith?.some((k) => config.settings[k] !== undefined) ?? false;
  return rule.meta.time === true || rule.meta.network || reads;
}

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
function configKey(config: ResolvedConfig): string {
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

function readCache(location: string): CacheFile {
  try {
    const data = JSON.parse(readFileSync(location, 'utf8')) as CacheFile;
    if (data.version === 3 && data.files && typeof data.files === 'object') return data;
  } catch {
    /* missing or corrupt: start over */
  }
  return { version: 3, files: {} };
}
