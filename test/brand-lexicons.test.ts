// Unit tests of the shared brand-safety detection (src/brand): tokenising, phrase syntax,
// promotion and tragedy signs.
import { describe, expect, test } from 'vitest';
import { compilePhrases, expandPhrase, tokenize } from '../src/brand/match.js';
import { promotionOf } from '../src/brand/promo.js';
import { analyseText } from '../src/brand/text.js';
import { tragedyReferenceOf } from '../src/brand/tragedy.js';

const m = (phrases: string[], text: string) => compilePhrases([{ phrases, entry: 1 }]).match(tokenize(text), text).map((x) => x.text);

describe('phrase matching', () => {
  test('whole words, never substrings', () => {
    expect(m(['sex'], 'Our unisex jackets, across Sussex and Essex')).toEqual([]);
    expect(m(['sex'], 'sex education')).toEqual(['sex']);
  });
  test('hyphens and spaces are the same; prefixes; alternatives; optionals', () => {
    expect(m(['shoot out'], 'a penalty shoot-out')).toEqual(['shoot-out']);
    expect(m(['bomb*'], 'bombs and bombing, not a photobomb')).toEqual(['bombs', 'bombing']);
    expect(m(['(thoughts|hearts) are with'], 'Our hearts are with you')).toEqual(['hearts are with']);
    expect(m(['without [a] fee'], 'without fee, without a fee')).toEqual(['without fee', 'without a fee']);
    expect(expandPhrase('(come|pop) (in|on in)').map((v) => v.join(' ')).sort()).toEqual(['(come|pop) in', '(come|pop) on in']);
  });
  test('numbers, % and currency are tokens', () => {
    expect(m(['{n} % off'], '20% off and 20 % off')).toEqual(['20% off', '20 % off']);
    expect(m(['(from|is) ($|£) {n}'], 'from $389, is £1,250.50')).toEqual(['from $389', 'is £1,250.50']);
  });
  test('phrases stop at sentence punctuation and commas', () => {
    expect(m(['fire sale'], 'fire. sale')).toEqual([]);
    expect(m(['fire sale'], 'fire, sale')).toEqual([]);
  });
  test('exact case and {cap} skip sentence starts', () => {
    expect(m(['=Labour'], 'Labour costs rose. The Labour councillors')).toEqual(['Labour']);
    expect(m(['hurricane {cap}'], 'Hurricane Delia is near')).toEqual(['Hurricane Delia']);
    expect(m(['=RIP'], 'rip the tag off. RIP Jo')).toEqual(['RIP']);
  });
  test('a Norwegian ordinal date is not a sentence end', () => {
    expect(m(['22. juli'], 'Vi minnes 22. juli i dag. Juli er fin.')).toEqual(['22. juli']);
  });
  test('possessive s is ignored', () => {
    expect(m(['minute silence'], "a minute's silence")).toEqual(["minute's silence"]);
  });
});

describe('promotion', () => {
  const promo = async (t: string, lang = 'en') => promotionOf(await analyseText(t), lang);
  test.each([
    ['Our wool throws are 20% off this week', 'discount'],
    ['all drip coffee is $1 today', 'price'],
    ['Book with confidence: http://127.0.0.1:4873/ok/book', 'cta'],
    ['30% off annual plans with code JOTRAN30', 'discount'],
    ['10% of every sale goes to families who lost their homes', 'share-of-sales'],
    ['our car finance starts from 6.9% APR representative', 'finance'],
    ['free shipping on orders over $50 through Friday', 'shipping'],
    ['sesongkortene er 20 % billigere ut uka', 'discount'],
  ])('promotional: %s', async (t, kind) => {
    const p = await promo(t, /billigere/.test(t) ? 'nb' : 'en');
    expect(p.promotional).toBe(true);
    expect(p.signals.map((s) => s.kind)).toContain(kind);
  });
  test.each([
    "We've donated $5,000 to @harvestcommons. If you'd like to help too, please give to them directly: http://x.org/donate",
    'You can change your flight for free until Sunday. Check your flight status: http://127.0.0.1/ok',
    'If you can, donate at http://127.0.0.1/donate. $25 feeds a family for three days.',
    'Support for affected residents is available at the Civic Centre from 9am.',
    'Free flu shots at our pantry this Thursday. No appointment needed.',
    'A memorial will be held at Northgate Community Hall on Saturday at 2 p.m. All are welcome.',
  ])('not promotional: %s', async (t) => {
    expect((await promo(t)).promotional).toBe(false);
  });
});

describe('tragedy reference', () => {
  const ref = async (t: string, lang = 'en') => tragedyReferenceOf(await analyseText(t), { lang });
  test.each([
    'Ten years ago today, the Halden Street fire took six of our neighbors. We will never forget them.',
    'Our thoughts are with the families of those lost on Flight 212.',
    'Hurricane Delia is headed our way',
    'RIP Jo Tran, whose open-source work powered half the internet.',
    'Our hearts are with everyone hit by the floods',
    'I dag er det fem år siden raset i Skarvdalen. Vi minnes de tre som omkom.',
    'The storm is coming. Stay safe, everyone.',
  ])('refers: %s', async (t) => {
    expect((await ref(t, /raset/.test(t) ? 'nb' : 'en')).refers).toBe(true);
  });
  test.each([
    'Avoid a moving-day disaster with our free packing checklist',
    'Memorial Day weekend sale: 20% off outdoor furniture',
    "We're turning 10 on Saturday! Free cookie with every drink",
    'We fixed a crash when a pipeline had more than 99 steps',
    'Never forget your reusable cup! 25¢ off every drink',
    'Salted caramel cold foam is to die for',
    'Checking in is dead simple',
    'Postmortem: a bad cache key affected 3% of builds; we credited affected teams.',
    'Killer deal alert: duvet covers $79',
    'Winter storm update: flights may be delayed. Change your flight for free.',
  ])('does not refer: %s', async (t) => {
    expect((await ref(t)).refers).toBe(false);
  });
});

describe('data files', () => {
  const files = ['risky-topic.yaml', 'promotion.yaml', 'tragedy.yaml', 'joke-cues.yaml', 'hashtag-hijack.yaml'];
  // One slot of a phrase: a word (optionally with * or exact case), a number/name/any placeholder, a sign, or a group of those.
  const WORD = /^=?[\p{L}\p{N}'’&#]+\*?$|^\{(n|cap|any)\}$|^[%\p{Sc}]$/u;
  const slotOk = (slot: string) => (slot.startsWith('(') && slot.endsWith(')') ? slot.slice(1, -1).split('|').every((w) => WORD.test(w)) : WORD.test(slot));

  test.each(files)('%s: every entry has a note, a source and a date, and every phrase parses', async (file) => {
    const { loadData } = await import('../src/brand/text.js');
    const d = loadData<Record<string, unknown>>(file);
    const entries = [...((d.entries as Record<string, unknown>[]) ?? []), ...((d.tags as Record<string, unknown>[]) ?? []), ...((d.shapes as Record<string, unknown>[]) ?? [])];
    expect(entries.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const e of entries) {
      const id = String(e.id ?? e.tag);
      expect(e.source, id).toBeTruthy();
      expect(String(e.added), id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if ('note' in e || file !== 'hashtag-hijack.yaml') expect(e.note ?? e.context, id).toBeTruthy();
      const topics = (e.topics ?? {}) as Record<string, string[]>;
      const phrases = [...((e.en as string[]) ?? []), ...((e.nb as string[]) ?? []), ...((e.any as string[]) ?? []), ...((e.unless as string[]) ?? []), ...Object.values(topics).flat()];
      for (const p of phrases) {
        if (typeof p !== 'string') problems.push(`${id}: ${String(p)} is not text`);
        else if (/[?\\^+]|\)[\p{L}\d]|[\p{L}\d]\(/u.test(p)) problems.push(`${id}: regex-like syntax in "${p}"`);
        else for (const v of expandPhrase(p)) for (const slot of v) if (!slotOk(slot)) problems.push(`${id}: "${p}" has a bad word "${slot}"`);
      }
    }
    expect(problems).toEqual([]);
  });
});
