// The data contract of rules/data: every list of things to match says why it is there, where it
// comes from and when it was added, and every phrase compiles in the phrase language.
import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { dataProblem, ruleData } from '../src/data/load.js';
import { ready } from '../src/text/analysis.js';
import { Lexicon, type ClassesByLang, type DataEntry } from '../src/text/lexicon.js';

beforeAll(() => ready());

const files = readdirSync('rules/data').filter((f) => f.endsWith('.yaml'));
// spelling.yaml lists words, not phrases: it keeps the provenance contract but is not compiled.
const phraseFiles = files.filter((f) => f !== 'spelling.yaml');

describe('rules/data', () => {
  test.each(files)('%s keeps the contract', (file) => {
    expect(() => ruleData(file)).not.toThrow();
  });

  test.each(phraseFiles)('%s: every phrase compiles, in both languages', (file) => {
    const d = ruleData<Record<string, unknown>>(file);
    const lists = Object.values(d).filter((v): v is DataEntry[] => Array.isArray(v) && v.every((e) => e && typeof e === 'object'));
    for (const entries of lists) {
      const lex = new Lexicon(file, entries, (d.classes ?? {}) as ClassesByLang);
      expect(() => lex.phrases('en')).not.toThrow();
      expect(() => lex.phrases('nb')).not.toThrow();
    }
  });

  test('the contract catches an entry without provenance, wherever it sits', () => {
    expect(dataProblem({ entries: [{ id: 'x', en: ['a'], note: 'why it is here', source: 'where it comes from', added: '2026-01-01' }] })).toBeUndefined();
    expect(dataProblem({ entries: [{ id: 'x', en: ['a'], note: 'n', added: '2026-01-01' }] })).toMatch(/entries\/0.*source/);
    expect(dataProblem({ deep: { list: [{ nb: ['hei'] }] } })).toMatch(/deep\/list\/0/);
    expect(dataProblem({ entries: [{ id: 'x', en: ['a'], note: 'why it is here', source: 'where it comes from', added: 'yesterday' }] })).toBeDefined();
    // Word classes are lists of alternatives, not entries.
    expect(dataProblem({ classes: { en: { role: ['ref'] } } })).toBeUndefined();
  });
});
