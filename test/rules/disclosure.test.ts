import { describe, expect, test } from 'vitest';
import { applyFixes } from '../../src/engine/fix.js';
import { foldOffset, hashtagPiles } from '../../rules/disclosure.js';
import { draft, run, slice } from '../helpers.js';
import { ruleTester } from '../rule-tester.js';

const accounts = [{ handle: 'mapleandmain', kind: 'brand', platforms: ['instagram', 'facebook', 'x', 'linkedin', 'threads'] }];
const config = { accounts };
const LONG = 'Meet the linen range we designed with @threadbarestudio: breathable, washable and made to last for years of lazy Sundays and long lunches.';

const post = (body: string, extra: Record<string, unknown> = {}) => draft({ account: 'mapleandmain', platform: 'instagram', sponsored: true, ...extra }, body);

describe('disclosure: which posts', () => {
  test('posts that are not marked as paid are not checked', async () => {
    expect(await run('disclosure', draft({ account: 'mapleandmain', platform: 'instagram' }, LONG), { config })).toEqual([]);
    expect(await run('disclosure', post(LONG, { sponsored: false }), { config })).toEqual([]);
    // Words about sponsorship are not a paid post ("shirts sponsored by @harboursidebank").
    expect(await run('disclosure', draft({ account: 'mapleandmain', platform: 'x' }, "The women's shirts are sponsored by @harboursidebank."), { config })).toEqual([]);
  });

  test('a paid-partnership label marks a post, built-in or from the config', async () => {
    const labelled = draft({ account: 'mapleandmain', platform: 'instagram', labels: ['Paid-Partnership'] }, LONG);
    const [m] = await run('disclosure', labelled, { config });
    expect(m.message).toMatch(/^no disclosure: this post is marked as a paid partnership \(the label 'Paid-Partnership'\)/);
    expect(slice(labelled, m)).toBe('["Paid-Partnership"]');
    const custom = draft({ account: 'mapleandmain', platform: 'instagram', labels: ['brand-deal'] }, LONG);
    expect(await run('disclosure', custom, { config })).toEqual([]);
    expect(await run('disclosure', custom, { config: { ...config, disclosure: { labels: ['brand-deal'] } } })).toHaveLength(1);
  });
});

describe('disclosure: clear words', () => {
  test('#ad at the start passes', async () => {
    expect(await run('disclosure', post(`#ad ${LONG}`), { config })).toEqual([]);
  });

  test('no disclosure: reported at sponsored, with a suggestion to start with #ad', async () => {
    const t = post(LONG);
    const [m, ...rest] = await run('disclosure', t, { config });
    expect(rest).toEqual([]);
    expect(m.message).toBe('no disclosure: this post is marked as a paid partnership (sponsored: true) but never says so; add "#ad" or "Paid partnership" before Instagram\'s "…more" cut (125 characters or 3 lines)');
    expect(slice(t, m)).toBe('true');
    expect(m.fix).toBeUndefined();
    expect(m.suggestions?.[0].desc).toBe('Start the post with "#ad"');
    expect(applyFixes(t, [m.suggestions![0].fix])).toBe(post(`#ad ${LONG}`));
  });

  test('phrases and labels that count', async () => {
    for (const body of [
      `Paid partnership with @threadbarestudio. ${LONG}`,
      `Ad: ${LONG}`,
      `AD | ${LONG}`,
      `[Ad] ${LONG}`,
      `${LONG.slice(0, 60)} (ad) ${LONG.slice(60)}`,
      `This post is sponsored by Threadbare Studio. ${LONG}`,
      `#Sponsored ${LONG}`,
      `Advertisement feature: ${LONG}`,
    ])
      expect(await run('disclosure', post(body), { config }), body).toEqual([]);
  });

  test('hard negatives: the word "ad" in prose, #adventure, a URL', async () => {
    for (const body of [
      `Our new ad campaign is live! ${LONG}`,
      `#adventure awaits. ${LONG}`,
      `Details: https://example.org/ad/linen ${LONG}`,
      `Adorable linen. ${LONG}`,
    ]) {
      const ms = await run('disclosure', post(body), { config });
      expect(ms.map((m) => m.message.split(':')[0]), body).toEqual(['no disclosure']);
    }
  });

  test('other languages: Annonse for Norwegian, Anzeige for German; English counts everywhere', async () => {
    expect(await run('disclosure', post(`Annonse: ${LONG}`, { lang: 'nb' }), { config })).toEqual([]);
    expect(await run('disclosure', post(`#reklame ${LONG}`, { lang: 'nb' }), { config })).toEqual([]);
    expect(await run('disclosure', post(`Anzeige: ${LONG}`, { lang: 'de' }), { config })).toEqual([]);
    expect(await run('disclosure', post(`#ad ${LONG}`, { lang: 'nb' }), { config })).toEqual([]);
    // A German word in an English post is not understood by its readers.
    expect(await run('disclosure', post(`Anzeige: ${LONG}`), { config })).toHaveLength(1);
    const [m] = await run('disclosure', post(LONG, { lang: 'nb' }), { config });
    expect(m.suggestions?.[0].desc).toBe('Start the post with "Annonse:"');
  });

  test('the config adds words', async () => {
    const cfg = { ...config, disclosure: { words: ['#partnerpost', 'Betalt samarbeid'] } };
    expect(await run('disclosure', post(`#PartnerPost ${LONG}`), { config: cfg })).toEqual([]);
    expect(await run('disclosure', post(`Betalt samarbeid med Threadbare. ${LONG}`), { config: cfg })).toEqual([]);
  });

  test('unclear shorthand is named', async () => {
    const t = post(`#spon ${LONG}`);
    const [m] = await run('disclosure', t, { config });
    expect(m.message).toBe('\'#spon\' is not a clear disclosure: this post is marked as a paid partnership (sponsored: true); say "#ad" or "Paid partnership" before Instagram\'s "…more" cut (125 characters or 3 lines)');
    expect(slice(t, m)).toBe('#spon');
  });

  test('alt text is not seen before "more": a disclosure there does not count', async () => {
    const t = '---\naccount: mapleandmain\nplatform: instagram\nsponsored: true\nmedia:\n  - path: a.png\n    alt: "#ad Linen on a line."\n---\n' + LONG + '\n';
    expect((await run('disclosure', t, { config }))[0].message).toMatch(/^no disclosure/);
  });
});

describe('disclosure: where it is seen', () => {
  test('after Instagram\'s 125-character cut, pointing at the disclosure, with a suggestion to move it', async () => {
    const body = `${LONG} #ad`;
    const t = post(body);
    const [m] = await run('disclosure', t, { config });
    expect(m.message).toBe(`'#ad' comes after Instagram's "…more" cut (125 characters or 3 lines): it starts at character ${LONG.length + 2}, where most people never see it`);
    expect(slice(t, m)).toBe('#ad');
    expect(m.suggestions?.[0].desc).toBe('Move "#ad" to the start of the post');
    expect(applyFixes(t, [m.suggestions![0].fix])).toBe(post(`#ad ${LONG}`));
  });

  test('the same position is fine on X (280), and the strictest platform decides a cross-post', async () => {
    const body = `${LONG} #ad`;
    expect(await run('disclosure', post(body, { platform: 'x' }), { config })).toEqual([]);
    const cross = draft({ account: 'mapleandmain', platforms: ['x', 'linkedin'], sponsored: true }, body);
    expect((await run('disclosure', cross, { config }))[0].message).toMatch(/^'#ad' comes after LinkedIn's "…more" cut \(140 characters or 3 lines\)/);
  });

  test('a disclosure on the fourth line is after Instagram\'s three-line fold even when short', async () => {
    expect((await run('disclosure', post('Linen.\nWashable.\nBreathable.\n#ad Threadbare x Maple & Main'), { config }))[0].message).toMatch(/comes after Instagram/);
    expect(await run('disclosure', post('Linen.\nWashable.\n#ad Threadbare x Maple & Main\nBreathable.'), { config })).toEqual([]);
  });

  test('a fold can be overridden in the config', async () => {
    const body = `${LONG} #ad`;
    expect(await run('disclosure', post(body, { platform: 'linkedin' }), { config: { ...config, disclosure: { folds: { linkedin: 210 } } } })).toEqual([]);
  });

  test('buried in a pile of hashtags at the end, even in a short post', async () => {
    const t = post('New linen, made with @threadbarestudio. #linen #homestyle #ad #slowliving');
    const [m] = await run('disclosure', t, { config });
    expect(m.message).toBe("'#ad' is buried in a pile of 4 hashtags at the end: put the disclosure at the start, where it is read");
    expect(slice(t, m)).toBe('#ad');
    expect(applyFixes(t, [m.suggestions![0].fix])).toBe(post('#ad New linen, made with @threadbarestudio. #linen #homestyle #slowliving'));
  });

  test('first in a trailing pile is still buried; first of a pile that opens the post is not', async () => {
    expect(await run('disclosure', post('New linen is here. #ad #linen #homestyle'), { config })).toHaveLength(1);
    expect(await run('disclosure', post('#ad #linen #homestyle New linen is here.'), { config })).toEqual([]);
    expect(await run('disclosure', post('#linen #ad #homestyle New linen is here.'), { config })).toHaveLength(1);
    // Two hashtags are not a pile.
    expect(await run('disclosure', post('New linen is here. #linen #ad'), { config })).toEqual([]);
  });

  test('one good disclosure is enough', async () => {
    expect(await run('disclosure', post(`Ad: ${LONG} #linen #homestyle #ad`), { config })).toEqual([]);
  });
});

describe('disclosure: helpers', () => {
  test('fold offsets count graphemes and lines', () => {
    expect(foldOffset('👩‍👩‍👧abc', { chars: 2 })).toBe('👩‍👩‍👧a'.length);
    expect(foldOffset('a\nb\nc\nd', { chars: 125, lines: 3 })).toBe(5);
    expect(foldOffset('short', { chars: 125 })).toBe(5);
  });

  test('hashtag piles', () => {
    const piles = hashtagPiles('Hi #a #b\n#c there #d #e');
    expect(piles.map((p) => [p.tags.map((t) => t.text), p.trailing])).toEqual([[['#a', '#b', '#c'], false]]);
  });
});

// ---------------------------------------------------------------------------------------------
// The rule table (test/rule-tester.ts; test/rule-tables.test.ts requires it): the exact messages,
// ranges, severities and --fix output on drafts written for it, hard negatives among the valid.
ruleTester('disclosure', {
  config: { accounts: [{ handle: 'mapleandmain', kind: 'brand', platforms: ['instagram', 'facebook', 'x', 'linkedin', 'threads'] }] },
  front: { account: 'mapleandmain', platform: 'instagram', sponsored: true },
}).run(
  {
    valid: [
      '#ad Meet the linen range we designed with @threadbarestudio: breathable, washable and made to last.',
      'Paid partnership with @threadbarestudio: meet the linen range we designed together.',
      { name: 'a post not marked as paid is not checked', body: 'Meet the linen range we designed with @threadbarestudio.', front: { sponsored: false } },
      { name: 'words about sponsorship are not a paid post', body: "The women's shirts are sponsored by @harboursidebank.", front: { sponsored: undefined, platform: 'x' } },
      { name: 'Annonse in a Norwegian post', body: 'Annonse: Sengetøyet vi har laget sammen med @threadbarestudio er her.', front: { lang: 'nb' } },
    ],
    invalid: [
      {
        body: 'Meet the linen range we designed with @threadbarestudio: breathable, washable and made to last for years of lazy Sundays and long lunches.\n\n#linen #homestyle #ad #slowliving',
        errors: [{ message: "'#ad' is buried in a pile of 4 hashtags at the end: put the disclosure at the start, where it is read", text: '#ad', severity: 'error' }],
      },
      {
        body: 'Meet the linen range we designed with @threadbarestudio.',
        errors: [{ message: 'no disclosure: this post is marked as a paid partnership (sponsored: true) but never says so; add "#ad" or "Paid partnership" before Instagram\'s "…more" cut (125 characters or 3 lines)', text: 'true', severity: 'error' }],
      },
      {
        name: 'a paid-partnership label marks the post', body: 'Meet the linen range we designed with @threadbarestudio.', front: { sponsored: undefined, labels: ['Paid-Partnership'] },
        errors: [{ message: 'no disclosure: this post is marked as a paid partnership (the label \'Paid-Partnership\') but never says so; add "#ad" or "Paid partnership" before Instagram\'s "…more" cut (125 characters or 3 lines)', text: '["Paid-Partnership"]', severity: 'error' }],
      },
    ],
  },
);
