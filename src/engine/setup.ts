// What a run is set up with, resolved once: the config and the rules it loads (built-ins,
// plugins, custom_rules, rules passed to the API). Every pass, every --fix re-pass and the result
// cache use this one set, so a plugin is imported once and all of them agree on which rules exist.
import { loadConfig, type LoadOptions } from '../config/load.js';
import type { ResolvedConfig } from '../config/types.js';
import { loadRules } from './registry.js';
import type { Rule } from './rule.js';

export interface LintSetup {
  config: ResolvedConfig;
  rules: Map<string, Rule>;
}

export interface SetupOptions {
  /** A loaded config, or how to load one (path, inline object). */
  config?: ResolvedConfig | string | Record<string, unknown>;
  cwd?: string;
  /** Rule objects from the API, used like plugins. */
  extraRules?: Rule[];
}

export async function setUp(opts: SetupOptions): Promise<LintSetup> {
  const config = resolveConfig(opts);
  return { config, rules: await loadRules(config, opts.extraRules) };
}

export function resolveConfig(opts: SetupOptions): ResolvedConfig {
  const c = opts.config;
  if (c && typeof c === 'object' && 'accounts' in c && c.accounts instanceof Map) return c as ResolvedConfig;
  const load: LoadOptions = { cwd: opts.cwd ?? process.cwd() };
  if (typeof c === 'string') load.configFile = c;
  else if (c) load.config = c as Record<string, unknown>;
  return loadConfig(load);
}
