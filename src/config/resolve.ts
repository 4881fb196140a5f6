// The config that applies to one post: overrides matched by file glob, account or platform.
import { relative } from 'node:path';
import picomatch from 'picomatch';
import type { Post, Severity } from '../types.js';
import type { Override, ResolvedConfig, RuleSetting } from './types.js';

export interface CliRuleSettings {
  /** --only: every other rule is off. */
  only?: string[];
  /** --rule id:severity, applied last. */
  rules?: Record<string, Severity>;
}

export interface PostConfig {
  config: ResolvedConfig;
  /** Configured settings only; rules not named run at their default severity. */
  rules: Record<string, RuleSetting>;
}

const matchers = new WeakMap<Override, (p: string) => boolean>();

function matches(o: Override, config: ResolvedConfig, post: Post): boolean {
  if (o.files) {
    let m = matchers.get(o);
    if (!m) matchers.set(o, (m = picomatch(o.files, { dot: true })));
    const rel = relative(config.root, post.source.path).split('\\').join('/');
    if (!m(rel)) return false;
  }
  if (o.accounts && !(post.meta.account && o.accounts.includes(post.meta.account))) return false;
  if (o.platforms && !post.meta.platforms.some((p) => o.platforms!.includes(p))) return false;
  return true;
}

// One resolution per config, CLI settings and set of matching overrides: most posts share one.
const cache = new WeakMap<ResolvedConfig, WeakMap<CliRuleSettings, Map<string, PostConfig>>>();

export function configForPost(config: ResolvedConfig, post: Post, cli: CliRuleSettings = {}): PostConfig {
  const hit = config.overrides.map((o, i) => (matches(o, config, post) ? i : -1)).filter((i) => i >= 0);
  const key = hit.join(',');
  let byCli = cache.get(config);
  if (!byCli) cache.set(config, (byCli = new WeakMap()));
  let byKey = byCli.get(cli);
  if (!byKey) byCli.set(cli, (byKey = new Map()));
  const cached = byKey.get(key);
  if (cached) return cached;

  let merged = config;
  let rules = { ...config.rules };
  for (const i of hit) {
    const o = config.overrides[i];
    if (o.rules) for (const [id, s] of Object.entries(o.rules)) rules[id] = { severity: s.severity, options: Object.keys(s.options).length ? s.options : (rules[id]?.options ?? {}) };
    if (o.settings) {
      const settings = { ...merged.settings };
      for (const [k, v] of Object.entries(o.settings)) settings[k] = isPlain(v) && isPlain(settings[k]) ? { ...(settings[k] as object), ...(v as object) } : v;
      merged = { ...merged, settings };
    }
  }
  rules = applyCli(rules, cli);
  const result = { config: merged, rules };
  byKey.set(key, result);
  return result;
}

const isPlain = (v: unknown) => !!v && typeof v === 'object' && !Array.isArray(v);

function applyCli(rules: Record<string, RuleSetting>, cli: CliRuleSettings): Record<string, RuleSetting> {
  const out = { ...rules };
  for (const [id, severity] of Object.entries(cli.rules ?? {})) out[id] = { severity, options: out[id]?.options ?? {} };
  return out;
}

/** The severity a rule runs at for a post, defaults and --only included. */
export function effectiveSetting(pc: PostConfig, id: string, defaultSeverity: Severity, cli: CliRuleSettings = {}): RuleSetting {
  const s = pc.rules[id] ?? { severity: defaultSeverity, options: {} };
  if (cli.only && !cli.only.includes(id)) return { severity: 'off', options: s.options };
  return s;
}
