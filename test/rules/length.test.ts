import { describe, expect, test } from 'vitest';
import { draft, run, slice } from '../helpers.js';
import { ruleTester } from '../rule-tester.js';

const post = (platforms: string | string[], body: string, extra: Record<string, unknown> = {}) =>
  draft({ ...(Array.isArray(platforms) ? { platforms } : { platform: platforms }), ...extra }, body);
const a = (n: number) => 'a'.repeat(n);
const FAMILY = '👨‍👩‍👧‍👦'; // one grapheme, 7 code points, 11 UTF-16 units

describe('length: X (twitter-text weighted)', () => {
  test('exactly 280 is fine, 281 is one over and points at the last character', async () => {
    expect(await run('length', post('x', a(280)))).toEqual([]);
    const t = post('x', a(280) + 'b');
    const [m, ...rest] = await run('length', t);
    expect(rest).toEqual([]);
    expect(m.message).toBe('too long for X: 281 weighted characters, 1 over the limit of 280; the text from "b" on does not fit');
    expect(m.severity).toBe(2);
    expect(slice(t, m)).toBe('b');
  });

  test('a pic.twitter.com media link is the attachment, not text: it does not count', async () => {
    expect(await run('length', post('x', `${a(280)} pic.twitter.com/mGtpwSuqzL`))).toEqual([]);
    const [m] = await run('length', post('x', `${a(281)} pic.twitter.com/mGtpwSuqzL`));
    expect(m.message).toMatch(/^too long for X: 281 weighted characters/);
    // Any other link counts 23, as before.
    expect((await run('length', post('x', `${a(260)} https://t.co/abc`))).length).toBe(1);
  });

  test('every emoji weighs 2: 271 + 5 emoji = 281', async () => {
    const t = post('x', `${a(270)} 😀🎉🇵🇹✈️🥳`);
    const [m] = await run('length', t);
    expect(m.message).toBe('too long for X: 281 weighted characters, 1 over the limit of 280; the text from "🥳" on does not fit');
    expect(slice(t, m)).toBe('🥳');
  });

  test('CJK weighs 2: 140 ideographs fit, 141 do not', async () => {
    expect(await run('length', post('x', '漢'.repeat(140)))).toEqual([]);
    const t = post('x', '漢'.repeat(141));
    const [m] = await run('length', t);
    expect(m.message).toBe('too long for X: 282 weighted characters, 2 over the limit of 280; the text from "漢" on does not fit');
    expect(slice(t, m)).toBe('漢');
  });

  test('Norwegian letters weigh 1', async () => {
    expect(await run('length', post('x', 'æøå'.repeat(93) + 'æ'))).toEqual([]);
  });

  test('every URL counts 23, including 127.0.0.1 URLs twitter-text does not recognise', async () => {
    const long = `http://127.0.0.1:4873/ok/blog/${'x'.repeat(120)}?utm_source=x`;
    expect(await run('length', post('x', `${a(256)} ${long}`))).toEqual([]); // 256 + 1 + 23 = 280
    const t = post('x', `${a(257)} ${long}`);
    const [m] = await run('length', t);
    expect(m.message).toMatch(/^too long for X: 281 weighted characters, 1 over the limit of 280; the text from "http:\/\/127\.0\.0\.1:4873\/ok…" on does not fit$/);
    expect(slice(t, m)).toBe(long); // a URL is cut whole
    expect(await run('length', post('x', `${a(256)} https://example.org/${'y'.repeat(200)}`))).toEqual([]);
  });

  test('limits come from the config length section', async () => {
    const config = { length: { x: { max_weighted: 100, url_length: 10 } } };
    expect(await run('length', post('x', `${a(89)} https://example.org/abc`), { config })).toEqual([]);
    const [m] = await run('length', post('x', a(101)), { config });
    expect(m.message).toBe('too long for X: 101 weighted characters, 1 over the limit of 100; the text from "a" on does not fit');
  });

  test('CRLF counts as one newline', async () => {
    const t = `---\r\nplatform: x\r\n---\r\n${a(139)}\r\n${a(140)}\r\n`;
    expect(await run('length', t)).toEqual([]);
    const over = `---\r\nplatform: x\r\n---\r\n${a(139)}\r\n${a(141)}\r\n`;
    const [m] = await run('length', over);
    expect(m.message).toBe('too long for X: 281 weighted characters, 1 over the limit of 280; the text from "a" on does not fit');
    expect(m.line).toBe(5);
  });
});

describe('length: Bluesky (graphemes)', () => {
  test('a family emoji is one grapheme: 300 fit, 301 do not', async () => {
    expect(await run('length', post('bluesky', FAMILY.repeat(300)))).toEqual([]);
    const t = post('bluesky', FAMILY.repeat(301));
    const [m] = await run('length', t);
    expect(m.message).toBe(`too long for Bluesky: 301 graphemes, 1 over the limit of 300; the text from "${FAMILY}" on does not fit`);
    expect(slice(t, m)).toBe(FAMILY);
  });

  test('a URL counts as written on Bluesky', async () => {
    const t = post('bluesky', `${a(250)} https://example.org/${'p'.repeat(40)}`);
    const [m] = await run('length', t);
    expect(m.message).toMatch(/^too long for Bluesky: 311 graphemes, 11 over the limit of 300/);
  });

  test('max_graphemes is configurable', async () => {
    expect(await run('length', post('bluesky', a(350)), { config: { length: { bluesky: { max_graphemes: 400 } } } })).toEqual([]);
  });
});

describe('length: Mastodon', () => {
  const remote = '@devfjord@social.devfjord.no';

  test('@user@domain counts as @user and URLs as 23', async () => {
    // "@devfjord" 9 + space 1 + 467 + space 1 + URL 23 = 501 → 500 with 466
    const url = `https://example.org/${'z'.repeat(60)}`;
    expect(await run('length', post('mastodon', `${remote} ${a(466)} ${url}`))).toEqual([]);
    const t = post('mastodon', `${remote} ${a(467)} ${url}`);
    const [m] = await run('length', t);
    expect(m.message).toBe('too long for Mastodon: 501 characters (links count 23), 1 over the limit of 500; the text from "https://example.org/zzzz…" on does not fit');
    expect(slice(t, m)).toBe(url);
  });

  test('code points: an emoji is one, a family emoji is seven', async () => {
    expect(await run('length', post('mastodon', '😀'.repeat(500)))).toEqual([]);
    const [m] = await run('length', post('mastodon', a(494) + FAMILY));
    expect(m.message).toMatch(/^too long for Mastodon: 501 characters/);
  });

  test('count: graphemes counts as the server does', async () => {
    const t = post('mastodon', a(494) + FAMILY);
    expect(await run('length', t, { config: { length: { mastodon: { count: 'graphemes' } } } })).toEqual([]);
  });

  test('the instance limit is configurable, per server too', async () => {
    expect(await run('length', post('mastodon', a(900)), { config: { length: { mastodon: { max_chars: 1000 } } } })).toEqual([]);
    const accounts = [{ handle: 'stackwise', kind: 'brand', platforms: ['mastodon'], handles: { mastodon: '@stackwise@mast.stackwise.dev' } }];
    const config = { accounts, length: { mastodon: { instances: { 'mast.stackwise.dev': 800 } } } };
    expect(await run('length', post('mastodon', a(800), { account: 'stackwise' }), { config })).toEqual([]);
    const [m] = await run('length', post('mastodon', a(801), { account: 'stackwise' }), { config });
    expect(m.message).toMatch(/1 over the limit of 800/);
  });
});

describe('length: Threads, Instagram, LinkedIn, Facebook', () => {
  test('Threads: 500 characters (code points), an emoji counts as one', async () => {
    expect(await run('length', post('threads', a(499) + '😀'))).toEqual([]);
    const [m] = await run('length', post('threads', a(500) + '😀'));
    expect(m.message).toBe('too long for Threads: 501 characters, 1 over the limit of 500; the text from "😀" on does not fit');
  });

  test('Threads through the API: emoji_utf8_bytes: true counts an emoji as its UTF-8 bytes', async () => {
    const config = { length: { threads: { emoji_utf8_bytes: true } } };
    expect(await run('length', post('threads', a(496) + '😀'), { config })).toEqual([]);
    const [m] = await run('length', post('threads', a(497) + '😀'), { config });
    expect(m.message).toBe('too long for Threads: 501 characters, 1 over the limit of 500; the text from "😀" on does not fit');
  });

  test('a wrong value in the length section is a config error', async () => {
    await expect(run('length', post('x', 'hi'), { config: { length: { x: { max_weighted: 'lots' } } } })).rejects.toThrow(/max_weighted/);
  });

  test('Instagram: 2,200 characters', async () => {
    expect(await run('length', post('instagram', a(2200)))).toEqual([]);
    const [m] = await run('length', post('instagram', a(2201)));
    expect(m.message).toBe('too long for Instagram: 2201 characters, 1 over the limit of 2200; the text from "a" on does not fit');
  });

  test('Instagram: 30 hashtags fit, 31 are reported at the ones past the 30th', async () => {
    const tags = (n: number) => Array.from({ length: n }, (_, i) => `#Tag${i + 1}`).join(' ');
    expect(await run('length', post('instagram', `New in.\n\n${tags(30)}`))).toEqual([]);
    const t = post('instagram', `New in.\n\n${tags(32)}`);
    const [m] = await run('length', t);
    expect(m.message).toBe('32 hashtags on Instagram, 2 over the limit of 30');
    expect(slice(t, m)).toBe('#Tag31 #Tag32');
    expect(await run('length', t, { config: { length: { instagram: { max_hashtags: 40 } } } })).toEqual([]);
  });

  test('LinkedIn 3,000 and Facebook 63,206 code points', async () => {
    expect(await run('length', post('linkedin', '😀'.repeat(3000)))).toEqual([]);
    const [m] = await run('length', post('linkedin', a(3001)));
    expect(m.message).toMatch(/^too long for LinkedIn: 3001 characters, 1 over the limit of 3000/);
    expect(await run('length', post('facebook', a(63206)))).toEqual([]);
    const [f] = await run('length', post('facebook', a(63207)));
    expect(f.message).toMatch(/^too long for Facebook: 63207 characters, 1 over the limit of 63206/);
  });
});

describe('length: cross-posts', () => {
  test('checked for each platform; only the ones over are reported', async () => {
    const body = `${a(290)} https://example.org/${'q'.repeat(30)}`; // X 314, Bluesky 340, Mastodon 314
    const ms = await run('length', post(['x', 'mastodon', 'bluesky'], body));
    expect(ms.map((m) => m.message.split(':')[0])).toEqual(['too long for X', 'too long for Bluesky']);
  });

  test('"twitter" is X', async () => {
    const [m] = await run('length', post('twitter', a(281)));
    expect(m.message).toMatch(/^too long for X: 281 weighted characters/);
  });

  test('no platform, nothing to check', async () => {
    expect(await run('length', draft({ account: 'x' }, a(5000)))).toEqual([]);
  });
});

describe('length: threads (parts separated by ---)', () => {
  test('each part is checked on its own', async () => {
    const body = [a(270), '---', a(270), '---', a(200)].join('\n');
    expect(await run('length', post('x', body))).toEqual([]);
    const t = post('x', [a(270), '---', a(285), '---', a(200)].join('\n'));
    const [m, ...rest] = await run('length', t);
    expect(rest).toEqual([]);
    expect(m.message).toBe('thread part 2 of 3 is too long for X: 285 weighted characters, 5 over the limit of 280; the text from "aaaaa" on does not fit');
    expect(m.line).toBe(6);
    expect(slice(t, m)).toBe('aaaaa');
  });

  test('consistent numbering passes; "24/7" is not a number', async () => {
    const body = ['1/3 We are open 24/7', '---', '2/3 More', '---', '(3/3) End'].join('\n');
    expect(await run('length', post('x', body))).toEqual([]);
    expect(await run('length', post('x', ['🧵 1/ Start', '---', '2/ More', '---', '3/ End'].join('\n')))).toEqual([]);
    expect(await run('length', post('x', ['Start', '---', 'open 24/7', '---', 'End'].join('\n')))).toEqual([]);
  });

  test('n must match the number of parts', async () => {
    const t = post('x', ['1/4 Start', '---', '2/4 More', '---', '3/4 End'].join('\n'));
    const ms = await run('length', t);
    expect(ms.map((m) => m.message)).toEqual([
      'thread numbering: it says "of 4" but the thread has 3 parts (expected 1/3)',
      'thread numbering: it says "of 4" but the thread has 3 parts (expected 2/3)',
      'thread numbering: it says "of 4" but the thread has 3 parts (expected 3/3)',
    ]);
    expect(slice(t, ms[0])).toBe('1/4');
    expect(ms[0].suggestions?.[0].fix.text).toBe('1/3');
  });

  test('gaps, wrong order and missing numbers', async () => {
    const t = post('x', ['1/4 Start', '---', '3/4 Oops', '---', 'No number here', '---', '4/4 End'].join('\n'));
    const ms = await run('length', t);
    expect(ms.map((m) => m.message)).toEqual([
      'thread numbering: part 2 is numbered 3 (expected 2/4)',
      'thread part 3 of 4 has no number; the other parts are numbered (expected 3/4)',
    ]);
    expect(slice(t, ms[0])).toBe('3/4');
    expect(slice(t, ms[1])).toBe('No number here');
  });

  test('one part saying "2/2" is enough to expect numbers on the others', async () => {
    const ms = await run('length', post('x', ['Start', '---', 'End 2/2'].join('\n')));
    expect(ms.map((m) => m.message)).toEqual(['thread part 1 of 2 has no number; the other parts are numbered (expected 1/2)']);
  });
});

// ---------------------------------------------------------------------------------------------
// The rule table (test/rule-tester.ts; test/rule-tables.test.ts requires it): the exact messages,
// ranges, severities and --fix output on drafts written for it, hard negatives among the valid.
ruleTester('length', {}).run(
  {
    valid: [
      { name: 'exactly 280 on X', front: { platform: 'x' }, body: 'a'.repeat(280) },
      { name: 'a pic.twitter.com link is the attachment', front: { platform: 'x' }, body: 'a'.repeat(280) + ' pic.twitter.com/mGtpwSuqzL' },
      { name: '300 family emoji on Bluesky are 300 graphemes', front: { platform: 'bluesky' }, body: '👨‍👩‍👧‍👦'.repeat(300) },
      { name: 'Norwegian letters weigh 1 on X', front: { platform: 'x' }, body: 'æøå'.repeat(93) + 'æ' },
      { name: '500 on Mastodon', front: { platform: 'mastodon' }, body: 'a'.repeat(500) },
      { name: 'a long LinkedIn post', front: { platform: 'linkedin' }, body: 'a'.repeat(2900) },
    ],
    invalid: [
      {
        name: '281 on X', front: { platform: 'x' }, body: 'a'.repeat(280) + 'b',
        errors: [{ message: 'too long for X: 281 weighted characters, 1 over the limit of 280; the text from "b" on does not fit', text: 'b', severity: 'error' }],
      },
      {
        name: 'emoji weigh 2 on X', front: { platform: 'x' }, body: 'a'.repeat(270) + ' 😀🎉🇵🇹✈️🥳',
        errors: [{ message: 'too long for X: 281 weighted characters, 1 over the limit of 280; the text from "🥳" on does not fit', text: '🥳', severity: 'error' }],
      },
      {
        name: '301 graphemes on Bluesky', front: { platform: 'bluesky' }, body: 'a'.repeat(300) + 'b',
        errors: [{ message: 'too long for Bluesky: 301 graphemes, 1 over the limit of 300; the text from "b" on does not fit', text: 'b', line: 4, column: 301, endLine: 4, endColumn: 302, severity: 'error' }],
      },
      {
        name: 'a cross-post too long for one of its platforms', front: { platforms: ['x', 'linkedin'] }, body: 'a'.repeat(300),
        errors: [{ message: 'too long for X: 300 weighted characters, 20 over the limit of 280; the text from "aaaaaaaaaaaaaaaaaaaa" on does not fit', text: 'aaaaaaaaaaaaaaaaaaaa', line: 4, column: 281, endLine: 4, endColumn: 301, severity: 'error' }],
      },
      {
        name: 'Instagram takes 30 hashtags', front: { platform: 'instagram' }, body: 'Summer. ' + Array.from({ length: 31 }, (_, i) => '#tag' + i).join(' '),
        errors: [{ message: '31 hashtags on Instagram, 1 over the limit of 30', text: '#tag30', severity: 'error' }],
      },
      {
        name: 'the limit from the config', front: { platform: 'x' }, body: 'a'.repeat(101), config: { length: { x: { max_weighted: 100 } } },
        errors: [{ message: 'too long for X: 101 weighted characters, 1 over the limit of 100; the text from "a" on does not fit', text: 'a', line: 4, column: 101, endLine: 4, endColumn: 102, severity: 'error' }],
      },
    ],
  },
);
