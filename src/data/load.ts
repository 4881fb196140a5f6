// The one loader for rules/data: each file is parsed once per process and checked against the
// data contract (schema/rules-data.schema.json: every list of things to match carries a note, a
// source and the date it was added). A file that breaks the contract is a bug in postlint, so it
// throws with the file and the place, and the test suite loads every file.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { packagePath } from '../paths.js';

const require = createRequire(import.meta.url);
const cache = new Map<string, unknown>();
let validate: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!validate) {
    const Ajv = require('ajv') as typeof import('ajv').default;
    const schema = JSON.parse(readFileSync(packagePath('schema', 'rules-data.schema.json'), 'utf8')) as Record<string, unknown>;
    validate = new Ajv({ allErrors: false, strict: false }).compile(schema);
  }
  return validate;
}

/** Check data against the contract; returns the first problem in words, or undefined. */
export function dataProblem(data: unknown): string | undefined {
  const v = validator();
  if (v(data)) return undefined;
  // The deepest error says where: "/entries/3 must have required property 'source'".
  const errs = [...(v.errors ?? [])].sort((a, b) => b.instancePath.length - a.instancePath.length);
  const e = errs.find((x) => x.keyword === 'required') ?? errs[0];
  return `${e.instancePath || '/'} ${e.message}`;
}

/** A data file from rules/data (name with its extension), parsed and checked once per process. */
export function ruleData<T>(name: string): T {
  let d = cache.get(name);
  if (d === undefined) {
    const file = packagePath('rules', 'data', name);
    d = parse(readFileSync(file, 'utf8'), { maxAliasCount: 100 }) as unknown;
    const problem = dataProblem(d);
    if (problem) throw new Error(`postlint: rules/data/${name} breaks the data contract at ${problem}`);
    cache.set(name, d);
  }
  return d as T;
}
