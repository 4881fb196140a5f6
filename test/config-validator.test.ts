// The config validator `npm run build` compiles ahead of time (scripts/config-validator.mjs, ajv standalone
// code in dist/config-validate.cjs) reports exactly what ajv compiling the schema at run time reports, and
// src/config/schema.ts uses it only when it was made from the shipped schema.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT } from './support/paths.js';

const require = createRequire(import.meta.url);
const built = join(REPO_ROOT, 'dist', 'config-validate.cjs');

describe.skipIf(!existsSync(built))('config validator compiled at build time', () => {
  const text = readFileSync(join(REPO_ROOT, 'schema', 'postlintrc.schema.json'), 'utf8');
  type V = ((d: unknown) => boolean) & { errors?: unknown; schemaHash?: string };
  const pre = require(built) as V;
  const Ajv = require('ajv') as new (o: object) => { compile(s: unknown): V };
  const runtime = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(text));

  test('made from the schema in the repository (npm run build remakes it)', () => {
    expect(pre.schemaHash).toBe(createHash('sha256').update(text).digest('hex'));
  });

  test('the same verdict and the same errors as a run-time compile', () => {
    const inputs: unknown[] = [
      {},
      { extends: 'postlint:recommended' },
      { rules: { spelling: 'error', length: ['warn', { max: 3 }] } },
      { rules: { spelling: 'loud' } },
      { rulez: {} },
      { settings: { dictionary: 7 } },
      { extends: ['postlint:recommended', 3] },
      { rules: { spelling: ['error', { slang: 'sometimes' }] }, freeze: [{ from: 'tomorrow' }] },
      [],
      'text',
    ];
    for (const input of inputs) {
      expect(pre(input), JSON.stringify(input)).toBe(runtime(input));
      expect(pre.errors, JSON.stringify(input)).toEqual(runtime.errors);
    }
  });
});

describe.skipIf(!existsSync(built))("built-in rules' option validators compiled at build time", () => {
  test('made from each rule\'s schema, with the errors of a run-time compile', async () => {
    const { BUILTIN_RULES } = await import('../rules/index.js');
    const { optionsSchema, schemaHash } = await import('../src/engine/options.js');
    type V = ((d: unknown) => boolean) & { errors?: unknown; schemaHash?: string };
    const Ajv = require('ajv') as new (o: object) => { compile(s: unknown): V };
    let n = 0;
    for (const load of Object.values(BUILTIN_RULES)) {
      const rule = (await load()).default;
      if (!rule.meta.options) continue;
      const schema = optionsSchema(rule);
      const pre = require(join(REPO_ROOT, 'dist', 'rule-options', `${rule.id}.cjs`)) as V;
      expect(pre.schemaHash, rule.id).toBe(schemaHash(schema));
      const runtime = new Ajv({ allErrors: true, strict: false }).compile(schema);
      for (const input of [{}, { nope: 1 }, { slang: 'sometimes', names: 'yes', hashtags: true }, { words: [1] }, []]) {
        expect(pre(input), `${rule.id} ${JSON.stringify(input)}`).toBe(runtime(input));
        expect(pre.errors, `${rule.id} ${JSON.stringify(input)}`).toEqual(runtime.errors);
      }
      n++;
    }
    expect(n).toBeGreaterThan(3);
  });
});
