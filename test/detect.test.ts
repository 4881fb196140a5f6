// Shared detection of the brand-safety rules (src/detect): promotion and references to a tragedy.
import { beforeAll, describe, expect, test } from 'vitest';
import { promotionOf } from '../src/detect/promotion.js';
import { tragedyReferenceOf } from '../src/detect/tragedy.js';
import { analyse, ready } from '../src/text/analysis.js';

beforeAll(() => ready());
const analyseText = analyse;

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

