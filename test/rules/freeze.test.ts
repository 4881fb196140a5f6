import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { lintFiles } from '../../src/lint.js';
import { draft, run, slice } from '../helpers.js';
import { makeTempDir } from '../support/temp.js';
import { ruleTester } from '../rule-tester.js';

const NOW = new Date('2027-01-15T12:00:00Z');
const accounts = [
  { handle: 'mapleandmain', kind: 'brand', platforms: ['instagram', 'x'] },
  { handle: 'stackwise', kind: 'brand', platforms: ['linkedin', 'x'] },
  { handle: 'brackenfordcc', kind: 'brand', platforms: ['x'] },
  { handle: 'miracastell', kind: 'personal', platforms: ['threads'] },
];
const REASON = 'Crisis pause after the Corran Bridge collapse in Brackenford on 8 June: scheduled brand posts are held.';
const freeze = { from: '2027-06-09T00:00:00+01:00', to: '2027-06-11T23:59:59+01:00', reason: REASON, applies_to: 'brand', except: ['brackenfordcc'] };
const config = { accounts, freeze };
const opts = { config, now: NOW };
const WINDOW = '2027-06-09 00:00 +01:00 (2027-06-08 23:00 UTC) to 2027-06-11 23:59:59 +01:00 (22:59:59 UTC)';

const post = (account: string, publish_at?: string) =>
  draft({ account, platform: account === 'miracastell' ? 'threads' : 'x', ...(publish_at ? { publish_at } : {}) }, 'Season tickets are on sale now.');

describe('freeze: the window', () => {
  test('a brand post inside the window fails with the reason, at publish_at', async () => {
    const t = post('mapleandmain', '2027-06-10T10:00:00-04:00');
    const [m, ...rest] = await run('freeze', t, opts);
    expect(rest).toEqual([]);
    expect(m.message).toBe(`scheduled inside the crisis freeze: 2027-06-10 10:00 -04:00 (14:00 UTC) is within ${WINDOW}. Reason: ${REASON}`);
    expect(m.severity).toBe(2);
    expect(slice(t, m)).toBe('"2027-06-10T10:00:00-04:00"');
    expect(m.hint).toMatch(/^Move publish_at after the freeze \(ends 2027-06-11 23:59:59 \+01:00/);
  });

  test('30 minutes before the window opens: passes', async () => {
    expect(await run('freeze', post('mapleandmain', '2027-06-08T22:30:00+00:00'), opts)).toEqual([]);
  });

  test('after the window, although the local date looks inside', async () => {
    // 19:30 at -04:00 on 11 June is 23:30Z, after 22:59:59Z.
    expect(await run('freeze', post('stackwise', '2027-06-11T19:30:00-04:00'), opts)).toEqual([]);
  });

  test('inside, although the local date looks before', async () => {
    // 19:30 at -04:00 on 8 June is 23:30Z, after the 23:00Z start.
    const [m] = await run('freeze', post('stackwise', '2027-06-08T19:30:00-04:00'), opts);
    expect(m.message).toMatch(/^scheduled inside the crisis freeze: 2027-06-08 19:30 -04:00 \(23:30 UTC\)/);
  });

  test('bounds are inclusive instants, whatever offset they are written in', async () => {
    expect(await run('freeze', post('mapleandmain', '2027-06-08T23:00:00Z'), opts)).toHaveLength(1);
    expect(await run('freeze', post('mapleandmain', '2027-06-08T18:59:59-04:00'), opts)).toEqual([]);
    expect(await run('freeze', post('mapleandmain', '2027-06-12T00:59:59+02:00'), opts)).toHaveLength(1); // = 22:59:59Z
    expect(await run('freeze', post('mapleandmain', '2027-06-12T01:00:00+02:00'), opts)).toEqual([]); // 23:00:00Z, one second after
  });

  test('the exempt account keeps posting', async () => {
    expect(await run('freeze', post('brackenfordcc', '2027-06-09T09:00:00+01:00'), opts)).toEqual([]);
    expect(await run('freeze', post('@BrackenfordCC', '2027-06-09T09:00:00+01:00'), opts)).toEqual([]);
  });

  test('personal accounts are not frozen, unless applies_to: all', async () => {
    const t = post('miracastell', '2027-06-10T12:00:00-04:00');
    expect(await run('freeze', t, opts)).toEqual([]);
    const all = { ...config, freeze: { ...freeze, applies_to: 'all' } };
    expect(await run('freeze', t, { config: all, now: NOW })).toHaveLength(1);
    // except still applies under applies_to: all
    expect(await run('freeze', post('brackenfordcc', '2027-06-10T12:00:00Z'), { config: all, now: NOW })).toEqual([]);
  });

  test('an account missing from the registry is held (the freeze fails safe)', async () => {
    expect(await run('freeze', post('newbrand', '2027-06-10T12:00:00Z'), opts)).toHaveLength(1);
    expect(await run('freeze', draft({ platform: 'x', publish_at: '2027-06-10T12:00:00Z' }, 'Hi'), opts)).toHaveLength(1);
  });

  test('no freeze section, or freeze: false: nothing fires', async () => {
    expect(await run('freeze', post('mapleandmain', '2027-06-10T12:00:00Z'), { config: { accounts }, now: NOW })).toEqual([]);
    expect(await run('freeze', post('mapleandmain', '2027-06-10T12:00:00Z'), { config: { accounts, freeze: false }, now: NOW })).toEqual([]);
  });
});

describe('freeze: posts without publish_at', () => {
  test('fail while the freeze is in force (now inside the window)', async () => {
    const t = post('mapleandmain');
    const [m] = await run('freeze', t, { config, now: new Date('2027-06-10T08:00:00Z') });
    expect(m.message).toBe(`no publish_at: this post would go out as soon as it is sent, and the crisis freeze is in force (${WINDOW}). Reason: ${REASON}`);
    expect(m.line).toBe(5); // the body
  });

  test('pass before and after the window', async () => {
    expect(await run('freeze', post('mapleandmain'), opts)).toEqual([]);
    expect(await run('freeze', post('mapleandmain'), { config, now: new Date('2027-06-11T23:00:00Z') })).toEqual([]);
    expect(await run('freeze', post('mapleandmain'), { config, now: new Date('2027-06-08T23:00:00Z') })).toHaveLength(1);
  });

  test('exempt and personal accounts pass during the freeze', async () => {
    const now = new Date('2027-06-10T08:00:00Z');
    expect(await run('freeze', post('brackenfordcc'), { config, now })).toEqual([]);
    expect(await run('freeze', post('miracastell'), { config, now })).toEqual([]);
  });
});

describe('freeze: open-ended and malformed', () => {
  const open = { accounts, freeze: { from: '2027-06-09T00:00:00+01:00', reason: 'Crisis pause' } };

  test('without `to` the freeze holds until lifted', async () => {
    const [m] = await run('freeze', post('mapleandmain', '2028-01-01T09:00:00Z'), { config: open, now: NOW });
    expect(m.message).toBe('scheduled inside the crisis freeze: 2028-01-01 09:00 UTC is within from 2027-06-09 00:00 +01:00 (2027-06-08 23:00 UTC) until lifted. Reason: Crisis pause');
    expect(await run('freeze', post('mapleandmain', '2027-06-08T22:59:59Z'), { config: open, now: NOW })).toEqual([]);
  });

  test('a publish_at without an offset is reported when some time zone puts it inside', async () => {
    const [m] = await run('freeze', post('mapleandmain', '2027-06-08T20:00:00'), opts);
    expect(m.message).toBe(`publish_at '2027-06-08T20:00:00' has no offset, and in some time zones it falls inside the crisis freeze (${WINDOW}). Reason: ${REASON}`);
    expect(await run('freeze', post('mapleandmain', '2027-06-01T20:00:00'), opts)).toEqual([]);
  });

  test('a publish_at that is not a date is front-matter\'s to report', async () => {
    expect(await run('freeze', post('mapleandmain', 'during the freeze'), opts)).toEqual([]);
  });

  test('`to` before `from`: a notice, and the freeze holds (fails safe)', async () => {
    const { lintText } = await import('../../src/lint.js');
    const bad = { accounts, rules: { freeze: 'error' }, freeze: { from: '2027-06-09T00:00:00+01:00', to: '2027-06-01T00:00:00+01:00' } };
    const s = await lintText(post('mapleandmain', '2027-07-01T00:00:00Z'), { config: bad, now: NOW, only: ['freeze'], filePath: 'p.md' });
    expect(s.notices).toEqual(['freeze: freeze.to (2027-06-01T00:00:00+01:00) is before freeze.from (2027-06-09T00:00:00+01:00): the freeze is treated as open-ended until it is fixed']);
    expect(s.results[0].messages).toHaveLength(1);
  });

  test('one post let through with a reasoned disable directive', async () => {
    const t = draft({ account: 'mapleandmain', platform: 'x', publish_at: '2027-06-10T12:00:00Z', postlint: { disable: { freeze: 'store closure notice; comms lead agreed' } } }, 'Our Brackenford store is closed today.');
    expect(await run('freeze', t, opts)).toEqual([]);
  });
});

describe('freeze: declaring and lifting a crisis is one line (docs/publishing-plan.md)', () => {
  const dir = makeTempDir('postlint-freeze-');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const base = ['accounts:', '  - { handle: mapleandmain, kind: brand, platforms: [instagram] }', 'rules:', '  freeze: error', ''].join('\n');
  const declare = 'freeze: { from: 2027-06-09T00:00:00+01:00, reason: "Crisis pause after the Corran Bridge collapse: scheduled brand posts are held." }';
  const lift = 'freeze: { from: 2027-06-09T00:00:00+01:00, to: 2027-06-12T09:00:00+01:00, reason: "Crisis pause after the Corran Bridge collapse: scheduled brand posts are held." }';

  const lintWith = async (line: string) => {
    writeFileSync(join(dir, '.postlintrc.yaml'), `${base}${line}\n`);
    writeFileSync(join(dir, 'held.md'), draft({ account: 'mapleandmain', platform: 'instagram', publish_at: '2027-06-14T10:00:00-04:00' }, 'Picnic season is here: 25% off.'));
    writeFileSync(join(dir, 'now.md'), draft({ account: 'mapleandmain', platform: 'instagram' }, 'New arrivals in store.'));
    const config = loadConfig({ cwd: dir });
    const s = await lintFiles([dir], { config, cwd: dir, now: new Date('2027-06-10T12:00:00Z'), only: ['freeze'] });
    return s.results.filter((r) => r.messages.length).map((r) => r.relPath);
  };

  test('freeze: false -> declared -> lifted', async () => {
    expect(await lintWith('freeze: false')).toEqual([]);
    expect(await lintWith(declare)).toEqual(['held.md', 'now.md']);
    expect(await lintWith(lift)).toEqual(['now.md']); // now (10 June) is still inside the recorded window
    expect(await lintWith('freeze: false')).toEqual([]);
    expect(readFileSync(join(dir, '.postlintrc.yaml'), 'utf8').split('\n').filter((l) => l.startsWith('freeze')).length).toBe(1);
  });
});

// ---------------------------------------------------------------------------------------------
// The rule table (test/rule-tester.ts; test/rule-tables.test.ts requires it): the exact messages,
// ranges, severities and --fix output on drafts written for it, hard negatives among the valid.
ruleTester('freeze', {
  config: {
    accounts: [{ handle: 'mapleandmain', kind: 'brand', platforms: ['instagram', 'x'] }, { handle: 'brackenfordcc', kind: 'brand', platforms: ['x'] }, { handle: 'miracastell', kind: 'personal', platforms: ['threads'] }],
    freeze: { from: '2027-06-09T00:00:00+01:00', to: '2027-06-11T23:59:59+01:00', reason: 'Crisis pause after the Corran Bridge collapse in Brackenford on 8 June: scheduled brand posts are held.', applies_to: 'brand', except: ['brackenfordcc'] },
  },
  now: '2027-01-15T12:00:00Z',
  front: { account: 'mapleandmain', platform: 'x' },
}).run(
  {
    valid: [
      { name: 'after the window', body: 'Picnic season is here.', front: { publish_at: '2027-06-14T10:00:00-04:00' } },
      { name: '30 minutes before the window opens', body: 'Picnic season is here.', front: { publish_at: '2027-06-08T22:30:00+00:00' } },
      { name: 'an account the freeze excepts', body: 'Road closures around the bridge: see the map.', front: { account: 'brackenfordcc', publish_at: '2027-06-10T10:00:00+01:00' } },
      { name: 'a personal account', body: 'Thinking of everyone in Brackenford.', front: { account: 'miracastell', platform: 'threads', publish_at: '2027-06-10T10:00:00+01:00' } },
      { name: 'unscheduled, before the freeze is in force', body: 'Picnic season is here.' },
    ],
    invalid: [
      {
        name: 'scheduled inside the window', body: 'Picnic season is here: 25% off enamel tableware.', front: { publish_at: '2027-06-10T10:00:00-04:00' },
        errors: [{ message: 'scheduled inside the crisis freeze: 2027-06-10 10:00 -04:00 (14:00 UTC) is within 2027-06-09 00:00 +01:00 (2027-06-08 23:00 UTC) to 2027-06-11 23:59:59 +01:00 (22:59:59 UTC). Reason: Crisis pause after the Corran Bridge collapse in Brackenford on 8 June: scheduled brand posts are held.', text: '"2027-06-10T10:00:00-04:00"', severity: 'error' }],
      },
      {
        name: 'unscheduled while the freeze is in force', body: 'Picnic season is here.', now: '2027-06-10T12:00:00Z',
        errors: [{ message: 'no publish_at: this post would go out as soon as it is sent, and the crisis freeze is in force (2027-06-09 00:00 +01:00 (2027-06-08 23:00 UTC) to 2027-06-11 23:59:59 +01:00 (22:59:59 UTC)). Reason: Crisis pause after the Corran Bridge collapse in Brackenford on 8 June: scheduled brand posts are held.', line: 5, column: 1, endLine: 5, endColumn: 1, severity: 'error' }],
      },
    ],
  },
);
