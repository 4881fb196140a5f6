// Rule options are checked against each rule's meta.options schema when a run starts.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import { ConfigError } from '../config/load.js';
import type { ResolvedConfig } from '../config/types.js';
import type { Rule } from './rule.js';

const require = createRequire(import.meta.url);
const compiled = new WeakMap<Rule, ValidateFunction>();
const checked = new WeakSet<object>();

export function validateRuleOptions(rule: Rule, options: Record<string, unknown>, config: ResolvedConfig): void {
  if (!rule.meta.options || checked.has(options)) return;
  let v = compiled.get(rule);
  if (!v) {
    const Ajv = require('ajv') as typeof import('ajv').default;
    v = new Ajv({ allErrors: true, strict: false }).compile({ type: 'object', ...rule.meta.options });
    compiled.set(rule, v);
  }
  if (!v(options)) {
    const e = v.errors![0];
    const what = e.keyword === 'additionalProperties' ? `unknown option '${(e.params as { additionalProperty: string }).additionalProperty}'` : `option ${e.instancePath.slice(1) || ''} ${e.message}`;
    throw new ConfigError(`rule '${rule.id}': ${what}`, config.file, config.lineOf?.(['rules', rule.id]));
  }
  checked.add(options);
}
