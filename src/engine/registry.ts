// Which rules exist in a run: the built-ins, plugins named in the config, and custom_rules.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUILTIN_RULES } from '../../rules/index.js';
import { checkRuleIds, ConfigError } from '../config/load.js';
import type { ResolvedConfig } from '../config/types.js';
import { customRules } from './custom-rules.js';
import { ENGINE_ID } from './engine-id.js';
import { validMessages } from './messages.js';
import type { Rule } from './rule.js';

let builtins: Promise<Rule[]> | undefined;

export function builtinRules(): Promise<Rule[]> {
  builtins ??= Promise.all(Object.values(BUILTIN_RULES).map(async (load) => (await load()).default));
  return builtins;
}

/** `extra`: rule objects passed through the API (lint(paths, { extraRules: [rule] })). */
export async function loadRules(config: ResolvedConfig, extra: Rule[] = []): Promise<Map<string, Rule>> {
  const rules = new Map<string, Rule>();
  for (const r of await builtinRules()) rules.set(r.id, r);
  for (const r of extra) {
    if (rules.has(r.id)) throw new ConfigError(`rule '${r.id}' passed to lint() already exists`);
    rules.set(r.id, r);
  }
  for (const spec of config.plugins) {
    for (const r of await loadPlugin(spec, config)) {
      if (rules.has(r.id)) throw new ConfigError(`plugin '${spec}' defines rule '${r.id}', which already exists; give it a prefix ("myteam/${r.id}")`, config.file, config.lineOf?.(['plugins']));
      rules.set(r.id, r);
    }
  }
  for (const r of await customRules(config)) {
    if (rules.has(r.id)) throw new ConfigError(`custom rule '${r.id}' has the id of an existing rule; choose another`, config.file, config.lineOf?.(['custom_rules']));
    rules.set(r.id, r);
  }
  // A malformed meta.messages would only show when the rule first reports: say so when it loads.
  for (const r of rules.values())
    if (!validMessages(r.meta.messages)) throw new ConfigError(`rule '${r.id}' has a meta.messages that is not a map of message ids to template strings`, config.file);
  // Its findings could not be told from postlint's own, which nothing may silence.
  if (rules.has(ENGINE_ID)) throw new ConfigError(`rule id '${ENGINE_ID}' is postlint's own (unreadable drafts, directives); give the rule another id`, config.file);
  checkRuleIds(config, [...rules.keys()]);
  return rules;
}

async function loadPlugin(spec: string, config: ResolvedConfig): Promise<Rule[]> {
  const line = config.lineOf?.(['plugins']);
  const fail = (why: string): never => {
    throw new ConfigError(`plugin '${spec}' ${why}`, config.file, line);
  };
  const file = isAbsolute(spec) ? spec : resolvePackage(spec, config.root);
  if (!file || !existsSync(file)) fail(isAbsolute(spec) ? 'was not found: no such file' : `was not found: install it (npm install --save-dev ${spec}) or give a path starting with ./`);
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(file!).href)) as Record<string, unknown>;
  } catch (e) {
    return fail(`failed to load: ${(e as Error).message}`);
  }
  const exported = (mod.default ?? mod) as unknown;
  const candidates: unknown[] = Array.isArray(exported)
    ? exported
    : exported && typeof exported === 'object' && 'rules' in exported
      ? Object.values((exported as { rules: Record<string, unknown> }).rules)
      : [exported];
  return candidates.map((r, i) => {
    const rule = r as Partial<Rule>;
    const what = `rule ${i + 1}`;
    if (!rule || typeof rule !== 'object') fail(`exports ${what} that is not an object; export defineRule({ id, meta, check })`);
    if (typeof rule.id !== 'string' || !/^[a-z0-9@/_-]+$/i.test(rule.id)) fail(`exports ${what} without a valid string 'id'`);
    if (!rule.meta || typeof rule.meta !== 'object' || typeof rule.meta.description !== 'string') fail(`rule '${rule.id}' has no meta.description`);
    if (typeof rule.check !== 'function') fail(`rule '${rule.id}' has no check(post, ctx) function`);
    if (rule.prepare !== undefined && typeof rule.prepare !== 'function') fail(`rule '${rule.id}' has a prepare that is not a function`);
    const meta = rule.meta as Partial<Rule['meta']> & { description: string };
    return {
      ...rule,
      meta: { defaultSeverity: 'error', fixable: false, network: false, docs: { why: meta.description }, ...meta },
    } as Rule;
  });
}

/** An npm package as seen from the config's folder (plugins are the content repo's dependencies). */
function resolvePackage(name: string, root: string): string | undefined {
  try {
    return createRequire(join(root, 'noop.js')).resolve(name);
  } catch {
    // ESM-only packages have no "require" export; read their package.json by hand.
    for (let dir = root; ; dir = dirname(dir)) {
      const pkgDir = join(dir, 'node_modules', name);
      const pj = join(pkgDir, 'package.json');
      if (existsSync(pj)) {
        const pkg = JSON.parse(readFileSync(pj, 'utf8')) as { exports?: unknown; main?: string };
        const exp = pkg.exports as Record<string, unknown> | string | undefined;
        const dot = typeof exp === 'string' ? exp : (exp?.['.'] ?? exp);
        const entry = typeof dot === 'string' ? dot : ((dot as Record<string, string> | undefined)?.import ?? (dot as Record<string, string> | undefined)?.default ?? pkg.main ?? 'index.js');
        return join(pkgDir, entry);
      }
      if (dirname(dir) === dir) return undefined;
    }
  }
}
