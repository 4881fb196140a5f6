// Support code of wrong-account and tone: the phrase matcher, quotations, and the data files.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { compilePatterns, indexWords } from '../src/voice/patterns.js';
import { compileSignals, type SignalDef } from '../src/voice/signals.js';
import { customerQuestions, quoteSpans } from '../src/voice/text.js';
import { approxIn, signed } from '../rules/wrong-account.js';

const match = (phrases: string[], text: string, classes: Record<string, string[]> = {}) =>
  compilePatterns([{ phrases, entry: 1 }], classes).match(indexWords(text)).map((m) => m.text);

describe('phrase patterns', () => {
  test('alternatives, optional words, classes (nested), endings and gaps', () => {
    expect(match(['fight me|us'], 'ok, fight us')).toEqual(['fight us']);
    expect(match(['you should? have checked'], 'you have checked / you should have checked')).toEqual(['you have checked', 'you should have checked']);
    expect(match(['{role} is ~ {insult}'], 'The ref is an absolute clown', { role: ['{official}'], official: ['ref', 'referee'], insult: ['clown'] })).toEqual(['ref is an absolute clown']);
    expect(match(['defamat*'], 'a defamatory post')).toEqual(['defamatory']);
  });

  test('whole words only; apostrophes optional; hyphens and one comma separate words', () => {
    expect(match(['sex'], 'unisex, Sussex')).toEqual([]);
    expect(match(["can't wait"], 'cant wait, can’t wait')).toEqual(['cant wait', 'can’t wait']);
    expect(match(['shoot out'], 'a penalty shoot-out')).toEqual(['shoot-out']);
    expect(match(['sure jan'], 'Sure, Jan.')).toEqual(['Sure, Jan']);
  });

  test('a possessive word still triggers its phrase', () => {
    expect(match(['dirty homo'], "fed up of dirty homo's")).toEqual(['dirty homo']);
  });

  test('unless_next, unless_prev, unless_in and sentence starts', () => {
    const set = compileSignals([
      { category: 'p', weight: 3, phrases: ['bloody'], unless_next: ['mary'], lang: 'en' },
      { category: 'a', weight: 3, phrases: ['they are ~ joke'], unless_in: ['no'], lang: 'en' },
      { category: 'f', weight: 1, phrases: ['feeling'], at: 'start', lang: 'en' },
    ] as SignalDef[]);
    const run = (t: string) => set.forLang('en').flatMap((m) => m.match(indexWords(t))).map((m) => m.text);
    expect(run('A Bloody Mary, a bloody mess')).toEqual(['bloody']);
    expect(run('They are no joke. They are a joke.')).toEqual(['They are a joke']);
    expect(run('Feeling tired? Our staff are feeling great')).toEqual(['Feeling']);
  });

  test('the last token cannot be optional', () => {
    expect(() => compilePatterns([{ phrases: ['fight me?'], entry: 1 }])).toThrow(/cannot be optional/);
  });
});

describe('quotations and customer questions', () => {
  test('double, curly and guillemet quotes; single quotes only when they are not apostrophes', () => {
    const t = `"I love it" and “my husband too” and «jeg også» but don't and the kids' rooms; 'She died 3 days b4'.`;
    expect(quoteSpans(t).map((s) => t.slice(s.start, s.end))).toEqual(['"I love it"', '“my husband too”', '«jeg også»', "'She died 3 days b4'"]);
  });

  test('an unclosed quote quotes nothing; blockquotes count', () => {
    expect(quoteSpans('He said "hello and left')).toEqual([]);
    const t = '> my ex is a clown\nOur reply';
    expect(quoteSpans(t).map((s) => t.slice(s.start, s.end))).toEqual(['> my ex is a clown']);
  });

  test('FAQ questions in the customer\'s voice', () => {
    const t = 'Q: Can I bring my dog? A: Yes. How do I reset my PIN? In the app. Kan jeg ta med hunden min?';
    expect(customerQuestions(t).map((s) => t.slice(s.start, s.end))).toEqual(['Can I bring my dog?', 'How do I reset my PIN?', 'Kan jeg ta med hunden min?']);
  });
});

describe('signatures and misspelt tags', () => {
  test.each([
    ['Your bag is on its way. — Sam', true],
    ['Your bag is on its way. -Jess T.', true],
    ['Send me your questions! ^LO ✈️', true],
    ['Take a bow, Sam Okoro, two saves!', false],
    ['Thank you for ten years, Northgate.', false],
  ])('%s', (t, want) => expect(signed(t, 'en')).toBe(want));

  test('Norwegian sign-offs', () => expect(signed('Vi ser på saken. Hilsen Kari', 'nb')).toBe(true));

  test('approximate substring distance', () => {
    expect(approxIn('slizzered', 'gettngslizzerd')).toBe(1);
    expect(approxIn('slizzered', 'foodwaste')).toBeGreaterThan(2);
  });
});

describe('data files', () => {
  test.each(['wrong-account', 'tone'])('%s.yaml: every entry has a note, a source and a date, and compiles', (id) => {
    const data = parse(readFileSync(`rules/data/${id}.yaml`, 'utf8')) as { classes: Record<string, Record<string, string[]>>; signals: SignalDef[] };
    for (const s of data.signals) {
      expect(s.note, JSON.stringify(s.phrases ?? s.regex)).toBeTruthy();
      expect(s.source, JSON.stringify(s.phrases ?? s.regex)).toBeTruthy();
      expect(String(s.added)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect([0, 1, 2, 3]).toContain(s.weight);
      expect(['en', 'nb', 'any']).toContain(s.lang ?? 'any');
    }
    const set = compileSignals(data.signals, data.classes);
    for (const l of ['en', 'nb', 'de']) expect(set.forLang(l).length).toBeGreaterThan(0);
  });
});
