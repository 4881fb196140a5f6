// The retext pipeline under the spelling rule: one frozen retext processor per dictionary
// (retext-english + retext-spell), its sentence starts, and the options postlint sets on it.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { packageRoot } from '../../src/paths.js';
import { findDictionary, loadChecker } from '../../src/spell/dictionaries.js';
import { FIRST, FLAGGED } from '../../src/spell/retext.js';
import { draft, run } from '../helpers.js';

const en = (body: string) => draft({ platform: 'x', lang: 'en' }, body);

async function words(text: string) {
  const checker = await loadChecker(findDictionary('en', [packageRoot()])!, { worker: false });
  const [r] = await checker.check([text]);
  const out: { word: string; first: boolean; flagged: boolean }[] = [];
  for (let i = 0; i < r.words.length; i += 3) out.push({ word: text.slice(r.words[i], r.words[i + 1]), first: !!(r.words[i + 2] & FIRST), flagged: !!(r.words[i + 2] & FLAGGED) });
  return out;
}

describe('spelling: the retext processor', () => {
  test('retext-spell flags the words the dictionary rejects; retext-english gives the sentence starts', async () => {
    const w = await words('Lnik: see the menu. We met Dr. Smtih and we recieve "Definately" well-knwon things.');
    expect(w.filter((x) => x.flagged).map((x) => x.word)).toEqual(['Lnik', 'Smtih', 'recieve', 'Definately', 'well-knwon']);
    // "Dr." does not end a sentence (retext-english knows the abbreviation).
    expect(w.filter((x) => x.first).map((x) => x.word)).toEqual(['Lnik', 'We']);
  });

  test('the same checker is used for the whole process, and bare words can be looked up', async () => {
    const files = findDictionary('en', [packageRoot()])!;
    const a = await loadChecker(files, { worker: false });
    expect(await loadChecker(files)).toBe(a);
    expect(await a.correctMany(['receive', 'recieve', 'Monday', "we're", 'qzxv'])).toEqual([true, false, true, true, false]);
  });

  test('a worker-thread processor gives the same answers', async () => {
    const { workerRetext } = await import('../../src/spell/retext.js');
    // A Hunspell dictionary (what other languages use): dictionary-en, installed for other rules.
    const dir = join(packageRoot(), 'node_modules', 'dictionary-en');
    const files = { dir, aff: join(dir, 'index.aff'), dic: join(dir, 'index.dic') };
    const w = await workerRetext(`${files.dir}#test`, files.aff, files.dic, true, true);
    const [r] = await w.check(['Hello wrold. Fine']);
    expect(r.words).toEqual([0, 5, FIRST, 6, 11, FLAGGED, 13, 17, FIRST]);
    expect(await w.correctMany(['hello', 'wrold'])).toEqual([true, false]);
  });
});

describe('spelling: behaviour that depends on retext', () => {
  test('a capitalised word after an abbreviation is inside the sentence: a suggestion, not an automatic fix', async () => {
    const [after] = await run('spelling', en('Thanks to Mr. Wonderfull for the music.'));
    expect(after.message).toBe('"Wonderfull" is not in the en-US dictionary; did you mean "wonderful" or "wonderfully"?');
    expect(after.severity).toBe(2);
    expect(after.fix).toBeUndefined();
    expect(after.suggestions?.map((s) => s.fix.text)).toEqual(['Wonderful', 'Wonderfully']);
    const [start] = await run('spelling', en('Thanks to all. Wonderfull music.'));
    expect(start.fix?.text).toBe('Wonderful');
  });

  test('a label line and a list item start a sentence (retext-english does not split lines)', async () => {
    const ms = await run('spelling', en('Update\nRecieve the menu.\n- Definately worth it'));
    expect(ms.map((m) => m.fix?.text)).toEqual(['Receive', 'Definitely']);
  });

  test("retext-spell's suggestion cap (max counts over the processor's life) never starves later posts", async () => {
    const typos = ['recieve', 'definately', 'seperate', 'tommorow', 'neccessary', 'begining', 'buisness', 'goverment', 'enviroment', 'experiance', 'warehose', 'delicous', 'excercise', 'wierd', 'untill', 'occured', 'beleive', 'adress', 'accomodate', 'acheive', 'agressive', 'apparantly', 'arguement', 'basicly', 'beautifull', 'calandar', 'cemetary', 'collegue', 'concious', 'dissapear', 'embarass', 'existance', 'foriegn', 'freind', 'garantee'];
    for (const t of typos) {
      const [m] = await run('spelling', en(`We ${t} it.`));
      expect(m.message, t).toMatch(/did you mean/);
    }
  });
});
