// Documentation that must match the code.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BUILTIN_RULES } from '../rules/index.js';
import { rulesReference } from '../src/commands/rules-doc.js';
import { builtinRules } from '../src/engine/registry.js';

describe('docs', () => {
  test('docs/rules.md is generated from the current rules (run `npm run docs`)', async () => {
    expect(readFileSync('docs/rules.md', 'utf8')).toBe(await rulesReference());
  });

  test('every rule documents why, with a bad and a good example', async () => {
    for (const r of await builtinRules()) {
      expect(r.meta.docs.why.length, r.id).toBeGreaterThan(40);
      expect(r.meta.docs.bad, r.id).toBeTruthy();
      expect(r.meta.docs.good, r.id).toBeTruthy();
    }
  });

  test('the README table lists every built-in rule', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const id of Object.keys(BUILTIN_RULES)) expect(readme, id).toContain(`| \`${id}\` |`);
  });
});
