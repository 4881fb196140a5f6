import { describe, expect, test } from 'vitest';
import { ENGINE_ID } from '../../src/engine/engine-id.js';
import { draft, fixed, run, slice } from '../helpers.js';
import { ruleTester } from '../rule-tester.js';

const accounts = [{ handle: 'kettleandcrumb', kind: 'brand', platforms: ['x', 'instagram'] }];

describe('front-matter', () => {
  test('a clean post passes', async () => {
    const t = draft({ account: 'kettleandcrumb', platform: 'x', publish_at: '2027-06-21T09:00:00-04:00' }, 'Summer menu is here.');
    expect(await run('front-matter', t, { config: { accounts } })).toEqual([]);
  });

  test('unknown key with did-you-mean and a fix, at the key', async () => {
    const t = '---\naccount: kettleandcrumb\nplatfrom: x\n---\nHello\n';
    const [m, ...rest] = await run('front-matter', t, { config: { accounts } });
    expect(m.message).toBe("unknown front-matter key 'platfrom'; did you mean 'platform'?");
    expect([m.line, m.column]).toEqual([3, 1]);
    expect(slice(t, m)).toBe('platfrom');
    expect(rest.map((r) => r.message)).toEqual(['no platform: say where this post goes (platform: x, or platforms: [x, bluesky])']);
    expect(await fixed('front-matter', t, { config: { accounts } })).toBe('---\naccount: kettleandcrumb\nplatform: x\n---\nHello\n');
  });

  test('extra_keys are accepted', async () => {
    const t = '---\nplatform: x\ncampaign: spring\n---\nHello\n';
    expect(await run('front-matter', t, { config: { front_matter: { extra_keys: ['campaign'] } } })).toEqual([]);
  });

  test('unknown platform, alias fixed', async () => {
    const t = '---\nplatforms: [twitter, blusky]\n---\nHi\n';
    const ms = await run('front-matter', t);
    expect(ms.map((m) => m.message)).toEqual([
      "unknown platform 'twitter'; did you mean 'x'? (platforms: x, facebook, instagram, linkedin, mastodon, bluesky, threads)",
      "unknown platform 'blusky'; did you mean 'bluesky'? (platforms: x, facebook, instagram, linkedin, mastodon, bluesky, threads)",
    ]);
    expect(slice(t, ms[1])).toBe('blusky');
    expect(await fixed('front-matter', t)).toBe('---\nplatforms: [x, blusky]\n---\nHi\n');
  });

  test('date without offset, and a date that is not a date', async () => {
    const a = await run('front-matter', '---\nplatform: x\npublish_at: 2027-06-21T09:00:00\n---\nHi\n');
    expect(a[0].message).toBe("publish_at '2027-06-21T09:00:00' has no time-zone offset");
    expect(a[0].line).toBe(3);
    const b = await run('front-matter', '---\nplatform: x\npublish_at: next tuesday\n---\nHi\n');
    expect(b[0].message).toMatch(/is not an ISO 8601 date/);
  });

  test('account missing from the registry, with a suggestion', async () => {
    const t = '---\naccount: "@kettleandcrum"\nplatform: x\n---\nHi\n';
    const [m] = await run('front-matter', t, { config: { accounts } });
    expect(m.message).toBe("account '@kettleandcrum' is not in the account registry; did you mean 'kettleandcrumb'?");
    expect(m.suggestions?.[0].fix.text).toBe('kettleandcrumb');
    expect(m.fix).toBeUndefined();
  });

  test('handle with @ is the same account', async () => {
    expect(await run('front-matter', '---\naccount: "@KettleAndCrumb"\nplatform: x\n---\nHi\n', { config: { accounts } })).toEqual([]);
  });

  test('platform the account is not on', async () => {
    const [m] = await run('front-matter', '---\naccount: kettleandcrumb\nplatform: linkedin\n---\nHi\n', { config: { accounts } });
    expect(m.message).toBe("account 'kettleandcrumb' is not on linkedin (the registry lists x, instagram)");
  });

  test('malformed YAML is reported at its line (by postlint itself) and nothing crashes', async () => {
    const t = '---\nplatform: x\naccount: [unclosed\n---\nHi\n';
    expect(await run('front-matter', t)).toEqual([]);
    const ms = await run(ENGINE_ID, t);
    expect(ms).toHaveLength(1);
    expect(ms[0].message).toMatch(/^malformed YAML in front matter/);
    expect(ms[0].line).toBeGreaterThanOrEqual(3);
  });

  test('front matter that never closes', async () => {
    const ms = await run(ENGINE_ID, '---\nplatform: x\nHi there\n');
    expect(ms[0].message).toBe('front matter starts with "---" but never ends: add a closing "---" line');
  });

  test('media must be a list of {path, alt}', async () => {
    const t = '---\nplatform: x\nmedia:\n  - path: a.png\n    atl: "A cup"\n---\nHi\n';
    const [m] = await run('front-matter', t);
    expect(m.message).toBe("unknown key 'atl' in media item 1; did you mean 'alt'?");
    expect(m.line).toBe(5);
  });

  test('disable directives: reason required, unused reported, used ones silence', async () => {
    const t = '---\nplatform: x\nplatfrom: x\npostlint:\n  disable:\n    front-matter: "legacy file, ticket 12"\n---\nHi\n';
    // front-matter cannot silence itself usefully here: the unknown key is suppressed
    expect(await run('front-matter', t)).toEqual([]);
    const unused = await run(ENGINE_ID, '---\nplatform: x\npostlint:\n  disable:\n    front-matter: "just in case"\n---\nHi\n');
    expect(unused[0].message).toBe('postlint.disable.front-matter silenced nothing: remove it so it cannot hide a future finding');
    expect(unused[0].severity).toBe(1);
    const noReason = await run(ENGINE_ID, '---\nplatform: x\npostlint:\n  disable:\n    front-matter: ""\n---\nHi\n');
    expect(noReason[0].message).toMatch(/needs a reason/);
  });

  test('calendar files: each item checked at its own lines', async () => {
    const t = '- platform: x\n  text: "Hello"\n- platfrom: x\n  text: "Second"\n';
    const ms = await run('front-matter', t, { filePath: 'cal.yaml' });
    const unknown = ms.find((m) => m.message.startsWith('unknown front-matter key'))!;
    expect(unknown.line).toBe(3);
    expect(unknown.post).toBe(1);
    expect(unknown.postId).toBe('cal.yaml#2');
  });
});

// ---------------------------------------------------------------------------------------------
// The rule table (test/rule-tester.ts; test/rule-tables.test.ts requires it): the exact messages,
// ranges, severities and --fix output on drafts written for it, hard negatives among the valid.
ruleTester('front-matter', { config: { accounts: [{ handle: 'kettleandcrumb', kind: 'brand', platforms: ['x', 'instagram'] }] } }).run(
  {
    valid: [
      { draft: '---\naccount: kettleandcrumb\nplatform: x\npublish_at: 2027-06-21T09:00:00-04:00\n---\nSummer menu is here.\n' },
      { name: 'a handle with @ and capitals is the same account', draft: '---\naccount: "@KettleAndCrumb"\nplatform: instagram\n---\nHi\n' },
      { name: 'a UTC publish_at', draft: '---\naccount: kettleandcrumb\nplatforms: [x, instagram]\npublish_at: 2027-06-21T13:00:00Z\n---\nHi\n' },
      { name: 'a key that looks like front matter in the body is text', draft: '---\naccount: kettleandcrumb\nplatform: x\n---\nplatfrom: x was the typo we fixed today\n' },
      { name: 'extra_keys are accepted', draft: '---\naccount: kettleandcrumb\nplatform: x\ncampaign: spring\n---\nHi\n', config: { front_matter: { extra_keys: ['campaign'] } } },
      { name: 'media as a list of path and alt', draft: '---\naccount: kettleandcrumb\nplatform: x\nmedia:\n  - path: a.png\n    alt: "A cup of coffee on a table"\n---\nHi\n' },
    ],
    invalid: [
      {
        name: 'an unknown key, fixed to the known one', draft: '---\naccount: kettleandcrumb\nplatfrom: x\n---\nHello\n',
        errors: [
          { message: "unknown front-matter key 'platfrom'; did you mean 'platform'?", text: 'platfrom', severity: 'error' },
          { message: 'no platform: say where this post goes (platform: x, or platforms: [x, bluesky])', line: 5, column: 1, endLine: 5, endColumn: 1, severity: 'warn' },
        ],
        output: '---\naccount: kettleandcrumb\nplatform: x\n---\nHello\n',
      },
      {
        name: 'a platform alias is fixed, an unknown platform is not', draft: '---\nplatforms: [twitter, blusky]\n---\nHi\n',
        errors: [
          { message: "unknown platform 'twitter'; did you mean 'x'? (platforms: x, facebook, instagram, linkedin, mastodon, bluesky, threads)", text: 'twitter', severity: 'error' },
          { message: "unknown platform 'blusky'; did you mean 'bluesky'? (platforms: x, facebook, instagram, linkedin, mastodon, bluesky, threads)", text: 'blusky', severity: 'error' },
          { message: 'no account: say which account publishes this post', line: 4, column: 1, endLine: 4, endColumn: 1, severity: 'error' },
        ],
        output: '---\nplatforms: [x, blusky]\n---\nHi\n',
      },
      {
        name: 'a date without an offset', draft: '---\nplatform: x\npublish_at: 2027-06-21T09:00:00\n---\nHi\n',
        errors: [
          { message: "publish_at '2027-06-21T09:00:00' has no time-zone offset", text: '2027-06-21T09:00:00', severity: 'error' },
          { message: 'no account: say which account publishes this post', line: 5, column: 1, endLine: 5, endColumn: 1, severity: 'error' },
        ],
      },
      {
        name: 'a date that is not a date', draft: '---\nplatform: x\npublish_at: next tuesday\n---\nHi\n',
        errors: [
          { message: "publish_at 'next tuesday' is not an ISO 8601 date and time (2027-06-21T09:00:00+01:00)", text: 'next tuesday', severity: 'error' },
          { message: 'no account: say which account publishes this post', line: 5, column: 1, endLine: 5, endColumn: 1, severity: 'error' },
        ],
      },
      {
        name: 'an account not in the registry, with a suggestion', draft: '---\naccount: "@kettleandcrum"\nplatform: x\n---\nHi\n',
        errors: [{ message: "account '@kettleandcrum' is not in the account registry; did you mean 'kettleandcrumb'?", text: '"@kettleandcrum"', severity: 'error' }],
      },
      {
        name: 'a platform the account is not on', draft: '---\naccount: kettleandcrumb\nplatform: linkedin\n---\nHi\n',
        errors: [{ message: "account 'kettleandcrumb' is not on linkedin (the registry lists x, instagram)", text: 'linkedin', severity: 'error' }],
      },
      {
        name: 'an unknown key in a media item', draft: '---\nplatform: x\nmedia:\n  - path: a.png\n    atl: "A cup"\n---\nHi\n',
        errors: [
          { message: "unknown key 'atl' in media item 1; did you mean 'alt'?", text: 'atl', severity: 'error' },
          { message: 'no account: say which account publishes this post', line: 7, column: 1, endLine: 7, endColumn: 1, severity: 'error' },
        ],
      },
      {
        name: 'no platform at all', draft: '---\naccount: kettleandcrumb\n---\nHi\n',
        errors: [{ message: 'no platform: say where this post goes (platform: x, or platforms: [x, bluesky])', line: 4, column: 1, endLine: 4, endColumn: 1, severity: 'warn' }],
      },
    ],
  },
);
