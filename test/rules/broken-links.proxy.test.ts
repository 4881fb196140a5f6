// Behind a proxy, broken-links sends its requests through it with https-proxy-agent (CONNECT
// tunnels), with the same client, limits and redirect walk as without one. A CONNECT proxy on
// 127.0.0.1 stands in for a corporate proxy; it resolves *.test to 127.0.0.1 itself (only the
// proxy knows those names, as only a corporate proxy knows the outside).
import { rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { testNetwork, type LookupFn } from '../../src/links/http.js';
import { bypassesProxy, proxyUrl } from '../../src/links/proxy.js';
import { run, draft } from '../helpers.js';
import { startFixture, TLS_CERT, type Fixture } from '../support/link-fixture.js';
import { makeTempDir } from '../support/temp.js';

let fx: Fixture;
let proxy: Server;
let tunnels: string[] = [];
const sockets = new Set<Socket>();
let cacheDir: string;

beforeAll(async () => {
  for (const k of Object.keys(process.env)) if (/^(https?|no|all)_proxy$/i.test(k)) delete process.env[k];
  fx = await startFixture();
  proxy = createServer((_req, res) => res.writeHead(405).end());
  proxy.on('connect', (req, client: Socket, head) => {
    tunnels.push(req.url ?? '');
    const [host, port] = (req.url ?? '').split(':');
    const up = connect(Number(port), host.endsWith('.test') ? '127.0.0.1' : host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      up.write(head);
      up.pipe(client);
      client.pipe(up);
    });
    for (const s of [up, client]) {
      sockets.add(s);
      s.on('error', () => {});
      s.on('close', () => sockets.delete(s));
    }
    up.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  process.env.HTTP_PROXY = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  // The local resolver: it knows intranet.test (a private address) and nothing else.
  const lookup: LookupFn = (host, _o, cb) =>
    host === 'intranet.test' ? cb(null, [{ address: '10.0.0.5', family: 4 }]) : cb(Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' }), []);
  testNetwork.lookup = lookup;
  cacheDir = makeTempDir('postlint-proxy-');
});

afterAll(async () => {
  delete testNetwork.lookup;
  delete testNetwork.ca;
  delete process.env.HTTP_PROXY;
  delete process.env.NO_PROXY;
  for (const s of sockets) s.destroy();
  await new Promise<void>((resolve) => proxy.close(() => resolve()));
  await fx.close();
  rmSync(cacheDir, { recursive: true, force: true });
});

beforeEach(() => {
  fx.reset();
  tunnels = [];
  delete process.env.NO_PROXY;
});

const body = (text: string) => draft({ account: 'kettleandcrumb', platform: 'x' }, text);
const lint = (text: string, extra: Record<string, unknown> = {}) => run('broken-links', text, { config: { links: { allow_private: true, cache_dir: cacheDir, retries: 0, ...extra } } });
const url = (path: string) => `http://127.0.0.1:${fx.port}${path}`;

describe('behind a proxy: the same client, through a CONNECT tunnel', () => {
  test('a working link: one HEAD through the proxy, and nothing on the page is requested', async () => {
    expect(await lint(body(url('/ok/proxy-a')))).toEqual([]);
    expect(tunnels).toEqual([`127.0.0.1:${fx.port}`]);
    expect(fx.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['HEAD /ok/proxy-a']);
  });

  test('404 is broken, with the status', async () => {
    const [m] = await lint(body(url('/gone/proxy-b')));
    expect(m.message).toBe(`broken link ${url('/gone/proxy-b')}: it answers 404 Not Found`);
  });

  test('redirects are still walked by postlint, hop by hop: moved, and loops', async () => {
    const [moved] = await lint(body(url('/moved/proxy-c')));
    expect(moved.message).toBe(`${url('/moved/proxy-c')} has moved permanently (301) to ${url('/ok/proxy-c')}`);
    expect(fx.requests.map((r) => r.path)).toEqual(['/moved/proxy-c', '/ok/proxy-c']);
    const [loop] = await lint(body(url('/loop/proxy-d')));
    expect(loop.message).toBe(`broken link ${url('/loop/proxy-d')}: redirect loop: ${url('/loop/proxy-d')} → ${url('/loop/proxy-d/again')} → ${url('/loop/proxy-d')}`);
  });

  test('https:// through the tunnel, with the certificate checked for the site (not the proxy)', async () => {
    const link = `https://shop.test:${fx.port}/ok/proxy-tls`;
    expect(await lint(body(link))).toMatchObject([{ message: `broken link ${link}: TLS failure (self-signed certificate)` }]);
    testNetwork.ca = TLS_CERT;
    try {
      expect(await lint(body(link))).toEqual([]);
    } finally {
      delete testNetwork.ca;
    }
    expect(tunnels).toEqual([`shop.test:${fx.port}`, `shop.test:${fx.port}`]);
    expect(fx.requests.map((r) => `${r.method} ${r.path} ${r.tls}`)).toEqual(['HEAD /ok/proxy-tls true']);
  });

  test('with allow_private: false, a proxy on a private address still works for public names', async () => {
    expect(await lint(body(`http://shop.test:${fx.port}/ok/proxy-g`), { allow_private: false })).toEqual([]);
    // The http:// link, then its https:// form (which fails here: the certificate is not trusted).
    expect(tunnels).toEqual([`shop.test:${fx.port}`, `shop.test:${fx.port}`]);
    expect(fx.requests.map((r) => `${r.method} ${r.path} ${r.tls}`)).toEqual(['HEAD /ok/proxy-g false']);
  });

  test('private addresses are refused before anything reaches the proxy', async () => {
    const [m] = await lint(body(url('/ok/proxy-e')), { allow_private: false });
    expect(m.message).toBe(`link not checked: ${url('/ok/proxy-e')}: 127.0.0.1 is a loopback address`);
    const [n] = await lint(body(`http://intranet.test:${fx.port}/ok/proxy-h`), { allow_private: false });
    expect(n.message).toBe(`link not checked: http://intranet.test:${fx.port}/ok/proxy-h: intranet.test resolves to 10.0.0.5 (private)`);
    expect(tunnels).toEqual([]);
    expect(fx.requests).toEqual([]);
  });

  test('hosts in NO_PROXY are checked directly', async () => {
    process.env.NO_PROXY = 'localhost,127.0.0.1';
    expect(await lint(body(url('/ok/proxy-f')))).toEqual([]);
    expect(tunnels).toEqual([]);
    expect(fx.requests.map((r) => r.method)).toEqual(['HEAD']);
  });
});

describe('proxy variables', () => {
  test('http:// links use http_proxy; https:// links https_proxy, else the http one', () => {
    expect(proxyUrl('https:', { HTTP_PROXY: 'http://a', https_proxy: 'http://b' })).toBe('http://b');
    expect(proxyUrl('https:', { HTTPS_PROXY: 'http://c', https_proxy: 'http://b' })).toBe('http://b');
    expect(proxyUrl('https:', { HTTP_PROXY: 'http://a' })).toBe('http://a');
    expect(proxyUrl('http:', { https_proxy: 'http://b' })).toBeUndefined();
    expect(proxyUrl('http:', { http_proxy: 'http://d', HTTP_PROXY: 'http://a' })).toBe('http://d');
    expect(proxyUrl('http:', {})).toBeUndefined();
  });

  test('NO_PROXY matches hosts and their subdomains, ports, IPv6 literals, and *', () => {
    expect(bypassesProxy('api.brand.com', { NO_PROXY: '.brand.com' })).toBe(true);
    expect(bypassesProxy('api.brand.com', { NO_PROXY: '*.brand.com' })).toBe(true);
    expect(bypassesProxy('brand.com', { no_proxy: 'brand.com:443' })).toBe(true);
    expect(bypassesProxy('notbrand.com', { NO_PROXY: 'brand.com' })).toBe(false);
    expect(bypassesProxy('[::1]', { NO_PROXY: '::1' })).toBe(true);
    expect(bypassesProxy('[::1]', { NO_PROXY: '[::1]:8080' })).toBe(true);
    expect(bypassesProxy('x.org', { NO_PROXY: '*' })).toBe(true);
  });
});
