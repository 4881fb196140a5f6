// broken-links against a real HTTP(S) server on 127.0.0.1 started here. Nothing leaves the
// machine: proxy variables are unset, and host names (*.test) resolve through an injected lookup.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { testNetwork, type LookupFn } from '../../src/links/http.js';
import { lintFiles, lintText } from '../../src/lint.js';
import { draft, fixed, run, slice } from '../helpers.js';
import { ruleTester } from '../rule-tester.js';
import { startFixture, TLS_CERT, type Fixture } from '../support/link-fixture.js';
import { makeTempDir } from '../support/temp.js';

let fx: Fixture;
let cacheDir: string;
const tmpDirs: string[] = [];

/** *.test names resolve to 127.0.0.1, except these. */
const NAMES: Record<string, string | null> = {
  'nowhere.test': null,
  'intranet.test': '10.0.0.5',
  'mapped.test': '::ffff:127.0.0.1',
  'kettleandcrumb.com': '10.0.0.8',
  'zero.test': '0.0.0.0',
  'v6zero.test': '::',
  'v6loop.test': '::1',
  'meta.test': '169.254.169.254',
};
/** DNS rebinding: a public answer the first time, loopback after. */
let rebindAsked = 0;
/** Names with several answers. */
const MULTI: Record<string, string[]> = { 'mixed.test': ['93.184.216.34', '127.0.0.1'] };
const looked: string[] = [];
const lookup: LookupFn = (host, _opts, cb) => {
  const name = host.toLowerCase();
  looked.push(name);
  if (MULTI[name]) return cb(null, MULTI[name].map((address) => ({ address, family: 4 })));
  if (name === 'rebind.test') return cb(null, [{ address: rebindAsked++ === 0 ? '93.184.216.34' : '127.0.0.1', family: 4 }]);
  const addr = name in NAMES ? NAMES[name] : name.endsWith('.test') ? '127.0.0.1' : null;
  if (!addr) return cb(Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' }), []);
  cb(null, [{ address: addr, family: addr.includes(':') ? 6 : 4 }]);
};

beforeAll(async () => {
  for (const k of Object.keys(process.env)) if (/^(https?|no|all)_proxy$/i.test(k)) delete process.env[k];
  testNetwork.lookup = lookup;
  fx = await startFixture();
});
afterAll(async () => {
  delete testNetwork.lookup;
  await fx.close();
  for (const d of tmpDirs) rmSync(d, { recursive: true, force: true });
});
beforeEach(() => {
  fx.reset();
  cacheDir = makeTempDir('postlint-links-');
  tmpDirs.push(cacheDir);
});
afterEach(() => {
  delete testNetwork.ca;
  delete testNetwork.publicAddresses;
});

const POST = { account: 'kettleandcrumb', platform: 'x' };
const links = (extra: Record<string, unknown> = {}) => ({ links: { allow_private: true, cache_dir: cacheDir, retries: 1, ...extra } });
const body = (text: string) => draft(POST, text);
const lint = (text: string, extra: Record<string, unknown> = {}) => run('broken-links', text, { config: links(extra) });
const url = (path: string, host = '127.0.0.1') => `http://${host}:${fx.port}${path}`;

describe('working links', () => {
  test('a 200 is silent and costs one HEAD', async () => {
    expect(await lint(body(`Spring menu: ${url('/ok/menu')}`))).toEqual([]);
    expect(fx.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['HEAD /ok/menu']);
  });

  test('HEAD refused with 405: asked again with GET, and the host gets GET from then on', async () => {
    const text = body(`${url('/head-405/a')} then ${url('/head-405/b')}`);
    expect(await lint(text, { per_host: 1 })).toEqual([]);
    // b waited for a's slot; by then the host was known to refuse HEAD, so b went straight to GET.
    expect(fx.requests.map((r) => `${r.method} ${r.path}`).sort()).toEqual(['GET /head-405/a', 'GET /head-405/b', 'HEAD /head-405/a']);
  });

  test('a server that drops the connection on HEAD is asked with GET', async () => {
    expect(await lint(body(`See ${url('/head-drop/x')}`))).toEqual([]);
    expect(fx.requests.map((r) => r.method)).toEqual(['HEAD', 'GET']);
  });

  test('a HEAD 404 from a host not yet seen to answer HEAD is asked again with GET', async () => {
    expect(await lint(body(`See ${url('/head-404/x')}`))).toEqual([]);
    expect(fx.requests.map((r) => r.method)).toEqual(['HEAD', 'GET']);
  });

  test('a host that answered a HEAD with 200 is believed when its HEAD says 404 or 410', async () => {
    const [a, b] = await lint(body(`${url('/ok/first')} ${url('/gone/x')} ${url('/gone-410/y')}`), { per_host: 1 });
    expect([a.message, b.message]).toEqual([`broken link ${url('/gone/x')}: it answers 404 Not Found`, `broken link ${url('/gone-410/y')}: it answers 410 Gone`]);
    expect(fx.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['HEAD /ok/first', 'HEAD /gone/x', 'HEAD /gone-410/y']);
  });

  test('HEAD answered 403 but GET works: fine', async () => {
    expect(await lint(body(`See ${url('/head-403/x')}`))).toEqual([]);
    expect(fx.requests.map((r) => r.method)).toEqual(['HEAD', 'GET']);
  });

  test('a temporary redirect on the same site that ends in 200 is silent', async () => {
    expect(await lint(body(`See ${url('/temp/x')}`))).toEqual([]);
  });

  test('5xx without Retry-After is retried (once here) and then works', async () => {
    expect(await lint(body(`See ${url('/flaky/x')}`))).toEqual([]);
    expect(fx.requests.map((r) => r.method)).toEqual(['HEAD', 'GET', 'GET']); // HEAD 503, GET 503 (HEAD may be the problem), retried GET 200
  });

  test('503 with Retry-After within retry_after_max_ms: waits, retries, fine', async () => {
    expect(await lint(body(`See ${url('/busy-once/x')}`))).toEqual([]);
    expect(fx.requests.map((r) => r.method)).toEqual(['HEAD', 'HEAD']);
  });

  test('the page a link points at is asked for, never the links on it', async () => {
    await lint(body(`See ${url('/head-405/page')}`));
    expect(fx.count('/gone')).toBe(0);
  });
});

describe('broken links (errors)', () => {
  test('404: error at the URL, with the status', async () => {
    const text = body(`Sale: ${url('/gone/spring-sale')} today`);
    const [m, ...rest] = await lint(text);
    expect(rest).toEqual([]);
    expect(m.severity).toBe(2);
    expect(m.message).toBe(`broken link ${url('/gone/spring-sale')}: it answers 404 Not Found`);
    expect(slice(text, m)).toBe(url('/gone/spring-sale'));
    expect(m.fix).toBeUndefined();
  });

  test('410 Gone', async () => {
    const [m] = await lint(body(url('/gone-410/x')));
    expect(m.message).toBe(`broken link ${url('/gone-410/x')}: it answers 410 Gone`);
  });

  test('403 from a host not known to block robots is broken', async () => {
    const [m] = await lint(body(url('/forbidden/x')));
    expect(m.severity).toBe(2);
    expect(m.message).toBe(`broken link ${url('/forbidden/x')}: it answers 403 Forbidden`);
  });

  test('500 after the retries, which are bounded', async () => {
    const [m] = await lint(body(url('/error/x')), { retries: 2 });
    expect(m.message).toBe(`broken link ${url('/error/x')}: it answers 500 Internal Server Error after 3 tries`);
    expect(fx.requests.map((r) => r.method)).toEqual(['HEAD', 'GET', 'GET', 'GET']);
  });

  test('a redirect to a dead page', async () => {
    const [m] = await lint(body(url('/moved-dead/x')));
    expect(m.message).toBe(`broken link ${url('/moved-dead/x')}: it redirects to ${url('/gone/x')}, which answers 404 Not Found`);
  });

  test('a redirect that says nowhere to go', async () => {
    const [m] = await lint(body(url('/no-location/x')));
    expect(m.message).toBe(`broken link ${url('/no-location/x')}: it answers 302 Found without a Location to go to`);
  });

  test('DNS failure', async () => {
    const [m] = await lint(body('Visit https://nowhere.test/page now'));
    expect(m.message).toBe('broken link https://nowhere.test/page: the host name does not resolve (DNS)');
    expect(m.severity).toBe(2);
  });

  test('TLS failure: a certificate nobody vouches for', async () => {
    const [m] = await lint(body(`Visit https://shop.test:${fx.port}/ok/x now`));
    expect(m.message).toBe(`broken link https://shop.test:${fx.port}/ok/x: TLS failure (self-signed certificate)`);
    expect(fx.requests).toEqual([]);
  });

  test('timeout, with the limit in the message', async () => {
    const [m] = await lint(body(url('/hang/x')), { timeout_ms: 150, retries: 0 });
    expect(m.message).toBe(`broken link ${url('/hang/x')}: no answer within 150 ms (timeout)`);
    expect(m.severity).toBe(2);
  });

  test('redirect loop, reported as such', async () => {
    const [m] = await lint(body(url('/loop/bags')));
    expect(m.message).toBe(`broken link ${url('/loop/bags')}: redirect loop: ${url('/loop/bags')} → ${url('/loop/bags/again')} → ${url('/loop/bags')}`);
    expect(fx.count('/loop')).toBe(2);
  });

  test('more redirects than max_redirects', async () => {
    const [m] = await lint(body(url('/chain/9')), { max_redirects: 3 });
    expect(m.message).toBe(`broken link ${url('/chain/9')}: more than 3 redirects (links.max_redirects)`);
    expect(fx.count('/chain')).toBe(4);
    expect(await lint(body(url('/chain/3')), { max_redirects: 3, follow_redirects: true })).toEqual([]);
  });
});

describe('unverifiable links (warnings)', () => {
  test('still 429 after the retries', async () => {
    const [m] = await lint(body(url('/rate/x')));
    expect(m.severity).toBe(1);
    expect(m.message).toBe(`could not verify ${url('/rate/x')}: still 429 Too Many Requests after 2 tries; open it in a browser before publishing`);
    expect(fx.count('/rate')).toBe(2);
  });

  test('429 asking for longer than retry_after_max_ms: not waited for', async () => {
    const [m] = await lint(body(url('/rate-long/x')), { retry_after_max_ms: 2000 });
    expect(m.message).toBe(`could not verify ${url('/rate-long/x')}: still 429 Too Many Requests; it asks to wait 3600 s, more than links.retry_after_max_ms (2 s); open it in a browser before publishing`);
    expect(fx.count('/rate-long')).toBe(1);
  });

  test("LinkedIn's 999", async () => {
    const [m] = await lint(body(url('/999/in/someone')));
    expect(m.severity).toBe(1);
    expect(m.message).toBe(`could not verify ${url('/999/in/someone')}: 127.0.0.1 answers 999 (LinkedIn-style refusal) to automated checks; open it in a browser before publishing`);
  });

  test('403 from a host known to block automated checks', async () => {
    const text = body(`https://blocky.test:${fx.port}/forbidden/post`.replace('https', 'http'));
    const [m] = await lint(text, { block_403_hosts: ['blocky.test'] });
    expect(m.severity).toBe(1);
    expect(m.message).toBe(`could not verify http://blocky.test:${fx.port}/forbidden/post: blocky.test answers 403 Forbidden to automated checks; open it in a browser before publishing`);
  });
});

describe('moved and misdirected links (warnings)', () => {
  test('301 on the same site: moved, with a fix to the final address', async () => {
    const text = body(`Read ${url('/moved/release?x=1')} today`);
    const [m] = await lint(text);
    expect(m.severity).toBe(1);
    expect(m.message).toBe(`${url('/moved/release?x=1')} has moved permanently (301) to ${url('/ok/release?x=1')}`);
    expect(slice(text, m)).toBe(url('/moved/release?x=1'));
    expect(await fixed('broken-links', text, { config: links() })).toBe(body(`Read ${url('/ok/release?x=1')} today`));
  });

  test('308 too, and the #fragment is kept', async () => {
    const text = body(`Read ${url('/moved-308/notes#install')}`);
    expect(await fixed('broken-links', text, { config: links() })).toBe(body(`Read ${url('/ok/notes#install')}`));
  });

  test('follow_redirects: true accepts a permanent redirect that ends in 2xx on the same site (corpus good-34)', async () => {
    expect(await lint(body(url('/moved/x')), { follow_redirects: true })).toEqual([]);
  });

  test('ends on another site: a warning with a suggestion, not a fix', async () => {
    const [m] = await lint(body(`Tickets: ${url('/offsite/tickets')}`), { follow_redirects: true });
    expect(m.severity).toBe(1);
    expect(m.message).toBe(`${url('/offsite/tickets')} leads to another site: http://other.test:${fx.port}/ok/tickets`);
    expect(m.fix).toBeUndefined();
    expect(m.suggestions?.[0].desc).toBe(`Link http://other.test:${fx.port}/ok/tickets directly`);
  });

  test('ends on a sign-in page', async () => {
    const [m] = await lint(body(url('/to-login/report')), { follow_redirects: true });
    expect(m.message).toBe(`${url('/to-login/report')} ends on a sign-in page (${url('/login?next=/report')})`);
  });

  test('a deep link that ends on the home page', async () => {
    const [m] = await lint(body(url('/to-home/spring/menu')), { follow_redirects: true });
    expect(m.message).toBe(`${url('/to-home/spring/menu')} redirects to the home page (${url('/')}): the page it pointed to is probably gone`);
  });

  test('http:// whose https:// form works: fixable', async () => {
    testNetwork.ca = TLS_CERT;
    const link = `http://shop.test:${fx.port}/ok/menu`;
    const text = body(`Menu: ${link}`);
    const [m] = await lint(text);
    expect(m.severity).toBe(1);
    expect(m.message).toBe(`${link} uses http:// but its https:// address works`);
    expect(await fixed('broken-links', text, { config: links() })).toBe(body(`Menu: https://shop.test:${fx.port}/ok/menu`));
  });

  test('http:// whose https:// form fails: silent', async () => {
    // No trusted certificate: the https:// form fails, so the http:// link stays.
    expect(await lint(body(`Menu: http://shop.test:${fx.port}/ok/menu`))).toEqual([]);
  });

  test('http:// that redirects to https:// on the same site: moved, fixed to https', async () => {
    testNetwork.ca = TLS_CERT;
    const text = body(`Menu: http://shop.test:${fx.port}/to-https/menu`);
    const [m] = await lint(text);
    expect(m.message).toBe(`http://shop.test:${fx.port}/to-https/menu has moved permanently (301) to https://shop.test:${fx.port}/ok/menu`);
    expect(await fixed('broken-links', text, { config: links() })).toBe(body(`Menu: https://shop.test:${fx.port}/ok/menu`));
  });
});

describe('private addresses are not requested unless allowed', () => {
  const strict = (extra: Record<string, unknown> = {}) => ({ allow_private: false, ...extra });

  test('a loopback IP: a warning that says why, and no request', async () => {
    const text = body(`Internal: ${url('/ok/x')}`);
    const [m] = await lint(text, strict());
    expect(m.severity).toBe(1);
    expect(m.message).toBe(`link not checked: ${url('/ok/x')}: 127.0.0.1 is a loopback address`);
    expect(m.hint).toContain('links.allow_private: true');
    expect(slice(text, m)).toBe(url('/ok/x'));
    expect(fx.requests).toEqual([]);
  });

  test.each([
    ['http://10.1.2.3/x', '10.1.2.3 is a private address'],
    ['http://172.20.0.1/x', '172.20.0.1 is a private address'],
    ['http://192.168.1.1/admin', '192.168.1.1 is a private address'],
    ['http://169.254.169.254/latest/meta-data/', '169.254.169.254 is a link-local address'],
    ['http://0.0.0.0:8080/', '0.0.0.0 is an unspecified address'],
    ['http://2130706433/x', '127.0.0.1 is a loopback address'],
  ])('%s', async (link, why) => {
    const [m] = await lint(body(`See ${link}`), strict());
    expect(m.message).toBe(`link not checked: ${link}: ${why}`);
  });

  // IPv6 literals are not linkified in post text; they reach the checker from front matter.
  test.each([
    ['http://[::1]:8080/x', '::1 is a loopback address'],
    ['http://[fd12:3456::1]/x', 'fd12:3456::1 is a unique-local address'],
    ['http://[fe80::1]/x', 'fe80::1 is a link-local address'],
    ['http://[::ffff:127.0.0.1]/x', '::ffff:7f00:1 is a loopback address'],
    ['http://[::ffff:a00:1]/x', '::ffff:a00:1 is a private address'],
  ])('%s (front matter)', async (link, why) => {
    const [m] = await lint(`---\naccount: kettleandcrumb\nplatform: x\nlink: "${link}"\n---\nBody.\n`, strict());
    expect(m.message).toBe(`link not checked: ${link}: ${why}`);
  });

  // The forms people use to slip past a check, as a draft carries them: WHATWG URL parsing turns the
  // IPv4 ones into 127.0.0.1 before the address is judged, and nothing is sent.
  test.each([
    ['http://127.1/x', '127.0.0.1 is a loopback address'],
    ['http://2130706433/x', '127.0.0.1 is a loopback address'],
    ['http://0x7f000001/x', '127.0.0.1 is a loopback address'],
    ['http://0177.0.0.1/x', '127.0.0.1 is a loopback address'],
    ['http://0x7f.1/x', '127.0.0.1 is a loopback address'],
    ['http://017700000001/x', '127.0.0.1 is a loopback address'],
    ['http://127.0.0.1./x', '127.0.0.1 is a loopback address'],
    ['http://127。0。0。1/x', '127.0.0.1 is a loopback address'],
    ['http://0.0.0.0/x', '0.0.0.0 is an unspecified address'],
    ['http://0/x', '0.0.0.0 is an unspecified address'],
    ['http://LOCALHOST/x', 'localhost is the local machine (loopback)'],
    ['http://localhost./x', 'localhost. is the local machine (loopback)'],
    ['http://app.localhost/x', 'app.localhost is the local machine (loopback)'],
  ])('slip form %s (post text and front matter)', async (link, why) => {
    looked.length = 0;
    const [m] = await lint(body(`See ${link} now`), strict());
    expect(m.message).toBe(`link not checked: ${link}: ${why}`);
    const [f] = await lint(`---\naccount: kettleandcrumb\nplatform: x\nlink: "${link}"\n---\nBody.\n`, strict());
    expect(f.message).toBe(`link not checked: ${link}: ${why}`);
    expect(fx.requests).toEqual([]);
    expect(looked).toEqual([]); // not even a DNS query
  });

  test.each([
    ['http://[::ffff:127.0.0.1]/x', '::ffff:7f00:1 is a loopback address'],
    ['http://[0:0:0:0:0:ffff:7f00:1]/x', '::ffff:7f00:1 is a loopback address'],
    ['http://[::ffff:169.254.169.254]/x', '::ffff:a9fe:a9fe is a link-local address'],
    ['http://[::]/x', ':: is an unspecified address'],
    ['http://[::127.0.0.1]/x', '::7f00:1 is a loopback address'],
    ['http://[64:ff9b::7f00:1]/x', '64:ff9b::7f00:1 is a loopback address'],
  ])('slip form %s (front matter; post text does not linkify IPv6 literals)', async (link, why) => {
    const [f] = await lint(`---\naccount: kettleandcrumb\nplatform: x\nlink: "${link}"\n---\nBody.\n`, strict());
    expect(f.message).toBe(`link not checked: ${link}: ${why}`);
    expect(await lint(body(`See ${link} now`), strict())).toEqual([]);
    expect(fx.requests).toEqual([]);
  });

  test.each([
    ['zero.test', '0.0.0.0 (unspecified)'],
    ['v6zero.test', ':: (unspecified)'],
    ['v6loop.test', '::1 (loopback)'],
    ['meta.test', '169.254.169.254 (link-local)'],
  ])('a name that resolves to a local address: %s', async (name, what) => {
    const [m] = await lint(body(`See http://${name}:${fx.port}/ok/x`), strict());
    expect(m.message).toBe(`link not checked: http://${name}:${fx.port}/ok/x: ${name} resolves to ${what}`);
    expect(fx.requests).toEqual([]);
  });

  test('DNS rebinding: the address checked is the address connected to', async () => {
    testNetwork.publicAddresses = ['93.184.216.34'];
    rebindAsked = 1; // this lookup is the second: it answers loopback
    const [m] = await lint(body(`See http://rebind.test:${fx.port}/ok/x`), strict());
    expect(m.message).toBe(`link not checked: http://rebind.test:${fx.port}/ok/x: rebind.test resolves to 127.0.0.1 (loopback)`);
    expect(fx.requests).toEqual([]);
  });

  test.each(['http://0x7f000002/', 'http://127.2/', 'http://[::ffff:127.0.0.2]/', 'http://0.0.0.0/', 'http://localhost./'])('a redirect to %s is refused at that hop', async (target) => {
    testNetwork.publicAddresses = ['127.0.0.1']; // the fixture plays a public site (other loopback addresses stay loopback)
    const from = `http://shop.test:${fx.port}/redirect-to/x?u=${encodeURIComponent(target)}`;
    const [m] = await lint(`---\naccount: kettleandcrumb\nplatform: x\nlink: "${from}"\n---\nBody.\n`, strict());
    expect(m.message).toMatch(new RegExp(`^link not checked: .*: it redirects to ${new URL(target).href.replace(/[.[\]/]/g, '\\$&')}, and `));
    expect(fx.requests.map((r) => r.path)).toEqual([`/redirect-to/x?u=${encodeURIComponent(target)}`]);
  });

  test('localhost', async () => {
    const [m] = await lint(body(`See http://localhost:${fx.port}/ok/x`), strict());
    expect(m.message).toBe(`link not checked: http://localhost:${fx.port}/ok/x: localhost is the local machine (loopback)`);
    expect(fx.requests).toEqual([]);
  });

  test('a public-looking name that resolves to 127.0.0.1 is refused after resolution', async () => {
    const [m] = await lint(body(`See http://news.test:${fx.port}/ok/x`), strict());
    expect(m.message).toBe(`link not checked: http://news.test:${fx.port}/ok/x: news.test resolves to 127.0.0.1 (loopback)`);
    expect(fx.requests).toEqual([]);
  });

  test('a name with a public and a private answer is refused (no connection to either)', async () => {
    const [m] = await lint(body(`See http://mixed.test:${fx.port}/ok/x`), strict());
    expect(m.message).toBe(`link not checked: http://mixed.test:${fx.port}/ok/x: mixed.test resolves to 127.0.0.1 (loopback)`);
    expect(fx.requests).toEqual([]);
  });

  test('a name resolving to an IPv4-mapped IPv6 loopback address', async () => {
    const [m] = await lint(body(`See http://mapped.test:${fx.port}/ok/x`), strict());
    expect(m.message).toBe(`link not checked: http://mapped.test:${fx.port}/ok/x: mapped.test resolves to ::ffff:127.0.0.1 (loopback)`);
  });

  test('a link without a scheme is resolved the same way', async () => {
    const text = body('Order at kettleandcrumb.com/order today');
    const [m] = await lint(text, strict());
    expect(m.message).toBe('link not checked: kettleandcrumb.com/order: kettleandcrumb.com resolves to 10.0.0.8 (private)');
    expect(slice(text, m)).toBe('kettleandcrumb.com/order');
  });

  test('a redirect from an allowed site into a private address is refused', async () => {
    testNetwork.publicAddresses = ['127.0.0.1']; // the fixture plays a public site
    const [m] = await lint(body(`See http://shop.test:${fx.port}/to-private/x`), strict());
    expect(m.severity).toBe(1);
    expect(m.message).toBe(`link not checked: http://shop.test:${fx.port}/to-private/x: it redirects to http://169.254.169.254/latest/meta-data/, and 169.254.169.254 is a link-local address`);
    expect(fx.requests.map((r) => r.path)).toEqual(['/to-private/x']);
  });

  test('a redirect to a name that resolves to a private address is refused', async () => {
    testNetwork.publicAddresses = ['127.0.0.1'];
    const [m] = await lint(body(`See http://shop.test:${fx.port}/to-private-name/x`), strict());
    expect(m.message).toBe(`link not checked: http://shop.test:${fx.port}/to-private-name/x: it redirects to http://intranet.test:${fx.port}/ok/x, and intranet.test resolves to 10.0.0.5 (private)`);
    expect(fx.requests.map((r) => r.path)).toEqual(['/to-private-name/x']);
  });

  test('with allow_private: true the same links are checked', async () => {
    expect(await lint(body(`See http://news.test:${fx.port}/ok/x and ${url('/ok/y')}`))).toEqual([]);
    expect(fx.count('/ok')).toBe(2);
  });
});

describe('one request per unique URL; the cache', () => {
  test('a URL in many drafts, the body, an alt text and front matter costs one request', async () => {
    const dir = makeTempDir('postlint-drafts-');
    tmpDirs.push(dir);
    const link = url('/ok/shared');
    for (let i = 0; i < 6; i++)
      writeFileSync(
        join(dir, `d${i}.md`),
        `---\naccount: kettleandcrumb\nplatform: x\nlink: ${link}\nmedia:\n  - path: ${link}#img\n    alt: "Poster, details at ${link}"\n---\nTwice: ${link} and [here](${link}#top).\n`,
      );
    const summary = await lintFiles([dir], { config: { ...links(), rules: { 'broken-links': 'error' } }, only: ['broken-links'], cwd: dir });
    expect(summary.results.flatMap((r) => r.messages)).toEqual([]);
    expect(fx.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['HEAD /ok/shared']);
  });

  test('a second run sends no request for cached results; transient failures are asked again', async () => {
    const text = body(`${url('/ok/a')} ${url('/gone/b')} ${url('/error/c')} ${url('/moved/d')}`);
    // One at a time, so the host has answered a HEAD with 200 before the 500 comes.
    const first = await lint(text, { per_host: 1 });
    const before = fx.requests.length;
    expect(fx.count('/error')).toBe(2); // the HEAD, then one retry as GET
    const second = await lint(text, { per_host: 1 });
    const isError = (m: { message: string }) => m.message.includes('/error/c');
    expect(second.filter((m) => !isError(m))).toEqual(first.filter((m) => !isError(m)));
    expect(first.find(isError)!.message).toBe(`broken link ${url('/error/c')}: it answers 500 Internal Server Error after 2 tries`);
    expect(second.find(isError)!.message).toMatch(/: it answers 500 Internal Server Error, as it did \d+ s ago after 2 tries$/);
    // Only the 500 (transient: never cached) is asked again, once: the first run spent its retries a moment ago.
    expect(fx.requests.slice(before).map((r) => `${r.method} ${r.path}`)).toEqual(['GET /error/c']);
    const file = JSON.parse(readFileSync(join(cacheDir, 'links.json'), 'utf8'));
    expect(Object.keys(file.entries).sort()).toEqual([url('/gone/b'), url('/moved/d'), url('/ok/a')]);
    expect(Object.keys(file.recent)).toEqual([url('/error/c')]);
    expect(readdirSync(cacheDir)).toEqual(['links.json']); // written through a temporary file, renamed
  });

  test('--no-cache ignores the cache', async () => {
    const text = body(url('/ok/a'));
    await lint(text);
    const config = links();
    const s = await lintText(text, { config: { ...config, rules: { 'broken-links': 'error' } }, only: ['broken-links'], noCache: true, filePath: 'post.md' });
    expect(s.results[0].messages).toEqual([]);
    expect(fx.count('/ok/a')).toBe(2);
  });

  test('an expired entry is checked again (cache_max_age)', async () => {
    const text = body(url('/ok/a'));
    await lint(text, { cache_max_age: 0 });
    await lint(text, { cache_max_age: 0 });
    expect(fx.count('/ok/a')).toBe(2);
    await lint(text, { cache_max_age: '1h' });
    await lint(text, { cache_max_age: '1h' });
    expect(fx.count('/ok/a')).toBe(3);
  });

  test('the cache lives under node_modules/.cache/postlint of the config root by default', async () => {
    const root = makeTempDir('postlint-root-');
    tmpDirs.push(root);
    await run('broken-links', body(url('/ok/a')), { config: { links: { allow_private: true } }, cwd: root });
    expect(existsSync(join(root, 'node_modules', '.cache', 'postlint', 'links', 'links.json'))).toBe(true);
  });

  test('--fix re-lints without asking again', async () => {
    const text = body(`${url('/moved/a')} and ${url('/ok/b')}`);
    expect(await fixed('broken-links', text, { config: links() })).toBe(body(`${url('/ok/a')} and ${url('/ok/b')}`));
    // First pass: HEAD /moved/a (then /ok/a, where it ends) and HEAD /ok/b. The pass after the fix checks /ok/a and /ok/b: from memory.
    expect(fx.requests.map((r) => r.path).sort()).toEqual(['/moved/a', '/ok/a', '/ok/b']);
  });
});

describe('limits', () => {
  test('concurrency: never more requests in flight than links.concurrency', async () => {
    const hosts = Array.from({ length: 10 }, (_, i) => `h${i}.test`);
    const text = body(hosts.flatMap((h) => [1, 2].map((n) => `http://${h}:${fx.port}/delay/${n}`)).join('\n'));
    expect(await lint(text, { concurrency: 3, per_host: 5 })).toEqual([]);
    expect(fx.requests.length).toBe(20);
    expect(fx.maxInFlight).toBe(3);
  });

  test('per_host: never more requests in flight to one host than links.per_host', async () => {
    const text = body(Array.from({ length: 10 }, (_, i) => url(`/delay/${i}`)).join('\n') + `\nhttp://other.test:${fx.port}/delay/x`);
    expect(await lint(text, { concurrency: 8, per_host: 2 })).toEqual([]);
    expect(fx.maxInFlightByHost.get('127.0.0.1')).toBe(2);
    expect(fx.requests.length).toBe(11);
  });

  test("a URL's own Retry-After does not stall its host's other links", async () => {
    const others = [1, 2, 3, 4].map((i) => url(`/ok/${i}`));
    expect(await lint(body([url('/rate-once/x'), ...others].join('\n')), { per_host: 1 })).toEqual([]);
    // The 429 put the host on hold; the next answer (200, to a later request) showed the limit was that URL's alone.
    expect(fx.requests.map((r) => r.path)).toEqual(['/rate-once/x', '/ok/1', '/ok/2', '/ok/3', '/ok/4', '/rate-once/x']);
    // The other links did not wait for the second the 429 asked for; the limited URL did.
    const [limited, ...rest] = fx.requests;
    for (const r of rest.slice(0, 4)) expect(r.at - limited.at).toBeLessThan(1000);
    expect(rest[4].at - limited.at).toBeGreaterThanOrEqual(1000);
  });

  test("after an answer shows the limit was one URL's, its host goes back to its full per_host", async () => {
    const slow = Array.from({ length: 8 }, (_, i) => url(`/delay/${i}`));
    expect(await lint(body([url('/rate-once/y'), ...slow].join('\n')), { per_host: 3 })).toEqual([]);
    const after = fx.requests.slice(3).filter((r) => r.path.startsWith('/delay'));
    expect(after.length).toBe(6);
    expect(after.some((r) => r.alongside > 0)).toBe(true); // not one at a time
  });

  test('a host that limits the whole client gets one more request, then nothing until the time it asked for', async () => {
    const links4 = [1, 2, 3, 4].map((i) => `http://busy.test:${fx.port}/ok/${i}`);
    expect(await lint(body(links4.join('\n')), { per_host: 1 })).toEqual([]);
    const asked = fx.requests.map((r, i) => `${r.path} ${fx.statuses[i]}`);
    // The first 429, one request to see whether the limit is the host's (429 too), then every link after the wait.
    expect(asked.slice(0, 2)).toEqual(['/ok/1 429', '/ok/2 429']);
    expect(asked.slice(2).sort()).toEqual(['/ok/1 200', '/ok/2 200', '/ok/3 200', '/ok/4 200']);
  });

  test('a host on hold for longer than retry_after_max_ms: its other links are not requested', async () => {
    const [a, b, c] = await lint(body(`${url('/rate-long/a')}\n${url('/rate-long/b')}\n${url('/rate-long/c')}`), { per_host: 1, retry_after_max_ms: 2000 });
    for (const m of [a, b]) expect(m.message).toContain('still 429 Too Many Requests; it asks to wait 3600 s, more than links.retry_after_max_ms (2 s)');
    expect(c.message).toMatch(new RegExp(`^could not verify ${url('/rate-long/c').replace(/\./g, '\\.')}: 127\\.0\\.0\\.1:${fx.port} asked \\(Retry-After\\) to be left alone until \\d\\d:\\d\\d:\\d\\d UTC, more than links\\.retry_after_max_ms \\(2 s\\) from now;`));
    expect(fx.count('/rate-long')).toBe(2); // the first, and the one that showed the hold is the host's
  });

  test('a re-run does not ask a site before the time it asked for', async () => {
    const text = body(url('/rate-long/again'));
    await lint(text, { retry_after_max_ms: 2000 });
    const [m] = await lint(text, { retry_after_max_ms: 2000 });
    const remembered = () => JSON.parse(readFileSync(join(cacheDir, 'links.json'), 'utf8')).recent[url('/rate-long/again')];
    const before = remembered();
    await lint(text, { retry_after_max_ms: 2000 });
    expect(remembered()).toEqual(before); // the answer it is waiting on is still the first run's
    expect(fx.count('/rate-long')).toBe(1);
    expect(m.severity).toBe(1);
    expect(m.message).toMatch(/: it answered 429 Too Many Requests \d+ s ago and asked not to be asked again before \d\d:\d\d:\d\d UTC, more than links\.retry_after_max_ms \(2 s\) from now; open it in a browser before publishing$/);
  });

  test('the deadline ends the link phase: unanswered links are unverified, answered ones keep their result', async () => {
    const text = body(`${url('/hang/a')}\n${url('/gone/b')}`);
    const notices: string[] = [];
    const s = await lintText(text, { config: { ...links({ deadline_ms: 300, timeout_ms: 60_000 }), rules: { 'broken-links': 'error' } }, only: ['broken-links'], filePath: 'post.md', notice: (n) => notices.push(n) });
    const ms = s.results[0].messages;
    expect(ms.map((m) => [m.severity, m.message])).toEqual([
      [1, `could not verify ${url('/hang/a')}: not answered before the link phase's deadline (links.deadline_ms: 300); open it in a browser before publishing`],
      [2, `broken link ${url('/gone/b')}: it answers 404 Not Found`],
    ]);
    expect(notices).toEqual(['broken-links: the link phase reached links.deadline_ms (300 ms); 1 link was not checked and is reported as unverified']);
  });
});

describe('where links come from', () => {
  test('Markdown link target: the span is the URL only', async () => {
    const text = body(`Read [the notes](${url('/gone/notes')}).`);
    const [m] = await lint(text);
    expect(slice(text, m)).toBe(url('/gone/notes'));
  });

  test('URL at the end of a sentence: the full stop is not part of it', async () => {
    const text = body(`Donate at ${url('/gone/donate')}.`);
    const [m] = await lint(text);
    expect(m.message).toBe(`broken link ${url('/gone/donate')}: it answers 404 Not Found`);
    expect(slice(text, m)).toBe(url('/gone/donate'));
  });

  test('alt text', async () => {
    const text = draft({ ...POST, media: [{ path: 'a.png', alt: `Poster with ${url('/gone/poster')}` }] }, 'Body.');
    const [m] = await lint(text);
    expect(slice(text, m)).toBe(url('/gone/poster'));
  });

  test('front matter: link, links and media URLs, reported at the field; moved fixed in place', async () => {
    const text = `---\naccount: kettleandcrumb\nplatform: x\nlink: ${url('/gone/a')}\nlinks:\n  - "${url('/moved/b')}"\nmedia:\n  - url: ${url('/gone/c.png')}\n    alt: A poster\n---\nBody.\n`;
    const ms = await lint(text);
    expect(ms.map((m) => [m.message, slice(text, m)])).toEqual([
      [`broken link ${url('/gone/a')}: it answers 404 Not Found`, url('/gone/a')],
      [`${url('/moved/b')} has moved permanently (301) to ${url('/ok/b')}`, url('/moved/b')],
      [`broken link ${url('/gone/c.png')}: it answers 404 Not Found`, url('/gone/c.png')],
    ]);
    expect(await fixed('broken-links', text, { config: links() })).toBe(text.replace(url('/moved/b'), url('/ok/b')));
  });

  test('skip_hosts and skip patterns are never requested', async () => {
    const text = body(`${url('/gone/a')} ${url('/gone/private/b')} http://example.com/x https://sub.example.com/y`);
    expect(await lint(text, { skip_hosts: ['example.com'], skip: ['/\\/gone\\/a$/', '127.0.0.1:*/gone/private/**'] })).toEqual([]);
    expect(fx.requests).toEqual([]);
  });

  test('reserved example domains are never requested, even without skip_hosts', async () => {
    looked.length = 0;
    expect(await lint(body('Tickets: https://example.com/tickets, https://www.example.org/x, http://shop.example/y, https://a.invalid/'))).toEqual([]);
    expect(looked).toEqual([]);
  });

  test('e-mail addresses, handles and code spans are not links', async () => {
    expect(await lint(body('Mail hello@kettleandcrumb.com, ping @openquill@mast.openquill.org, run `curl http://10.0.0.1/x`.'), { allow_private: false })).toEqual([]);
  });
});

describe('settings and modes', () => {
  test('links: false turns the rule off with one notice', async () => {
    const notices: string[] = [];
    const s = await lintText(body(url('/gone/a')), { config: { links: false, rules: { 'broken-links': 'error' } }, only: ['broken-links'], filePath: 'post.md', notice: (n) => notices.push(n) });
    expect(s.results[0].messages).toEqual([]);
    expect(notices).toEqual(['broken-links is skipped: "links: false" in the config']);
    expect(fx.requests).toEqual([]);
  });

  test('--offline skips the rule with one notice', async () => {
    const notices: string[] = [];
    const s = await lintText(body(url('/gone/a')), { config: { ...links(), rules: { 'broken-links': 'error' } }, only: ['broken-links'], offline: true, filePath: 'post.md', notice: (n) => notices.push(n) });
    expect(s.results[0].messages).toEqual([]);
    expect(notices).toEqual(['--offline: skipped broken-links (it needs the network)']);
    expect(fx.requests).toEqual([]);
  });

  test('a cache_max_age that is not a duration is a config error', async () => {
    await expect(lint(body(url('/ok/a')), { cache_max_age: 'soon' })).rejects.toThrow(/cache_max_age/);
  });

  test('progress is reported per URL as "checking links"', async () => {
    const calls: [number, number, string][] = [];
    await lintText(body(`${url('/ok/a')} ${url('/ok/b')}`), { config: { ...links(), rules: { 'broken-links': 'error' } }, only: ['broken-links'], filePath: 'post.md', progress: (d, t, l) => calls.push([d, t, l]) });
    expect(calls).toEqual([
      [0, 2, 'checking links'],
      [1, 2, 'checking links'],
      [2, 2, 'checking links'],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// The rule table (test/rule-tester.ts; test/rule-tables.test.ts requires it): the exact messages,
// ranges, severities and --fix output on drafts written for it, hard negatives among the valid.
// Its cases hold the URLs, so it has a fixture server of its own (test/support/link-fixture.ts,
// 127.0.0.1 on an ephemeral port), started when the table is collected; nothing leaves the machine.
const TFX = await startFixture();
afterAll(() => TFX.close());
const at = (path: string) => `${TFX.base}${path}`;

ruleTester('broken-links', {
  config: { links: { allow_private: true, cache_dir: makeTempDir('postlint-links-table-'), retries: 1 } },
  front: { account: 'kettleandcrumb', platform: 'x' },
}).run({
  valid: [
    { name: 'a page that answers 200', body: `Spring menu: ${at('/ok/menu')}` },
    { name: 'a temporary redirect on the same site that ends in 200', body: `See ${at('/temp/x')}` },
    { name: 'HEAD refused with 405, GET works', body: `See ${at('/head-405/a')}` },
    { name: 'no links', body: 'No links here, just coffee.' },
    { name: 'an e-mail address is not a link', body: 'Write to hello@kettleandcrumb.test' },
    { name: 'a URL in a code span is not checked', body: `Run \`curl ${at('/gone/in-code')}\` to see` },
    { name: 'under --offline nothing is checked', body: `Sale: ${at('/gone/offline')}`, offline: true },
  ],
  invalid: [
    {
      name: '404',
      body: `Sale: ${at('/gone/spring-sale')} today`,
      errors: [{ message: `broken link ${at('/gone/spring-sale')}: it answers 404 Not Found`, text: at('/gone/spring-sale'), severity: 'error' }],
    },
    {
      name: '410',
      body: at('/gone-410/x'),
      errors: [{ message: `broken link ${at('/gone-410/x')}: it answers 410 Gone`, text: at('/gone-410/x'), severity: 'error' }],
    },
    {
      name: '500, after a retry',
      body: `See ${at('/error/x')}`,
      errors: [{ message: `broken link ${at('/error/x')}: it answers 500 Internal Server Error after 2 tries`, text: at('/error/x'), severity: 'error' }],
    },
    {
      name: 'moved permanently: a warning, fixed to the new address',
      body: `Menu: ${at('/moved/menu')}`,
      errors: [{ message: `${at('/moved/menu')} has moved permanently (301) to ${at('/ok/menu')}`, text: at('/moved/menu'), severity: 'warn' }],
      output: draft({ account: 'kettleandcrumb', platform: 'x' }, `Menu: ${at('/ok/menu')}`),
    },
    {
      name: 'moved to a page that is gone',
      body: `See ${at('/moved-dead/x')}`,
      errors: [{ message: `broken link ${at('/moved-dead/x')}: it redirects to ${at('/gone/x')}, which answers 404 Not Found`, text: at('/moved-dead/x'), severity: 'error' }],
    },
    {
      name: 'a redirect loop',
      body: `See ${at('/loop/x')}`,
      errors: [{ message: `broken link ${at('/loop/x')}: redirect loop: ${at('/loop/x')} → ${at('/loop/x/again')} → ${at('/loop/x')}`, text: at('/loop/x'), severity: 'error' }],
    },
    {
      name: 'too many redirects',
      body: `See ${at('/chain/12')}`,
      errors: [{ message: `broken link ${at('/chain/12')}: more than 5 redirects (links.max_redirects)`, text: at('/chain/12'), severity: 'error' }],
    },
    {
      name: 'redirected to the home page',
      body: `See ${at('/to-home/x')}`,
      errors: [{ message: `${at('/to-home/x')} redirects to the home page (${at('/')}): the page it pointed to is probably gone`, text: at('/to-home/x'), severity: 'warn' }],
    },
    {
      name: 'ends on a sign-in page',
      body: `See ${at('/to-login/x')}`,
      errors: [{ message: `${at('/to-login/x')} ends on a sign-in page (${at('/login?next=/x')})`, text: at('/to-login/x'), severity: 'warn' }],
    },
  ],
});
