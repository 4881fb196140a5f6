// Validation against the JSON Schema that ships in the package (schema/postlintrc.schema.json),
// so that what editors autocomplete and what postlint accepts are one thing.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { closest } from '../text/words.js';
import { packagePath } from '../paths.js';

const require = createRequire(import.meta.url);
let validate: ValidateFunction | undefined;
let schema: Record<string, unknown> | undefined;
let schemaText: string | undefined;

function readSchema(): string {
  schemaText ??= readFileSync(packagePath('schema/postlintrc.schema.json'), 'utf8');
  return schemaText;
}

export function configSchema(): Record<string, unknown> {
  schema ??= JSON.parse(readSchema()) as Record<string, unknown>;
  return schema;
}

/**
 * The validator `npm run build` compiled ahead of time (scripts/config-validator.mjs: ajv standalone code with
 * the same options), when it was made from this schema; compiling at run time took 110-130 ms of every run.
 */
function precompiled(): ValidateFunction | undefined {
  try {
    const v = require(packagePath('dist', 'config-validate.cjs')) as ValidateFunction & { schemaHash?: string };
    return v.schemaHash === createHash('sha256').update(readSchema()).digest('hex') ? v : undefined;
  } catch {
    return undefined; // not built (running from src/)
  }
}

function validator(): ValidateFunction {
  validate ??= precompiled();
  if (!validate) {
    // ajv is CommonJS; require keeps its default export straight under NodeNext.
    const Ajv = require('ajv') as typeof import('ajv').default;
    validate = new Ajv({ allErrors: true, strict: false }).compile(configSchema());
  }
  return validate;
}

export interface SchemaProblem {
  message: string;
  path: (string | number)[];
}

/** The most useful problem per location, worded for people. */
export function schemaErrors(data: unknown): SchemaProblem[] {
  const v = validator();
  if (v(data)) return [];
  const errors = (v.errors ?? []).filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'if');
  // The deepest error is the most specific; oneOf branches that did not apply are noise.
  errors.sort((a, b) => depth(b) - depth(a));
  const best = errors[0] ?? v.errors![0];
  return [{ message: describe(best), path: toPath(best.instancePath) }];
}

function depth(e: ErrorObject): number {
  return e.instancePath.split('/').length + (e.keyword === 'additionalProperties' ? 1 : 0) - (e.keyword === 'type' || e.keyword === 'const' ? 0.5 : 0);
}

function toPath(p: string): (string | number)[] {
  return p
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function describe(e: ErrorObject): string {
  const at = e.instancePath ? `'${toPath(e.instancePath).join('.')}'` : 'the config';
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = (e.params as { additionalProperty: string }).additionalProperty;
      const allowed = Object.keys(propertiesAt(e.schemaPath));
      const near = closest(key, allowed, 3);
      return `unknown key '${key}' in ${at}${near ? `, did you mean '${near}'?` : ''}${allowed.length ? ` (allowed: ${allowed.join(', ')})` : ''}`;
    }
    case 'enum':
      return `${at} must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'required':
      return `${at} needs '${(e.params as { missingProperty: string }).missingProperty}'`;
    case 'pattern':
      return `${at} ${e.instancePath.includes('freeze') ? 'must be an ISO 8601 date and time with an offset (2027-06-09T00:00:00+01:00)' : `has the wrong form (expected ${(e.params as { pattern: string }).pattern})`}`;
    default:
      return `${at} ${e.message ?? 'is not valid'}`;
  }
}

function propertiesAt(schemaPath: string): Record<string, unknown> {
  // "#/properties/links/oneOf/1/additionalProperties" -> the object holding "properties"
  const parts = schemaPath.replace(/^#\//, '').split('/').slice(0, -1);
  let node: unknown = configSchema();
  for (const p of parts) node = (node as Record<string, unknown>)?.[p];
  return ((node as Record<string, unknown>)?.properties ?? {}) as Record<string, unknown>;
}
