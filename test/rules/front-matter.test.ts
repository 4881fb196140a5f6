import { describe, expect, test } from 'vitest';
import { ENGINE_ID } from '../../src/engine/engine-id.js';
import { draft, fixed, run, slice } from '../helpers.js';

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
