// No suggestion or fix is ever offensive (issue 12: "Retford" was offered "retard"). Near-misses of every
// offensive word of the data go through the whole suggestion path; the unfiltered ranking is checked too, so the
// test shows the filter is what keeps them out.
import { describe, expect, test } from 'vitest';
import { packageRoot } from '../../src/paths.js';
import { findDictionary, loadChecker } from '../../src/spell/dictionaries.js';
import { offensiveSuggestion, langInfo, Speller } from '../../src/spell/speller.js';
import { rankSuggestions } from '../../src/spell/suggest.js';
import { WordList } from '../../src/spell/words.js';
import { isOffensive, offensiveWords } from '../../src/text/offensive.js';
import { draft, run } from '../helpers.js';

/** A few one-letter slips of a word: each letter left out, each pair of neighbours swapped, each vowel changed. */
function nearMisses(w: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < w.length; i++) {
    out.add(w.slice(0, i) + w.slice(i + 1));
    if (i + 1 < w.length) out.add(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
    if ('aeiou'.includes(w[i])) for (const v of 'aeiou') if (v !== w[i]) out.add(w.slice(0, i) + v + w.slice(i + 1));
  }
  out.delete(w);
  return [...out].filter((x) => x.length >= 3);
}

describe('src/text/offensive.ts', () => {
  test('profanity, sexual terms and slurs from cuss, LDNOOBW and retext-equality; not ordinary words', () => {
    for (const w of ['retard', 'retards', 'Retarded', 'spastic', 'fuck', 'shit', 'cunt', "bitch's", 'dildo', 'tranny']) expect(isOffensive(w, 'en'), w).toBe(true);
    for (const w of ['Retford', 'record', 'Scunthorpe', 'Middlesex', 'just', 'master', 'special', 'adult', 'african', 'cocktail', 'bomb']) expect(isOffensive(w, 'en'), w).toBe(false);
    expect(isOffensive('faen', 'nb')).toBe(true);
    expect(isOffensive('faen', 'no')).toBe(true);
    expect(isOffensive('faen', 'en')).toBe(false);
    expect(isOffensive('faen')).toBe(true);
    expect(offensiveWords('nn')).toBe(offensiveWords('nb'));
    expect(offensiveWords('en').size).toBeGreaterThan(1500);
  });
});

describe('spelling: never an offensive suggestion', () => {
  test('"Retford" and near-misses of every English offensive word get no offensive suggestion', async () => {
    const speller = new Speller(langInfo('en'), await loadChecker(findDictionary('en', [packageRoot()])!), new WordList());
    const team = new WordList();
    const words = [...offensiveWords('en')].filter((w) => /^[a-z]{4,}$/.test(w));
    // For each word, its first slip that is not a word itself (one per word keeps the test under ten seconds).
    const rejected: string[] = [];
    for (const w of words) {
      const cands = nearMisses(w);
      const ok = await speller.acceptMany(cands, team);
      const t = cands.find((_, i) => !ok[i]);
      if (t) rejected.push(t);
    }
    expect(rejected.length).toBeGreaterThan(words.length * 0.9);
    let unfilteredHits = 0;
    const offered: string[] = [];
    for (const t of ['retford', 'Retford', ...rejected]) {
      for (const c of await speller.suggest(t, team, '')) if (offensiveSuggestion(c.word, 'en-US')) offered.push(`${t} -> ${c.word}`);
      const raw = await rankSuggestions(t, { backend: { correctMany: (ws) => speller.acceptMany(ws, team, true) }, alphabet: speller.checker.alphabet, english: true, extra: [] });
      if (raw.slice(0, 3).some((c) => isOffensive(c.word, 'en'))) unfilteredHits++;
    }
    expect(offered).toEqual([]);
    // Without the filter these near-misses would offer offensive words (so the path above is really exercised).
    expect(unfilteredHits).toBeGreaterThan(rejected.length / 4);
  }, 300_000);

  test('through the rule: messages, suggestions and fixes', async () => {
    const body = 'New stores in Retford and Scunthorpe. Retford opens first. We are retardd about it, a fcuk of a day and a sh1t week.';
    const ms = await run('spelling', draft({ platform: 'x', lang: 'en-GB' }, body));
    const texts = ms.flatMap((m) => [m.message.split('did you mean')[1] ?? '', m.fix?.text ?? '', ...(m.suggestions ?? []).map((s) => s.fix.text)]);
    expect(ms.length).toBeGreaterThan(0);
    for (const t of texts) for (const w of t.split(/[^\p{L}']+/u)) expect(isOffensive(w, 'en'), `${w} in ${t}`).toBe(false);
  });
});
