// Rule options are checked against each rule's meta.options schema when a run starts.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import { ConfigError } from '../config/load.js';
import type { ResolvedConfig } from '../config/types.js';
import { packagePath } from '../paths.js';
import type { Rule } from './rule.js';

const require = createRequire(import.meta.url);
const compiled = new WeakMap<Rule, ValidateFunction>();
const checked = new WeakSet<object>();

export function validateRuleOptions(rule: Rule, options: Record<string, unknown>, config: ResolvedConfig): void {
  if (!rule.meta.options || checked.has(options)) return;
  let v = compiled.get(rule);
  if (!v) {
    const schema = optionsSchema(rule);
    v = precompiled(rule.id, schema);
    if (!v) {
      const Ajv = require('ajv') as typeof import('ajv').default;
      v = new Ajv({ allErrors: true, strict: false }).compile(schema);
    }
    compiled.set(rule, v);
  }
  if (!v(options)) {
    const e = v.errors![0];
    const what = e.keyword === 'additionalProperties' ? `unknown option '${(e.params as { additionalProperty: string }).additionalProperty}'` : `option ${e.instancePath.slice(1) || ''} ${e.message}`;
    throw new ConfigError(`rule '${rule.id}': ${what}`, config.file, config.lineOf?.(['rules', rule.id]));
  }
  checked.add(options);
}

/** The schema a rule's options are checked against. */
export function optionsSchema(rule: Rule): Record<string, unknown> {
  return { type: 'object', ...rule.meta.options };
}

export function schemaHash(schema: unknown): string {
  return createHash('sha256').update(JSON.stringify(schema)).digest('hex');
}

/**
 * A built-in rule's validator compiled by `npm run build` (scripts/config-validator.mjs: ajv standalone code,
 * the same options), when it was made from this very schema; compiling one at run time took ~130 ms.
 */
function precompiled(id: string, schema: unknown): ValidateFunction | undefined {
  if (!/^[a-z0-9-]+$/.test(id)) return undefined;
  try {
    const v = require(packagePath('dist', 'rule-options', `${id}.cjs`)) as ValidateFunction & { schemaHash?: string };
    return v.schemaHash === schemaHash(schema) ? v : undefined;
  } catch {
    return undefined; // not built (running from src/), or not a built-in rule
  }
}
