import { describe, expect, test } from 'vitest';
import { draft, fixed, run, slice } from '../helpers.js';
import { ruleTester } from '../rule-tester.js';

const post = (platform: string | string[], body: string, lang = 'en') =>
  draft({ ...(Array.isArray(platform) ? { platforms: platform } : { platform }), lang }, body);

const advice = { config: { hashtags: { advice: true } } };

describe('hashtags: advice is quiet by default', () => {
  test('no advisory maximum and no CamelCase advice without hashtags.advice: true', async () => {
    expect(await run('hashtags', post('x', 'New menu #FallMenu #Coffee #Latte #mondaymotivation'))).toEqual([]);
  });
  test('repeats are still reported', async () => {
    expect((await run('hashtags', post('x', 'New menu #Coffee #coffee'))).length).toBe(1);
  });
});

describe('hashtags: advisory maximum', () => {
  test('X: two are fine, three draw a warning at the extra one', async () => {
    expect(await run('hashtags', post('x', 'New menu #FallMenu #Coffee'))).toEqual([]);
    const t = post('x', 'New menu #FallMenu #Coffee #Latte');
    const [m, ...rest] = await run('hashtags', t, advice);
    expect(rest).toEqual([]);
    expect(m.message).toBe('3 hashtags on X; X works best with at most 2');
    expect(m.severity).toBe(1);
    expect(slice(t, m)).toBe('#Latte');
  });

  test('Threads: one tag', async () => {
    expect(await run('hashtags', post('threads', 'Monday again #MondayMotivation'))).toEqual([]);
    const [m] = await run('hashtags', post('threads', 'Monday #MondayMotivation #Coffee'), advice);
    expect(m.message).toBe('2 hashtags on Threads; Threads works best with at most 1');
  });

  test('Instagram: no advisory by default; 30 is the length rule\'s cap, not reported here', async () => {
    const tags = Array.from({ length: 34 }, (_, i) => `#Tag${i + 1}`).join(' ');
    expect(await run('hashtags', post('instagram', `New in.\n\n${tags}`))).toEqual([]);
  });

  test('configurable per platform; 0 removes the advice', async () => {
    const t = post(['instagram', 'x'], 'Hi #One #Two #Three #Four #Five #Six');
    const ms = await run('hashtags', t, { config: { hashtags: { advice: true, max: { instagram: 5, x: 0 } } } });
    expect(ms.map((m) => m.message)).toEqual(['6 hashtags on Instagram; Instagram works best with at most 5']);
    expect(slice(t, ms[0])).toBe('#Six');
  });

  test('a thread part is its own post', async () => {
    expect(await run('hashtags', post('x', 'Part one #A1 #B2\n---\nPart two #C3 #D4'))).toEqual([]);
  });
});

describe('hashtags: duplicates', () => {
  test('the same tag twice (any case) is a warning with a suggestion to remove the repeat', async () => {
    const t = post('linkedin', 'We are hiring #DevRel engineers. Apply today! #devrel');
    const [m, ...rest] = await run('hashtags', t);
    expect(rest).toEqual([]);
    expect(m.message).toBe('#devrel appears twice');
    expect(slice(t, m)).toBe('#devrel');
    expect(m.fix).toBeUndefined();
    expect(m.suggestions?.[0].desc).toBe('Remove the second #devrel');
    expect(m.suggestions?.[0].fix.text).toBe('');
  });
});

describe('hashtags: Bluesky tag length', () => {
  test('64 graphemes is a tag, 65 is not', async () => {
    expect(await run('hashtags', post('bluesky', `Hi #${'A'.repeat(64)}`))).toEqual([]);
    const t = post('bluesky', `Hi #${'A'.repeat(65)}`);
    const [m] = await run('hashtags', t);
    expect(m.message).toBe(`#${'A'.repeat(20)}… is 65 graphemes long; Bluesky tags are at most 64`);
    expect(slice(t, m)).toBe(`#${'A'.repeat(65)}`);
  });
  test('other platforms have no such limit here', async () => {
    expect(await run('hashtags', post('mastodon', `Hi #${'A'.repeat(65)}`))).toEqual([]);
  });
});

describe('hashtags: CamelCase', () => {
  test('an all-lowercase multi-word tag gets a CamelCase suggestion (warning, not a fix)', async () => {
    const t = post('instagram', 'Fresh out of the oven #pumpkinbread');
    const [m, ...rest] = await run('hashtags', t, advice);
    expect(rest).toEqual([]);
    expect(m.message).toBe('#pumpkinbread: write multi-word hashtags in CamelCase (#PumpkinBread) so screen readers read the words');
    expect(m.severity).toBe(1);
    expect(slice(t, m)).toBe('#pumpkinbread');
    expect(m.fix).toBeUndefined();
    expect(m.suggestions?.[0].fix.text).toBe('PumpkinBread');
    expect(await fixed('hashtags', t, advice)).toBe(t); // suggestions are not applied by --fix
  });

  test('short words and function words: #womenintech', async () => {
    const [m] = await run('hashtags', post('x', 'Panel tonight #womenintech'), advice);
    expect(m.message).toMatch(/\(#WomenInTech\)/);
  });

  test('hard negatives: CamelCase, single words, acronyms, short tags, brand words, non-English', async () => {
    const body = 'Hi #MondayMotivation #coffee #TBT #rant #hygge #understand #stackwise';
    expect(await run('hashtags', post('instagram', body), { config: { hashtags: { advice: true }, dictionary: { brands: ['Stackwise'] } } })).toEqual([]);
    expect(await run('hashtags', post('instagram', 'Sommer! #sommerpåhavnøy #dugnadsånd', 'nb'), advice)).toEqual([]);
  });

  test('hashtags.camel_case: false turns it off', async () => {
    expect(await run('hashtags', post('x', 'Yum #pumpkinbread'), { config: { hashtags: { advice: true, camel_case: false } } })).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// The rule table (test/rule-tester.ts; test/rule-tables.test.ts requires it): the exact messages,
// ranges, severities and --fix output on drafts written for it, hard negatives among the valid.
ruleTester('hashtags', { front: { platform: 'x', lang: 'en' } }).run(
  {
    valid: [
      'New menu! #FallMenu',
      'C# developers, this one is for you.',
      'Fixed in issue #12 and #13.',
      'New menu #FallMenu #Coffee #Latte #mondaymotivation',
      { name: 'CamelCase, acronyms and single words draw no advice', body: 'See you there #NYC #WomenInTech', config: { hashtags: { advice: true } } },
      { name: 'the same word as text and as a tag is not a repeat', body: 'Coffee lovers, this is for you #coffee' },
    ],
    invalid: [
      {
        body: 'New menu! #coffee #fallmenu #coffee #latte',
        errors: [{ message: '#coffee appears twice', text: '#coffee', line: 5, column: 29, endLine: 5, endColumn: 36, severity: 'warn' }],
      },
      {
        body: 'New menu #Coffee #coffee',
        errors: [{ message: '#coffee appears twice', text: '#coffee', severity: 'warn' }],
      },
      {
        name: 'three tags on X, with advice on', body: 'New menu #FallMenu #Coffee #Latte', config: { hashtags: { advice: true } },
        errors: [{ message: '3 hashtags on X; X works best with at most 2', text: '#Latte', severity: 'warn' }],
      },
      {
        name: 'an all-lowercase multi-word tag, with advice on', body: 'Big news #mondaymotivation', config: { hashtags: { advice: true } },
        errors: [{ message: '#mondaymotivation: write multi-word hashtags in CamelCase (#MondayMotivation) so screen readers read the words', text: '#mondaymotivation', severity: 'warn' }],
      },
      {
        name: 'a tag too long for Bluesky', front: { platform: 'bluesky' }, body: 'Hello #' + 'a'.repeat(65),
        errors: [{ message: '#aaaaaaaaaaaaaaaaaaaa… is 65 graphemes long; Bluesky tags are at most 64', text: '#aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', severity: 'error' }],
      },
    ],
  },
);
