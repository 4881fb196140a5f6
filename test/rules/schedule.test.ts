import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ConfigError } from '../../src/config/load.js';
import { lintFiles, lintText } from '../../src/lint.js';
import { draft, run, slice } from '../helpers.js';
import { makeTempDir } from '../support/temp.js';
import { ruleTester } from '../rule-tester.js';

const NOW = new Date('2027-01-15T12:00:00Z');
const accounts = [
  { handle: 'havnoykommune', kind: 'brand', platforms: ['facebook', 'instagram', 'x'] },
  { handle: 'kettleandcrumb', kind: 'brand', platforms: ['instagram', 'x', 'facebook'] },
  { handle: 'miracastell', kind: 'personal', platforms: ['threads'] },
];
const sensitive_events = [
  { name: 'Corran Bridge collapse', place: 'Brackenford', date: '2027-06-08' },
  { name: 'Skarvdalen landslide', place: 'Havnøy', date: '2022-01-19', anniversary: true },
  { name: 'Alder River floods', date: '2027-04-11' },
  { name: 'Leap-day storm', date: '2024-02-29', anniversary: true },
];
const config = { accounts, sensitive_events };
const opts = { config, now: NOW };

const post = (publish_at: string | undefined, extra: Record<string, unknown> = {}, body = 'Fresh bread at 7.') =>
  draft({ account: 'kettleandcrumb', platform: 'instagram', ...(publish_at ? { publish_at } : {}), ...extra }, body);

describe('schedule: dates', () => {
  test('a future post on an ordinary day passes', async () => {
    expect(await run('schedule', post('2027-02-02T09:00:00-05:00'), opts)).toEqual([]);
  });

  test('a post without publish_at is not scheduled: nothing to check', async () => {
    expect(await run('schedule', post(undefined), opts)).toEqual([]);
  });

  test('in the past, relative to --now, reported at publish_at', async () => {
    const t = post('2027-01-14T09:00:00-05:00');
    const [m, ...rest] = await run('schedule', t, opts);
    expect(rest).toEqual([]);
    expect(m.message).toBe('publish_at 2027-01-14 09:00 -05:00 (14:00 UTC) is in the past (now: 2027-01-15 12:00 UTC)');
    expect(m.severity).toBe(2);
    expect(slice(t, m)).toBe('"2027-01-14T09:00:00-05:00"');
  });

  test('the past is judged by instant: 06:30-05:00 is after 11:00Z', async () => {
    expect(await run('schedule', post('2027-01-15T07:30:00-05:00'), opts)).toEqual([]); // 12:30Z
    expect(await run('schedule', post('2027-01-15T12:30:00+01:00'), opts)).toHaveLength(1); // 11:30Z
  });

  test('past: ignore treats past posts as published history', async () => {
    const cfg = { ...config, schedule: { past: 'ignore' } };
    expect(await run('schedule', post('2026-12-25T08:00:00-05:00'), { config: cfg, now: NOW })).toEqual([]);
  });

  test('a post in the past on a sensitive date gets one finding, not two', async () => {
    const ms = await run('schedule', post('2027-06-08T09:00:00+01:00'), { config, now: new Date('2027-07-01T00:00:00Z') });
    expect(ms.map((m) => m.message)).toEqual(['publish_at 2027-06-08 09:00 +01:00 (08:00 UTC) is in the past (now: 2027-07-01 00:00 UTC)']);
  });

  test('no offset or not a date: left to front-matter, no double report', async () => {
    const t = post('2027-06-08T09:00:00');
    expect(await run('schedule', t, opts)).toEqual([]);
    expect((await run('front-matter', t, opts)).map((m) => m.message)).toContain("publish_at '2027-06-08T09:00:00' has no time-zone offset");
    expect(await run('schedule', post('next tuesday'), opts)).toEqual([]);
    expect(await run('schedule', post('2027-02-30T09:00:00Z'), opts)).toEqual([]);
  });

  test('unquoted publish_at (a YAML timestamp) is read the same', async () => {
    const t = '---\naccount: kettleandcrumb\nplatform: x\npublish_at: 2027-01-14T09:00:00-05:00\n---\nHi\n';
    expect((await run('schedule', t, opts))[0].message).toMatch(/is in the past/);
  });
});

describe('schedule: sensitive dates', () => {
  test('the day of an event, compared in the post\'s own offset', async () => {
    // 23:30 at -04:00 on 8 June is 03:30Z on 9 June: still 8 June for this audience.
    const t = post('2027-06-08T23:30:00-04:00');
    const [m] = await run('schedule', t, opts);
    expect(m.message).toBe('publish_at falls on 8 June 2027, the day of Corran Bridge collapse (Brackenford): move it, or acknowledge the date with a reason');
    expect(m.hint).toBe('Move the post to another day, or, if it belongs on this day, say why in the front matter: postlint: { acknowledge: { "Corran Bridge collapse": "why this post is right for the day" } }');
    expect(slice(t, m)).toBe('"2027-06-08T23:30:00-04:00"');
  });

  test('UTC on the day, but the next day locally: not the event\'s date', async () => {
    // 01:00 at +02:00 on 9 June is 23:00Z on 8 June.
    expect(await run('schedule', post('2027-06-09T01:00:00+02:00'), opts)).toEqual([]);
  });

  test('anniversaries only for events marked anniversary: true', async () => {
    const [m] = await run('schedule', post('2027-01-19T12:00:00+01:00', { account: 'havnoykommune', platform: 'facebook' }), opts);
    expect(m.message).toBe('publish_at falls on 19 January 2027, the 5th anniversary of Skarvdalen landslide (Havnøy, 2022-01-19): move it, or acknowledge the date with a reason');
    // Alder River floods has no anniversary flag: 11 April 2028 is an ordinary day.
    expect(await run('schedule', post('2028-04-11T09:00:00-04:00'), { config, now: NOW })).toEqual([]);
    // The day before the anniversary is an ordinary day.
    expect(await run('schedule', post('2027-01-18T12:00:00+01:00'), opts)).toEqual([]);
  });

  test('29 February is remembered on 28 February in other years', async () => {
    const [m] = await run('schedule', post('2027-02-28T09:00:00Z'), opts);
    expect(m.message).toMatch(/the 3rd anniversary of Leap-day storm/);
    expect(await run('schedule', post('2027-03-01T09:00:00Z'), opts)).toEqual([]);
  });

  test('acknowledged by event name (any case) or by date, with a reason', async () => {
    const byName = post('2027-01-19T12:00:00+01:00', { postlint: { acknowledge: { 'skarvdalen LANDSLIDE': 'memorial service notice, agreed with the mayor' } } });
    expect(await run('schedule', byName, opts)).toEqual([]);
    const byDate = post('2027-06-08T10:00:00+01:00', { postlint: { acknowledge: { '2027-06-08': 'road closure information' } } });
    expect(await run('schedule', byDate, opts)).toEqual([]);
    const byEventDate = post('2027-01-19T12:00:00+01:00', { postlint: { acknowledge: { '2022-01-19': 'memorial' } } });
    expect(await run('schedule', byEventDate, opts)).toEqual([]);
  });

  test('an acknowledgement without a reason does not count', async () => {
    const t = post('2027-06-08T10:00:00+01:00', { postlint: { acknowledge: { 'Corran Bridge collapse': ' ' } } });
    const [m] = await run('schedule', t, opts);
    expect(m.message).toBe('postlint.acknowledge.Corran Bridge collapse needs a reason: publish_at falls on the day of Corran Bridge collapse');
    expect(slice(t, m)).toBe('" "');
  });

  test('an acknowledgement of another event does not cover this one', async () => {
    const t = post('2027-06-08T10:00:00+01:00', { postlint: { acknowledge: { 'Alder River floods': 'fundraiser' } } });
    expect(await run('schedule', t, opts)).toHaveLength(1);
  });

  test('personal accounts are not asked, unless sensitive_dates: all', async () => {
    const t = draft({ account: 'miracastell', platform: 'threads', publish_at: '2027-06-08T12:00:00-04:00' }, 'Market haul');
    expect(await run('schedule', t, opts)).toEqual([]);
    expect(await run('schedule', t, { config: { ...config, schedule: { sensitive_dates: 'all' } }, now: NOW })).toHaveLength(1);
    expect(await run('schedule', post('2027-06-08T12:00:00-04:00'), { config: { ...config, schedule: { sensitive_dates: 'off' } }, now: NOW })).toEqual([]);
  });
});

describe('schedule: collisions', () => {
  const cal = (items: Record<string, unknown>[]) => items.map((i) => `- ${Object.entries({ ...i, text: 'Hello' }).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n  ')}`).join('\n') + '\n';

  test('two posts of one account on one platform 15 minutes apart: the later is reported and names the other', async () => {
    const t = cal([
      { account: 'kettleandcrumb', platform: 'x', publish_at: '2027-02-02T09:15:00-05:00' },
      { account: 'kettleandcrumb', platform: 'x', publish_at: '2027-02-02T09:00:00-05:00' },
    ]);
    const ms = await run('schedule', t, { ...opts, filePath: 'week.yaml' });
    expect(ms.map((m) => [m.postId, m.message])).toEqual([['week.yaml#1', 'scheduled 15 minutes after week.yaml#2 (kettleandcrumb on x); keep at least 30 minutes between posts']]);
    expect(ms[0].line).toBe(3);
  });

  test('compared by instant, not by wall clock', async () => {
    // 09:00 at -04:00 is 13:00Z; 14:10 at +01:00 is 13:10Z.
    const t = cal([
      { account: 'kettleandcrumb', platform: 'x', publish_at: '2027-06-02T09:00:00-04:00' },
      { account: 'kettleandcrumb', platform: 'x', publish_at: '2027-06-02T14:10:00+01:00' },
    ]);
    const ms = await run('schedule', t, { ...opts, filePath: 'week.yaml' });
    expect(ms.map((m) => m.message)).toEqual(['scheduled 10 minutes after week.yaml#1 (kettleandcrumb on x); keep at least 30 minutes between posts']);
  });

  test('exactly the gap apart is fine; other accounts and other platforms do not collide', async () => {
    const t = cal([
      { account: 'kettleandcrumb', platform: 'x', publish_at: '2027-02-02T09:00:00-05:00' },
      { account: 'kettleandcrumb', platform: 'x', publish_at: '2027-02-02T09:30:00-05:00' },
      { account: 'havnoykommune', platform: 'x', publish_at: '2027-02-02T09:10:00-05:00' },
      { account: 'kettleandcrumb', platform: 'instagram', publish_at: '2027-02-02T09:05:00-05:00' },
    ]);
    expect(await run('schedule', t, { ...opts, filePath: 'week.yaml' })).toEqual([]);
  });

  test('same time: the post listed later is reported; a cross-post shares any platform', async () => {
    const t = cal([
      { account: 'kettleandcrumb', platforms: ['x', 'instagram'], publish_at: '2027-02-02T09:00:00-05:00' },
      { account: 'kettleandcrumb', platform: 'instagram', publish_at: '2027-02-02T14:00:00Z' },
    ]);
    const ms = await run('schedule', t, { ...opts, filePath: 'week.yaml' });
    expect(ms.map((m) => [m.postId, m.message])).toEqual([['week.yaml#2', 'scheduled at the same time as week.yaml#1 (kettleandcrumb on instagram); keep at least 30 minutes between posts']]);
  });

  test('min_gap_minutes from the config section, and a rule option wins over it', async () => {
    const t = cal([
      { account: 'kettleandcrumb', platform: 'x', publish_at: '2027-02-02T09:00:00-05:00' },
      { account: 'kettleandcrumb', platform: 'x', publish_at: '2027-02-02T09:45:00-05:00' },
    ]);
    const section = { ...config, schedule: { min_gap_minutes: 60 } };
    const a = await run('schedule', t, { config: section, now: NOW, filePath: 'w.yaml' });
    expect(a.map((m) => m.message)).toEqual(['scheduled 45 minutes after w.yaml#1 (kettleandcrumb on x); keep at least 60 minutes between posts']);
    const option = { ...section, rules: { schedule: ['error', { min_gap_minutes: 10 }] } };
    expect(await run('schedule', t, { config: option, now: NOW, filePath: 'w.yaml' })).toEqual([]);
    const off = { ...config, schedule: { min_gap_minutes: 0 } };
    expect(await run('schedule', t.replace('09:45', '09:00'), { config: off, now: NOW, filePath: 'w.yaml' })).toEqual([]);
  });

  test('per_platform: false makes any two posts of one account collide', async () => {
    const t = cal([
      { account: 'kettleandcrumb', platform: 'x', publish_at: '2027-02-02T09:00:00-05:00' },
      { account: 'kettleandcrumb', platform: 'instagram', publish_at: '2027-02-02T09:05:00-05:00' },
    ]);
    const ms = await run('schedule', t, { config: { ...config, schedule: { per_platform: false } }, now: NOW, filePath: 'w.yaml' });
    expect(ms.map((m) => m.message)).toEqual(['scheduled 5 minutes after w.yaml#1 (kettleandcrumb); keep at least 30 minutes between posts']);
  });

  test('a post that went out already still crowds an upcoming one; two past posts are history', async () => {
    const t = cal([
      { account: 'kettleandcrumb', platform: 'x', publish_at: '2027-01-15T11:50:00Z' },
      { account: 'kettleandcrumb', platform: 'x', publish_at: '2027-01-15T12:05:00Z' },
    ]);
    const ms = await run('schedule', t, { ...opts, filePath: 'w.yaml' });
    expect(ms.map((m) => [m.postId, m.message.split(' (')[0]])).toEqual([
      ['w.yaml#1', 'publish_at 2027-01-15 11:50 UTC is in the past'],
      ['w.yaml#2', 'scheduled 15 minutes after w.yaml#1'],
    ]);
  });

  describe('across files', () => {
    const dir = makeTempDir('postlint-schedule-');
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    test('prepare sees every post of the run: the later file is reported and names the earlier', async () => {
      writeFileSync(join(dir, 'a-launch.md'), post('2027-03-01T10:20:00+01:00', { platform: 'x' }));
      writeFileSync(join(dir, 'b-menu.md'), post('2027-03-01T10:00:00+01:00', { platform: 'x' }));
      writeFileSync(join(dir, 'c-other.md'), post('2027-03-01T13:00:00+01:00', { platform: 'x' }));
      const s = await lintFiles([dir], { config: { ...config, rules: { schedule: 'error' } }, cwd: dir, now: NOW, only: ['schedule'] });
      const found = s.results.flatMap((r) => r.messages.map((m) => [r.relPath, m.message]));
      expect(found).toEqual([['a-launch.md', 'scheduled 20 minutes after b-menu.md (kettleandcrumb on x); keep at least 30 minutes between posts']]);
    });
  });
});

describe('schedule: configuration', () => {
  test('off by default: a config that does not name it runs nothing', async () => {
    const s = await lintText(post('2020-01-01T09:00:00Z'), { config, filePath: 'p.md', now: NOW, only: ['schedule'] });
    expect(s.results[0].messages).toEqual([]);
  });

  test('warn when configured so', async () => {
    const [m] = await run('schedule', post('2020-01-01T09:00:00Z'), { config: { ...config, rules: { schedule: 'warn' } }, now: NOW });
    expect(m.severity).toBe(1);
  });

  test('unknown options are refused when the config loads', async () => {
    await expect(run('schedule', post('2027-02-02T09:00:00Z'), { config: { ...config, rules: { schedule: ['error', { min_gap: 10 }] } }, now: NOW })).rejects.toThrow(ConfigError);
  });
});

// ---------------------------------------------------------------------------------------------
// The rule table (test/rule-tester.ts; test/rule-tables.test.ts requires it): the exact messages,
// ranges, severities and --fix output on drafts written for it, hard negatives among the valid.
ruleTester('schedule', {
  config: {
    accounts: [{ handle: 'havnoykommune', kind: 'brand', platforms: ['facebook', 'instagram', 'x'] }, { handle: 'kettleandcrumb', kind: 'brand', platforms: ['instagram', 'x', 'facebook'] }],
    sensitive_events: [
      { name: 'Corran Bridge collapse', place: 'Brackenford', date: '2027-06-08' },
      { name: 'Skarvdalen landslide (raset i Skarvdalen)', place: 'Havnøy', date: '2022-01-19', anniversary: true },
    ],
  },
  now: '2027-01-15T12:00:00Z',
  front: { account: 'kettleandcrumb', platform: 'instagram' },
}).run(
  {
    valid: [
      { body: 'Fresh bread at 7.', front: { publish_at: '2027-02-02T09:00:00-05:00' } },
      { name: 'not scheduled: nothing to check', body: 'Fresh bread at 7.' },
      { name: 'judged by instant: 07:30-05:00 is after noon UTC', body: 'Fresh bread at 7.', front: { publish_at: '2027-01-15T07:30:00-05:00' } },
      { name: 'a sensitive date, acknowledged', draft: '---\naccount: havnoykommune\nplatform: facebook\npublish_at: 2027-01-19T12:00:00+01:00\npostlint:\n  acknowledge:\n    "Skarvdalen landslide (raset i Skarvdalen)": "the memorial service notice; agreed with the mayor\'s office"\n---\nI kveld holdes en minnestund i Havnøy kirke.\n' },
    ],
    invalid: [
      {
        name: 'in the past', body: 'Fresh bread at 7.', front: { publish_at: '2027-01-14T09:00:00-05:00' },
        errors: [{ message: 'publish_at 2027-01-14 09:00 -05:00 (14:00 UTC) is in the past (now: 2027-01-15 12:00 UTC)', text: '"2027-01-14T09:00:00-05:00"', severity: 'error' }],
      },
      {
        name: 'on the anniversary of a tragedy', draft: '---\naccount: havnoykommune\nplatform: facebook\npublish_at: 2027-01-19T10:00:00+01:00\n---\nSesongkortene er 20 % billigere ut uka!\n',
        errors: [{ message: 'publish_at falls on 19 January 2027, the 5th anniversary of Skarvdalen landslide (raset i Skarvdalen) (Havnøy, 2022-01-19): move it, or acknowledge the date with a reason', text: '2027-01-19T10:00:00+01:00', severity: 'error' }],
      },
    ],
  },
);
