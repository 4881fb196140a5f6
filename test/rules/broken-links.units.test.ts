// The pieces of the link checker on their own: address classes, settings, site knowledge,
// the limiter, the cache, Retry-After.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { addressKind } from '../../src/links/address.js';
import { LinkCache, RECENT_MS } from '../../src/links/cache.js';
import { checkKey, checkLinks, retryAfterMs } from '../../src/links/checker.js';
import { HeldTooLong, HostLimiter, Semaphore, sleep } from '../../src/links/limiter.js';
import type { CheckResult, Transport } from '../../src/links/types.js';
import { linkSettings, parseDuration, skipMatcher } from '../../src/links/settings.js';
import { isDeepLink, isHomePage, isLoginPage, sameSite } from '../../src/links/sites.js';
import { makeTempDir } from '../support/temp.js';

const dirs: string[] = [];
const tmp = () => {
  const d = makeTempDir('postlint-units-');
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('addressKind', () => {
  test.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.0.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['0.0.0.0', 'unspecified'],
    ['100.64.0.1', 'shared (CGNAT)'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fc00::1', 'unique-local'],
    ['fdff:ffff::1', 'unique-local'],
    ['fe80::1%eth0', 'link-local'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.1.2.3', 'private'],
    ['::127.0.0.1', 'loopback'],
    ['64:ff9b::a9fe:a9fe', 'link-local'],
    ['2002:c0a8:101::1', 'private'],
    ['ff02::1', 'multicast'],
    ['[::1]', 'loopback'],
    // Numeric forms a resolver or a hand-written URL may carry (ipaddr.js reads them all).
    ['127.1', 'loopback'],
    ['2130706433', 'loopback'],
    ['0x7f000001', 'loopback'],
    ['0177.0.0.1', 'loopback'],
    ['0x7f.1', 'loopback'],
    ['0', 'unspecified'],
    ['0:0:0:0:0:ffff:7f00:1', 'loopback'],
    ['::ffff:0:7f00:1', 'loopback'], // IPv4-translated (RFC 6145)
    ['::7f00:1', 'loopback'], // IPv4-compatible, hex
    ['64:ff9b:1::1', 'reserved'], // local-use NAT64
    ['fec0::1', 'private'],
    ['100::1', 'reserved'],
    ['2001:db8::1', 'reserved'],
    ['192.0.2.1', 'reserved'],
    ['198.18.0.1', 'reserved'],
    ['240.0.0.1', 'reserved'],
  ])('%s is %s', (ip, kind) => expect(addressKind(ip)).toBe(kind));

  test.each(['8.8.8.8', '172.15.255.255', '172.32.0.1', '192.169.0.1', '11.0.0.1', '2606:4700::1111', '::ffff:8.8.8.8', '64:ff9b::808:808', '2002:808:808::1', '2001::1', '::8.8.8.8', '::808:808', 'not-an-ip', 'localhost', '127.0.0.1.nip.io'])('%s is public (or not an address)', (ip) =>
    expect(addressKind(ip)).toBeUndefined(),
  );
});

describe('settings', () => {
  test('defaults', () => {
    const s = linkSettings(undefined, '/proj');
    expect(s).toMatchObject({ timeoutMs: 10_000, concurrency: 8, perHost: 2, retryAfterMaxMs: 10_000, maxRedirects: 5, followRedirects: false, allowPrivate: false, cacheMaxAgeMs: 86_400_000 });
    expect(s.cacheDir).toBe('/proj/node_modules/.cache/postlint/links');
  });

  test('durations: a bare number is seconds', () => {
    expect(parseDuration(3600, 0)).toBe(3_600_000);
    expect(parseDuration('12h', 0)).toBe(43_200_000);
    expect(parseDuration('30m', 0)).toBe(1_800_000);
    expect(parseDuration('500ms', 0)).toBe(500);
    expect(parseDuration('2d', 0)).toBe(172_800_000);
    expect(() => parseDuration('soon', 0)).toThrow(/not a duration/);
  });

  test('cache_dir relative to the config root', () => {
    expect(linkSettings({ cache_dir: '.cache/links' }, '/proj').cacheDir).toBe('/proj/.cache/links');
  });

  test('skip patterns: globs over the URL with or without scheme, and /regex/', () => {
    const skip = skipMatcher(['https://shop.example/cart/**', 'staging.*.example/*', '/[?&]preview=1/']);
    expect(skip('https://shop.example/cart/a/b')).toBe('https://shop.example/cart/**');
    expect(skip('https://shop.example/cartoon')).toBeUndefined();
    expect(skip('http://staging.eu.example/x')).toBe('staging.*.example/*');
    expect(skip('http://staging.eu.example/x/y')).toBeUndefined();
    expect(skip('https://brand.example/p?preview=1')).toBe('/[?&]preview=1/');
  });
});

describe('sites', () => {
  const u = (s: string) => new URL(s);
  test('same site: www and subdomains, not look-alikes', () => {
    expect(sameSite(u('http://brand.com/a'), u('https://www.brand.com/b'))).toBe(true);
    expect(sameSite(u('https://brand.com/a'), u('https://shop.brand.com/b'))).toBe(true);
    expect(sameSite(u('https://brand.com/a'), u('https://notbrand.com/b'))).toBe(false);
    expect(sameSite(u('https://brand.com/a'), u('https://brand.com.evil.net/b'))).toBe(false);
  });

  test('sign-in pages', () => {
    expect(isLoginPage(u('https://brand.com/login?next=/a'))).toBe(true);
    expect(isLoginPage(u('https://accounts.google.com/ServiceLogin'))).toBe(true);
    expect(isLoginPage(u('https://brand.com/users/sign_in'))).toBe(true);
    expect(isLoginPage(u('https://brand.com/blog/how-to-login-faster'))).toBe(false);
    expect(isLoginPage(u('https://brand.com/authors/jane'))).toBe(false);
  });

  test('home pages and deep links', () => {
    expect(isHomePage(u('https://brand.com/'))).toBe(true);
    expect(isHomePage(u('https://brand.com/en-gb/'))).toBe(true);
    expect(isHomePage(u('https://brand.com/index.html'))).toBe(true);
    expect(isHomePage(u('https://brand.com/menu'))).toBe(false);
    expect(isDeepLink(u('https://brand.com/menu/spring'))).toBe(true);
    expect(isDeepLink(u('https://brand.com/?utm_source=x'))).toBe(false);
    expect(isDeepLink(u('https://brand.com/?p=123'))).toBe(true);
  });
});

describe('Retry-After', () => {
  test('seconds, HTTP dates, garbage', () => {
    const now = Date.parse('2027-01-01T00:00:00Z');
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Fri, 01 Jan 2027 00:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Thu, 31 Dec 2026 00:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(undefined, now)).toBeUndefined();
  });
});

describe('HostLimiter', () => {
  test('never more than the global and per-host limits in flight', async () => {
    const limiter = new HostLimiter(3, 2);
    const now = new Map<string, number>();
    let maxA = 0;
    const job = (host: string) =>
      limiter.run(host, async () => {
        now.set(host, (now.get(host) ?? 0) + 1);
        if (host === 'a') maxA = Math.max(maxA, now.get(host)!);
        await sleep(5);
        now.set(host, now.get(host)! - 1);
      });
    await Promise.all([...[...Array(10)].map(() => job('a')), ...[...Array(10)].map((_, i) => job(`h${i}`))]);
    expect(limiter.maxInFlight).toBe(3);
    expect(maxA).toBe(2);
    expect(limiter.inFlight).toBe(0);
  });

  test('a host on a confirmed hold waits; others do not', async () => {
    const limiter = new HostLimiter(4, 4);
    const order: string[] = [];
    limiter.hold('slow', Date.now() + 80, true);
    await Promise.all([limiter.run('slow', async () => void order.push('slow')), limiter.run('fast', async () => void order.push('fast'))]);
    expect(order).toEqual(['fast', 'slow']);
  });

  const answer = (limited: boolean) => ({ limited });
  const retryAfter = (a: { limited: boolean }) => (a.limited ? 60_000 : undefined);

  test('an unconfirmed hold lets one request through, and its ordinary answer lifts the hold', async () => {
    const limiter = new HostLimiter(4, 4);
    const sent: string[] = [];
    const job = (name: string, limited = false) =>
      limiter.run(
        'h',
        async () => {
          sent.push(`start ${name}`);
          await sleep(5);
          sent.push(`end ${name}`);
          return answer(limited);
        },
        { retryAfter },
      );
    await job('limited', true); // asks for a minute
    expect(limiter.holds().map(([h, x]) => [h, x.confirmed])).toEqual([['h', false]]);
    await Promise.all([job('a'), job('b'), job('c')]);
    // a went alone; b and c together after its answer.
    expect(sent).toEqual(['start limited', 'end limited', 'start a', 'end a', 'start b', 'start c', 'end b', 'end c']);
    expect(limiter.holds()).toEqual([]);
  });

  test('a second limited answer to a later request confirms the hold: nothing more is sent, and a wait beyond the cap is refused', async () => {
    const limiter = new HostLimiter(4, 4, 1_000);
    const sent: string[] = [];
    const job = (name: string, limited: boolean) =>
      limiter.run(
        'h',
        async () => {
          sent.push(name);
          return answer(limited);
        },
        { retryAfter },
      );
    await job('first', true);
    await job('probe', true);
    expect(limiter.holds().map(([, x]) => x.confirmed)).toEqual([true]);
    await expect(job('third', false)).rejects.toBeInstanceOf(HeldTooLong);
    expect(sent).toEqual(['first', 'probe']);
  });

  test('first requests go before follow-ups', async () => {
    const sem = new Semaphore(1);
    await sem.acquire();
    const order: string[] = [];
    const wait = (name: string, priority: number) => sem.acquire(undefined, priority).then(() => {
      order.push(name);
      sem.release();
    });
    const all = Promise.all([wait('retry', 1), wait('first-a', 0), wait('redirect', 1), wait('first-b', 0)]);
    sem.release();
    await all;
    expect(order).toEqual(['first-a', 'first-b', 'retry', 'redirect']);
  });

  test('waiting stops when the deadline aborts', async () => {
    const limiter = new HostLimiter(1, 1);
    const ac = new AbortController();
    const first = limiter.run('a', () => sleep(50));
    const second = limiter.run('a', async () => 'ran', { signal: ac.signal });
    ac.abort(new Error('deadline'));
    await expect(second).rejects.toThrow('deadline');
    await first;
  });
});

describe('LinkCache', () => {
  const ok = (url: string): CheckResult => ({ url, outcome: 'ok', status: 200, chain: [{ url, status: 200, method: 'HEAD' }], transient: false, requests: 1 });

  test('keeps settled answers for max age, under the same settings only', () => {
    const dir = tmp();
    let now = 1_000_000;
    const c = new LinkCache(dir, 60_000, 'fp1', () => now);
    c.set('https://a/', ok('https://a/'));
    c.set('https://b/', { ...ok('https://b/'), outcome: 'broken', status: 500, transient: true });
    c.save();
    expect(readdirSync(dir)).toEqual(['links.json']);
    const again = new LinkCache(dir, 60_000, 'fp1', () => now).load();
    expect(again.get('https://a/')?.status).toBe(200);
    expect(again.get('https://b/')).toBeUndefined();
    expect(new LinkCache(dir, 60_000, 'fp2', () => now).load().get('https://a/')).toBeUndefined();
    now += 60_000;
    expect(again.get('https://a/')).toBeUndefined();
  });

  test('a damaged cache file is ignored, then replaced', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'links.json'), '{"version":1,"entr');
    const c = new LinkCache(dir, 60_000, 'fp').load();
    expect(c.get('https://a/')).toBeUndefined();
    c.set('https://a/', ok('https://a/'));
    c.save();
    expect(JSON.parse(readFileSync(join(dir, 'links.json'), 'utf8')).entries['https://a/'].result.status).toBe(200);
  });

  test('a failure that may pass is remembered as recent for RECENT_MS, and forgotten once it works', () => {
    const dir = tmp();
    let now = 1_000_000;
    const c = new LinkCache(dir, 60_000, 'fp', () => now);
    c.set('https://a/', { ...ok('https://a/'), outcome: 'broken', status: 500, kind: 'http', transient: true, tries: 2 });
    c.set('https://t/', { ...ok('https://t/'), outcome: 'broken', status: 0, kind: 'timeout', transient: true });
    c.setHolds([['h:1', { until: now + 5_000, confirmed: true }]]);
    c.save();
    const again = new LinkCache(dir, 60_000, 'fp', () => now).load();
    expect(again.recent('https://a/')).toEqual({ at: 1_000_000, status: 500, tries: 2 });
    expect(again.recent('https://t/')).toBeUndefined(); // a timeout was not retried: nothing to spare
    expect(again.get('https://a/')).toBeUndefined(); // not a result
    expect(again.holds()).toEqual([['h:1', { until: 1_005_000, confirmed: true }]]);
    now += 5_000;
    expect(again.holds()).toEqual([]);
    now += RECENT_MS;
    expect(again.recent('https://a/')).toBeUndefined();
    now = 1_000_000;
    const fixed = new LinkCache(dir, 60_000, 'fp', () => now).load();
    fixed.set('https://a/', ok('https://a/'));
    fixed.save();
    expect(new LinkCache(dir, 60_000, 'fp', () => now).load().recent('https://a/')).toBeUndefined();
  });

  test('entries written by another run meanwhile are kept', () => {
    const dir = tmp();
    const a = new LinkCache(dir, 60_000, 'fp').load();
    const b = new LinkCache(dir, 60_000, 'fp').load();
    a.set('https://a/', ok('https://a/'));
    a.save();
    b.set('https://b/', ok('https://b/'));
    b.save();
    const c = new LinkCache(dir, 60_000, 'fp').load();
    expect([c.get('https://a/')?.status, c.get('https://b/')?.status]).toEqual([200, 200]);
  });
});

describe('checkLinks with a stand-in transport', () => {
  const settings = (extra: Record<string, unknown> = {}) => linkSettings({ allow_private: true, retries: 1, retry_after_max_ms: 50, ...extra }, tmp());

  test('fragments do not make a URL different', () => {
    expect(checkKey('https://a.example/p#one')).toBe(checkKey('https://a.example/p#two'));
  });

  test('429 with Retry-After: the host is left alone for the wait, and the wait is capped', async () => {
    const calls: string[] = [];
    let first = true;
    const t: Transport = async (method, url) => {
      calls.push(`${method} ${url.pathname}`);
      if (url.pathname === '/a' && first) {
        first = false;
        return { status: 429, headers: { 'retry-after': '0' } };
      }
      return { status: 200, headers: {} };
    };
    const { results } = await checkLinks(['https://h.test/a'], settings(), { transport: t, noCache: true });
    expect(results.get('https://h.test/a')?.outcome).toBe('ok');
    expect(calls).toEqual(['HEAD /a', 'HEAD /a']);
  });

  test('retries are bounded: a host that always answers 503 is asked with HEAD, then 1 + retries times with GET', async () => {
    let n = 0;
    const t: Transport = async () => {
      n++;
      return { status: 503, headers: {} };
    };
    const { results } = await checkLinks(['https://h.test/x'], settings({ retries: 2 }), { transport: t, noCache: true });
    expect(results.get('https://h.test/x')).toMatchObject({ outcome: 'broken', status: 503, cause: '503 Service Unavailable after 3 tries', transient: true });
    expect(n).toBe(4); // HEAD, then GET three times
  });
});
