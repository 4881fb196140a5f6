import { describe, expect, test } from 'vitest';
import { draft, fixed, run, slice } from '../helpers.js';
import { ruleTester } from '../rule-tester.js';

const accounts = [
  {
    handle: 'acmecloud',
    kind: 'brand',
    name: 'Acme Cloud',
    platforms: ['x', 'mastodon', 'bluesky', 'instagram', 'linkedin'],
    handles: { mastodon: '@acmecloud@mast.acme.dev', bluesky: '@acmecloud.bsky.social' },
    partners: ['@fernhillfarms', '@loaflane', '@loafland', '@devfjord', '@devfjord.bsky.social', '@devfjord@social.devfjord.no'],
    competitors: ['@rivalcloud'],
  },
  { handle: 'mira_codes', kind: 'personal', platforms: ['x', 'instagram', 'mastodon'] },
];
const config = { accounts };
const post = (platform: string, body: string, extra: Record<string, unknown> = {}) => draft({ account: 'acmecloud', platform, ...extra }, body);

describe('mention: registry (brand accounts)', () => {
  test('known handles pass, compared case-insensitively', async () => {
    expect(await run('mention', post('x', 'Thanks @fernhillfarms and @LoafLane!'), { config })).toEqual([]);
    expect(await run('mention', post('instagram', 'Our own @AcmeCloud team'), { config })).toEqual([]);
  });

  test('one edit from exactly one known handle: error with a fix', async () => {
    const t = post('x', 'Big thanks to @acmeclould and friends.');
    const [m, ...rest] = await run('mention', t, { config });
    expect(rest).toEqual([]);
    expect(m.message).toBe('@acmeclould is not a known handle; did you mean @acmecloud?');
    expect(m.severity).toBe(2);
    expect(slice(t, m)).toBe('@acmeclould');
    expect(await fixed('mention', t, { config })).toBe(post('x', 'Big thanks to @acmecloud and friends.'));
  });

  test('a transposition is one edit', async () => {
    const [m] = await run('mention', post('x', 'With @fernhlilfarms today'), { config });
    expect(m.message).toBe('@fernhlilfarms is not a known handle; did you mean @fernhillfarms?');
    expect(m.fix?.text).toBe('@fernhillfarms');
  });

  test('as close to two known handles: suggestions, no fix', async () => {
    const [m] = await run('mention', post('x', 'Pastries by @loaflans'), { config });
    expect(m.message).toBe('@loaflans is not a known handle; did you mean @loafland or @loaflane?');
    expect(m.fix).toBeUndefined();
    expect(m.suggestions?.map((s) => s.fix.text)).toEqual(['@loafland', '@loaflane']);
  });

  test('an unknown handle is a warning', async () => {
    const t = post('instagram', 'Thank you @cozycornerliving for styling our throws');
    const [m, ...rest] = await run('mention', t, { config });
    expect(rest).toEqual([]);
    expect(m.message).toBe('@cozycornerliving is not in the account registry');
    expect(m.severity).toBe(1);
    expect(slice(t, m)).toBe('@cozycornerliving');
  });

  test('mention.known in the config adds handles', async () => {
    expect(await run('mention', post('instagram', 'Thank you @cozycornerliving'), { config: { accounts, mention: { known: ['cozycornerliving'] } } })).toEqual([]);
  });

  test('competitors draw a warning', async () => {
    const [m, ...rest] = await run('mention', post('x', 'Unlike @RivalCloud, we never go down.'), { config });
    expect(rest).toEqual([]);
    expect(m.message).toBe('@RivalCloud is a competitor of Acme Cloud');
    expect(m.severity).toBe(1);
  });

  test('the reply_to author counts as known', async () => {
    const t = draft('account: acmecloud\nplatform: x\nreply_to:\n  author: "@sam_ships"\n  text: "Slides?"', '@sam_ships here you go!');
    expect(await run('mention', t, { config })).toEqual([]);
  });

  test('not mentions: e-mail addresses, "@ the market", handles in URLs and code', async () => {
    const body = 'Email hello@acme.dev, find us @ the market, see https://example.org/@someone and `@decorator`.';
    expect(await run('mention', post('x', body), { config })).toEqual([]);
  });

  test('without a registry only the forms are checked', async () => {
    expect(await run('mention', draft({ platform: 'x' }, 'Hi @anyone_at_all'))).toEqual([]);
  });
});

describe('mention: unknown handles are quiet by default', () => {
  test('an account with a partner list: an unknown handle is a warning, outside replies and quotes', async () => {
    const [m] = await run('mention', post('x', 'Thank you @cozycorner for styling our throws'), { config });
    expect(m.message).toBe('@cozycorner is not in the account registry');
    expect(m.severity).toBe(1);
    // A reply tags the customer; RT/via/cc and quotations name someone else's words.
    expect(await run('mention', post('x', 'Sorry to hear that @jo_bloggs, DM us', { reply_to: { text: 'My order is late' } }), { config })).toEqual([]);
    expect(await run('mention', post('x', 'Ha, yes! RT @JCPenney Who knew this was going to be a game'), { config })).toEqual([]);
    expect(await run('mention', post('x', 'Great read, via @guardian'), { config })).toEqual([]);
    expect(await run('mention', post('x', 'They wrote "thanks @acme_fan for the tip" and we agree'), { config })).toEqual([]);
  });
  test('an account without a partner list has declared nobody: unknown handles pass unless mention.unknown is always', async () => {
    const mine = (body: string) => draft({ account: 'mira_codes', platform: 'x' }, body);
    expect(await run('mention', mine('So proud of this lot @AcmeCloud'), { config })).toEqual([]);
    expect(await run('mention', mine('Coffee with @sam_ships'), { config })).toEqual([]);
    const [m] = await run('mention', mine('Coffee with @sam_ships'), { config: { ...config, mention: { unknown: 'always' } } });
    expect(m.message).toBe('@sam_ships is not in the account registry');
    expect(await run('mention', post('x', 'Thank you @cozycorner'), { config: { ...config, mention: { unknown: 'off' } } })).toEqual([]);
  });
});

describe('mention: personal accounts are checked too (corpus convention)', () => {
  const mine = (body: string) => draft({ account: 'mira_codes', platform: 'x' }, body);
  test('a near miss of a registry handle is an error with a fix', async () => {
    const [m] = await run('mention', mine('Love the bread from @loaflame'), { config });
    expect(m.message).toBe('@loaflame is not a known handle; did you mean @loaflane?');
    expect(m.severity).toBe(2);
    expect(m.fix?.text).toBe('@loaflane');
  });
});

describe('mention: forms per platform', () => {
  test('Mastodon: full handles pass, a typo in one is fixed', async () => {
    expect(await run('mention', post('mastodon', 'See you at @devfjord@social.devfjord.no!'), { config })).toEqual([]);
    const t = post('mastodon', 'See you at @devfjor@social.devfjord.no!');
    const [m] = await run('mention', t, { config });
    expect(m.message).toBe('@devfjor@social.devfjord.no is not a known handle; did you mean @devfjord@social.devfjord.no?');
    expect(slice(t, m)).toBe('@devfjor@social.devfjord.no');
    expect(m.fix?.text).toBe('@devfjord@social.devfjord.no');
  });

  test('Mastodon: a bare @user only reaches your own server (warning, with the full handle suggested)', async () => {
    const [m, ...rest] = await run('mention', post('mastodon', 'Thanks @devfjord!'), { config });
    expect(rest).toEqual([]);
    expect(m.message).toBe('@devfjord has no instance: on Mastodon it only reaches a user of that name on your own server');
    expect(m.severity).toBe(1);
    expect(m.suggestions?.map((s) => s.fix.text)).toEqual(['@devfjord@social.devfjord.no']);
  });

  test('Bluesky: domain handles pass; a plain @user does not link', async () => {
    expect(await run('mention', post('bluesky', 'At @devfjord.bsky.social next week'), { config })).toEqual([]);
    const [m] = await run('mention', post('bluesky', 'At @devfjord next week'), { config });
    expect(m.message).toBe('@devfjord is not a Bluesky handle: Bluesky handles are domain names (@name.bsky.social), so it will not link');
    expect(m.suggestions?.map((s) => s.fix.text)).toEqual(['@devfjord.bsky.social']);
  });

  test('X: a Mastodon handle does not link; 16+ characters is not an X handle', async () => {
    const [m] = await run('mention', post('x', 'At @devfjord@social.devfjord.no'), { config });
    expect(m.message).toBe('@devfjord@social.devfjord.no is a Mastodon handle: on X it does not link to the account');
    expect(m.severity).toBe(1); // a known account in the wrong form
    expect(m.suggestions?.map((s) => s.fix.text)).toEqual(['@devfjord']);
    const ms = await run('mention', post('x', 'Hi @this_is_far_too_long'), { config });
    expect(ms.map((x) => x.message)).toEqual([
      '@this_is_far_too_long is not a valid X handle (1-15 letters, digits or underscores)',
      '@this_is_far_too_long is not in the account registry',
    ]);
  });

  test('a cross-post is checked for each platform', async () => {
    const t = draft({ account: 'acmecloud', platforms: ['x', 'mastodon'] }, 'Thanks @devfjord@social.devfjord.no');
    const ms = await run('mention', t, { config });
    expect(ms.map((m) => m.message)).toEqual(['@devfjord@social.devfjord.no is a Mastodon handle: on X it does not link to the account']);
  });

  test('LinkedIn and Facebook mentions are picked in the composer: no form check', async () => {
    expect(await run('mention', post('linkedin', 'With @devfjord@social.devfjord.no'), { config })).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// The rule table (test/rule-tester.ts; test/rule-tables.test.ts requires it): the exact messages,
// ranges, severities and --fix output on drafts written for it, hard negatives among the valid.
ruleTester('mention', {
  config: {
    accounts: [
      {
        handle: 'acmecloud', kind: 'brand', name: 'Acme Cloud', platforms: ['x', 'mastodon', 'bluesky', 'instagram', 'linkedin'],
        handles: { mastodon: '@acmecloud@mast.acme.dev', bluesky: '@acmecloud.bsky.social' },
        partners: ['@fernhillfarms', '@loaflane', '@devfjord', '@devfjord.bsky.social', '@devfjord@social.devfjord.no'], competitors: ['@rivalcloud'],
      },
    ],
  },
  front: { account: 'acmecloud', platform: 'x' },
}).run(
  {
    valid: [
      'Thanks @fernhillfarms and @LoafLane!',
      'Write to hello@acme.io or meet us @ the market on Saturday.',
      'Run `npm i @acme/cli` to install it.',
      { body: 'Thanks @acmecloud@mast.acme.dev and @devfjord@social.devfjord.no', front: { platform: 'mastodon' } },
      { body: 'With @devfjord.bsky.social today', front: { platform: 'bluesky' } },
      { name: 'the reply_to author counts as known', body: '@dana_k sorry about that, DM us', front: { reply_to: { author: '@dana_k', text: 'Down again?' } } },
    ],
    invalid: [
      {
        body: 'Big thanks to @acmeclould and friends.',
        errors: [{ message: '@acmeclould is not a known handle; did you mean @acmecloud?', text: '@acmeclould', severity: 'error' }],
        output: '---\naccount: "acmecloud"\nplatform: "x"\n---\nBig thanks to @acmecloud and friends.\n',
      },
      {
        body: 'With @fernhlilfarms today',
        errors: [{ message: '@fernhlilfarms is not a known handle; did you mean @fernhillfarms?', text: '@fernhlilfarms', severity: 'error' }],
        output: '---\naccount: "acmecloud"\nplatform: "x"\n---\nWith @fernhillfarms today\n',
      },
      {
        body: 'Loved the demo from @rivalcloud',
        errors: [{ message: '@rivalcloud is a competitor of Acme Cloud', text: '@rivalcloud', severity: 'warn' }],
      },
      {
        body: 'Say hi to @somebodynew at the booth',
        errors: [{ message: '@somebodynew is not in the account registry', text: '@somebodynew', severity: 'warn' }],
      },
      {
        name: 'a bare @user on Mastodon only reaches your own server', body: 'Thanks @devfjord for the talk', front: { platform: 'mastodon' },
        errors: [{ message: '@devfjord has no instance: on Mastodon it only reaches a user of that name on your own server', text: '@devfjord', severity: 'warn' }],
      },
      {
        name: 'a plain @user on Bluesky does not link', body: 'Thanks @devfjord for the talk', front: { platform: 'bluesky' },
        errors: [{ message: '@devfjord is not a Bluesky handle: Bluesky handles are domain names (@name.bsky.social), so it will not link', text: '@devfjord', severity: 'warn' }],
      },
      {
        body: 'Follow @devfjord@social.devfjord.no for more',
        errors: [{ message: '@devfjord@social.devfjord.no is a Mastodon handle: on X it does not link to the account', text: '@devfjord@social.devfjord.no', severity: 'warn' }],
      },
    ],
  },
);
