// `npm run build` step: the config schema's validator compiled ahead of time (ajv standalone code) into
// dist/config-validate.cjs, with the SHA-256 of the schema it was made from, and likewise each built-in rule's
// options schema into dist/rule-options/<id>.cjs (src/engine/options.ts; a new Ajv compiling even a small
// schema took ~130 ms, most of it ajv's own meta-schema). Compiling the schema at run time
// took 110-130 ms of every run; src/config/schema.ts uses this file when its hash matches the shipped schema
// and compiles at run time otherwise (running from src/, or a schema edited after the build).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const Ajv = require('ajv');
const standalone = require('ajv/dist/standalone').default;
const text = readFileSync(join(root, 'schema/postlintrc.schema.json'), 'utf8');
// The options of src/config/schema.ts, plus the source code that standalone needs.
const ajv = new Ajv({ allErrors: true, strict: false, code: { source: true } });
const code = standalone(ajv, ajv.compile(JSON.parse(text)));
const hash = createHash('sha256').update(text).digest('hex');
writeFileSync(join(root, 'dist/config-validate.cjs'), `${code}\nmodule.exports.schemaHash = ${JSON.stringify(hash)};\n`);

const { BUILTIN_RULES } = await import(pathToFileURL(join(root, 'dist/rules/index.js')).href);
const { optionsSchema, schemaHash } = await import(pathToFileURL(join(root, 'dist/src/engine/options.js')).href);
const dir = join(root, 'dist/rule-options');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const ids = [];
for (const load of Object.values(BUILTIN_RULES)) {
  const rule = (await load()).default;
  if (!rule.meta.options) continue;
  const schema = optionsSchema(rule);
  const a = new Ajv({ allErrors: true, strict: false, code: { source: true } });
  writeFileSync(join(dir, `${rule.id}.cjs`), `${standalone(a, a.compile(schema))}\nmodule.exports.schemaHash = ${JSON.stringify(schemaHash(schema))};\n`);
  ids.push(rule.id);
}
console.log(`config validator -> dist/config-validate.cjs; rule options (${ids.join(', ')}) -> dist/rule-options/`);
