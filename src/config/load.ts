// Finding, reading and validating a config. Every error names the file, the line and what is allowed.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { bareHandle } from '../text/handles.js';
import { closest } from '../text/words.js';
import type { Severity } from '../types.js';
import { readAccounts } from './accounts.js';
import { PRESETS } from './presets.js';
import { schemaErrors } from './schema.js';
import type { ResolvedConfig, RuleSetting, SensitiveEvent, SensitiveHashtag } from './types.js';

export class ConfigError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
  ) {
    super(message);
  }
  toString(): string {
    return `${this.file ?? 'config'}${this.line ? `:${this.line}` : ''}: ${this.message}`;
  }
}

export const CONFIG_NAMES = ['.postlintrc.yaml', '.postlintrc.yml', '.postlintrc.json'];

/** The nearest config walking up from `cwd`: a .postlintrc.* file or a "postlint" key in package.json. */
export function findConfig(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of CONFIG_NAMES) if (existsSync(join(dir, name))) return join(dir, name);
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if (JSON.parse(readFileSync(pkg, 'utf8')).postlint) return pkg;
      } catch {
        /* a broken package.json is not ours to report */
      }
    }
    if (dirname(dir) === dir) return undefined;
  }
}

interface RawFile {
  data: Record<string, unknown>;
  /** Line of a dotted path ("rules.spellng") in the file. */
  lineOf(path: (string | number)[]): number | undefined;
  file: string;
}

function readRaw(file: string): RawFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(`cannot read config: ${(e as Error).message}`, file);
  }
  const lc = new LineCounter();
  let doc: Document;
  let base: (string | number)[] = [];
  doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0];
    throw new ConfigError(`malformed ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`, file, lc.linePos(e.pos[0]).line);
  }
  if (file.endsWith('package.json')) base = ['postlint'];
  const data = (base.length ? doc.getIn(base) && (doc.toJS() as Record<string, unknown>).postlint : doc.toJS()) ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new ConfigError('a config is a mapping of keys (rules, accounts, ...)', file, 1);
  return {
    data: data as Record<string, unknown>,
    file,
    lineOf(path) {
      for (let n = path.length; n > 0; n--) {
        const node = doc.getIn([...base, ...path.slice(0, n)], true) as Node | undefined;
        if (node && typeof node === 'object' && node.range) return lc.linePos(node.range[0]).line;
        // keys: find the pair whose key matches, to point at the key rather than the value
        const parent = doc.getIn([...base, ...path.slice(0, n - 1)], true) as Node | undefined;
        if (isMap(parent)) {
          const pair = parent.items.find((p) => String((p.key as { value?: unknown })?.value) === String(path[n - 1]));
          const r = (pair?.key as Node | undefined)?.range;
          if (r) return lc.linePos(r[0]).line;
        } else if (isSeq(parent)) continue;
      }
      return undefined;
    },
  };
}

export interface LoadOptions {
  /** Explicit --config path. */
  configFile?: string;
  cwd?: string;
  /** Inline config (programmatic use and tests); `root` is where its relative paths start. */
  config?: Record<string, unknown>;
  root?: string;
}

/** Load and validate; rule ids are checked later, once plugins are known (see engine/registry). */
export function loadConfig(opts: LoadOptions = {}): ResolvedConfig {
  const cwd = opts.cwd ?? process.cwd();
  if (opts.config) return resolveConfig(opts.config, { root: opts.root ?? cwd, lineOf: () => undefined });
  const file = opts.configFile ? resolve(cwd, opts.configFile) : findConfig(cwd);
  if (!file) return resolveConfig({ extends: 'postlint:recommended' }, { root: cwd, lineOf: () => undefined });
  if (!existsSync(file)) throw new ConfigError(`config file not found: ${opts.configFile}`);
  const raw = readRaw(file);
  return resolveConfig(raw.data, { root: dirname(file), file, lineOf: raw.lineOf });
}

interface Where {
  root: string;
  file?: string;
  lineOf(path: (string | number)[]): number | undefined;
}

export function resolveConfig(input: Record<string, unknown>, where: Where, depth = 0): ResolvedConfig {
  const fail = (msg: string, path: (string | number)[] = []): never => {
    throw new ConfigError(msg, where.file, where.lineOf(path));
  };
  for (const err of schemaErrors(input)) fail(err.message, err.path);

  // extends: presets and other files, merged under this one
  let base: Record<string, unknown> = {};
  const ext = input.extends === undefined ? [] : Array.isArray(input.extends) ? input.extends : [input.extends];
  for (const e of ext as string[]) {
    let layer: Record<string, unknown>;
    if (e.startsWith('postlint:')) {
      const preset = PRESETS[e.slice(9)];
      if (!preset) fail(`unknown preset '${e}'; presets are ${Object.keys(PRESETS).map((p) => `postlint:${p}`).join(', ')}`, ['extends']);
      layer = preset;
    } else {
      if (depth > 8) fail('extends nests more than 8 levels deep', ['extends']);
      const f = isAbsolute(e) ? e : resolve(where.root, e);
      const raw = readRaw(f);
      layer = { ...raw.data, extends: undefined };
      const inner = resolveConfig(raw.data, { root: dirname(f), file: f, lineOf: raw.lineOf }, depth + 1);
      layer = { ...inner.settings, rules: inner.rules, __accounts: inner.accounts };
    }
    base = merge(base, layer);
  }
  const data = merge(base, input);

  const rules: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries((data.rules ?? {}) as Record<string, unknown>)) rules[id] = ruleSetting(setting);

  const accounts =
    (data.__accounts as ResolvedConfig['accounts'] | undefined) && input.accounts === undefined
      ? (data.__accounts as ResolvedConfig['accounts'])
      : readAccounts(data.accounts, where.root, (msg, path) => fail(msg, ['accounts', ...path]));

  const events: SensitiveEvent[] = ((data.sensitive_events ?? []) as Record<string, unknown>[]).map((e) => ({
    name: String(e.name),
    place: e.place === undefined ? undefined : String(e.place),
    date: String(e.date).slice(0, 10),
    hashtags: ((e.hashtags ?? []) as string[]).map(String),
    anniversary: e.anniversary === true,
    window_days: typeof e.window_days === 'number' ? e.window_days : undefined,
    keywords: ((e.keywords ?? []) as string[]).map(String),
  }));
  const hashtags: SensitiveHashtag[] = ((data.sensitive_hashtags ?? []) as unknown[]).map((h) =>
    typeof h === 'string' ? { tag: h.startsWith('#') ? h : `#${h}`, context: 'listed as sensitive in the config', kind: 'sensitive' } : normaliseTag(h as Record<string, unknown>),
  );

  const settings = { ...data };
  delete settings.__accounts;
  return {
    root: where.root,
    file: where.file,
    include: (data.include as string[] | undefined) ?? ['**/*.{md,markdown,txt}'],
    exclude: (data.exclude as string[] | undefined) ?? [],
    defaultLang: String(data.default_lang ?? data.language ?? 'en'),
    accounts,
    rules,
    overrides: ((data.overrides ?? []) as Record<string, unknown>[]).map((o) => ({
      files: list(o.files),
      accounts: list(o.accounts)?.map(bareHandle),
      platforms: list(o.platforms)?.map((p) => p.toLowerCase()),
      rules: o.rules ? Object.fromEntries(Object.entries(o.rules as Record<string, unknown>).map(([k, v]) => [k, ruleSetting(v)])) : undefined,
      settings: o.settings as Record<string, unknown> | undefined,
    })),
    plugins: ((data.plugins ?? []) as string[]).map((p) => (p.startsWith('.') ? resolve(where.root, p) : p)),
    extraKeys: (((data.front_matter as Record<string, unknown> | undefined)?.extra_keys ?? []) as string[]).map(String),
    sensitiveEvents: events,
    sensitiveHashtags: hashtags,
    settings,
    lineOf: where.lineOf,
  };
}

function normaliseTag(h: Record<string, unknown>): SensitiveHashtag {
  const tag = String(h.tag);
  return {
    tag: tag.startsWith('#') ? tag : `#${tag}`,
    context: String(h.context ?? 'listed as sensitive in the config'),
    kind: String(h.kind ?? 'sensitive'),
    added: h.added === undefined ? undefined : String(h.added).slice(0, 10),
    expires: h.expires === undefined ? undefined : String(h.expires).slice(0, 10),
    source: h.source === undefined ? undefined : String(h.source),
  };
}

const list = (v: unknown): string[] | undefined => (v === undefined ? undefined : Array.isArray(v) ? v.map(String) : [String(v)]);

const SEVERITIES: Record<string, Severity> = { off: 'off', warn: 'warn', error: 'error', 0: 'off', 1: 'warn', 2: 'error' };

export function ruleSetting(v: unknown): RuleSetting {
  if (Array.isArray(v)) return { severity: SEVERITIES[String(v[0])], options: (v[1] as Record<string, unknown>) ?? {} };
  return { severity: SEVERITIES[String(v)], options: {} };
}

/** Later layers win; `rules` merge per rule, other sections are replaced whole. */
function merge(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...a };
  for (const [k, v] of Object.entries(b)) {
    if (v === undefined || k === 'extends') continue;
    out[k] = k === 'rules' && a.rules ? { ...(a.rules as object), ...(v as object) } : v;
  }
  return out;
}

/** "unknown rule 'spellng', did you mean 'spelling'?" */
export function checkRuleIds(config: ResolvedConfig, known: string[]): void {
  const lineOf = config.lineOf ?? (() => undefined);
  const check = (ids: string[], path: (string | number)[]) => {
    for (const id of ids) {
      if (known.includes(id)) continue;
      const near = closest(id, known, 3);
      throw new ConfigError(`unknown rule '${id}'${near ? `, did you mean '${near}'?` : ''} (rules: ${known.join(', ')})`, config.file, lineOf([...path, id]));
    }
  };
  check(Object.keys(config.rules), ['rules']);
  config.overrides.forEach((o, i) => check(Object.keys(o.rules ?? {}), ['overrides', i, 'rules']));
}

