// A link fixture server for the broken-links tests: HTTP and HTTPS on one port of 127.0.0.1
// (the first byte of a connection decides), counting every request and the most in flight,
// overall and per Host. The first path segment decides the answer.
import { createServer as createHttp, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttps } from 'node:https';
import { createServer as createNet, type AddressInfo, type Socket } from 'node:net';
import { Duplex } from 'node:stream';

// Self-signed certificate for shop.test and other.test (valid until 2126); tests trust it
// through testNetwork.ca, or not, to see a TLS failure.
export const TLS_KEY = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgPQiixKZg9hE6X2V3
gF3Xcg9iLgomawxFjZmgafnp37ChRANCAAQFMYvnEzltEb3gHdDJr9BgCUjUaZ+I
bWw1EJQj+Jvb9JxBT3kt247nyYOwgMlo4nh/CWG8Ce7JT3jOeeB+GqPg
-----END PRIVATE KEY-----
`;
export const TLS_CERT = `-----BEGIN CERTIFICATE-----
MIIBoTCCAUegAwIBAgIUZYIsD9aWSspqNWrAEIAsowcLmtMwCgYIKoZIzj0EAwIw
FDESMBAGA1UEAwwJc2hvcC50ZXN0MCAXDTI2MTEyMjEwNTUzNVoYDzIxMjYxMDI5
MTA1NTM1WjAUMRIwEAYDVQQDDAlzaG9wLnRlc3QwWTATBgcqhkjOPQIBBggqhkjO
PQMBBwNCAAQFMYvnEzltEb3gHdDJr9BgCUjUaZ+IbWw1EJQj+Jvb9JxBT3kt247n
yYOwgMlo4nh/CWG8Ce7JT3jOeeB+GqPgo3UwczAdBgNVHQ4EFgQUe6UKiqtMs4i5
lS8S2MXWQnr1pJ0wHwYDVR0jBBgwFoAUe6UKiqtMs4i5lS8S2MXWQnr1pJ0wIAYD
VR0RBBkwF4IJc2hvcC50ZXN0ggpvdGhlci50ZXN0MA8GA1UdEwEB/wQFMAMBAf8w
CgYIKoZIzj0EAwIDSAAwRQIgSpbXgeWo/M+NSNy0xKYYbG6oN80vwrkPlJlObkxN
mn4CIQDzliI/iWqAB9BMPNMJt4c7ZDd68MNCGWyjWCVp/SQ1Hw==
-----END CERTIFICATE-----
`;

export interface Seen {
  method: string;
  path: string;
  host: string;
  tls: boolean;
  /** When it arrived (epoch ms). */
  at: number;
  /** Requests to the same Host already in flight when it arrived. */
  alongside: number;
}

export interface Fixture {
  port: number;
  /** http://127.0.0.1:port */
  base: string;
  requests: Seen[];
  /** Status of each answer, in the order of `requests`. */
  statuses: number[];
  maxInFlight: number;
  maxInFlightByHost: Map<string, number>;
  /** Requests to paths starting with `prefix`. */
  count(prefix?: string): number;
  reset(): void;
  close(): Promise<void>;
}

export async function startFixture(): Promise<Fixture> {
  const requests: Seen[] = [];
  const hits = new Map<string, number>();
  const byHost = new Map<string, number>();
  let inFlight = 0;
  /** busy.test limits the client: everything is 429 for a second after its first request. */
  let busyUntil = 0;
  const hanging = new Set<ServerResponse>();
  const statuses: number[] = [];
  const fx = {
    requests,
    statuses,
    maxInFlight: 0,
    maxInFlightByHost: new Map<string, number>(),
  } as Fixture;

  const handler = (tls: boolean) => (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    requests.push({ method: req.method ?? '', path: url.pathname + url.search, host, tls, at: Date.now(), alongside: byHost.get(host) ?? 0 });
    inFlight++;
    fx.maxInFlight = Math.max(fx.maxInFlight, inFlight);
    byHost.set(host, (byHost.get(host) ?? 0) + 1);
    fx.maxInFlightByHost.set(host, Math.max(fx.maxInFlightByHost.get(host) ?? 0, byHost.get(host)!));
    let ended = false;
    res.on('close', () => {
      if (ended) return;
      ended = true;
      inFlight--;
      byHost.set(host, byHost.get(host)! - 1);
    });
    const [first, ...rest] = url.pathname.split('/').slice(1);
    const tail = rest.join('/');
    const key = `${first}/${tail}`;
    const n = (hits.get(key) ?? 0) + 1;
    hits.set(key, n);
    const index = requests.length - 1;
    const send = (status: number, headers: Record<string, string> = {}) => {
      statuses[index] = status;
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers });
      res.end(req.method === 'HEAD' ? undefined : `<!doctype html><title>${status}</title><a href="/gone/child">child</a>`);
    };
    const self = `${tls ? 'https' : 'http'}://${req.headers.host}`;
    if (host === 'busy.test') {
      const now = Date.now();
      if (!busyUntil) busyUntil = now + 1000;
      if (now < busyUntil) return send(429, { 'retry-after': '1' });
    }
    switch (first) {
      case '':
      case 'ok':
      case 'login':
        return send(200);
      case 'delay':
        return void setTimeout(() => send(200), 120);
      case 'head-405':
        return req.method === 'HEAD' ? send(405) : send(200);
      case 'head-404': // HEAD not routed like GET
        return req.method === 'HEAD' ? send(404) : send(200);
      case 'head-403':
        return req.method === 'HEAD' ? send(403) : send(200);
      case 'gone':
        return send(404);
      case 'gone-410':
        return send(410);
      case 'error':
        return send(500);
      case 'forbidden':
        return send(403);
      case 'flaky': // 503 without Retry-After twice, then fine
        return n <= 2 ? send(503) : send(200);
      case 'rate': // always 429, asks to retry at once
        return send(429, { 'retry-after': '0' });
      case 'rate-long':
        return send(429, { 'retry-after': '3600' });
      case 'rate-once': // 429 with Retry-After: 1 the first time, for this URL only
        return n === 1 ? send(429, { 'retry-after': '1' }) : send(200);
      case 'busy-once': // 503 with Retry-After: 1 the first time
        return n === 1 ? send(503, { 'retry-after': '1' }) : send(200);
      case '999':
        return send(999);
      case 'moved':
        return send(301, { location: `/ok/${tail}${url.search}` });
      case 'moved-dead':
        return send(301, { location: `/gone/${tail}` });
      case 'moved-308':
        return send(308, { location: `${self}/ok/${tail}` });
      case 'temp':
        return send(302, { location: `/ok/${tail}` });
      case 'to-https':
        return send(301, { location: `https://${req.headers.host}/ok/${tail}` });
      case 'loop':
        return send(301, { location: url.pathname.endsWith('/again') ? url.pathname.slice(0, -'/again'.length) : `${url.pathname}/again` });
      case 'chain': {
        const left = Number(tail);
        return left > 0 ? send(301, { location: `/chain/${left - 1}` }) : send(200);
      }
      case 'to-home':
        return send(301, { location: '/' });
      case 'to-login':
        return send(302, { location: `/login?next=/${tail}` });
      case 'offsite':
        return send(301, { location: `http://other.test:${fx.port}/ok/${tail}` });
      case 'to-private':
        return send(302, { location: 'http://169.254.169.254/latest/meta-data/' });
      case 'to-private-name':
        return send(302, { location: `http://intranet.test:${fx.port}/ok/${tail}` });
      case 'redirect-to': // 302 to ?u=
        return send(302, { location: url.searchParams.get('u') ?? '/' });
      case 'no-location':
        return send(302);
      case 'head-drop': // drops the connection on HEAD
        return req.method === 'HEAD' ? void req.socket.destroy() : send(200);
      case 'hang': // never answers
        hanging.add(res);
        return;
      default:
        return send(404);
    }
  };

  const http = createHttp(handler(false));
  const https = createHttps({ key: TLS_KEY, cert: TLS_CERT }, handler(true));
  const sockets = new Set<Socket>();
  const net = createNet((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.once('data', (chunk) => {
      socket.pause();
      if (chunk[0] !== 0x16) {
        socket.unshift(chunk);
        http.emit('connection', socket);
        socket.resume();
        return;
      }
      // TLS reads a raw socket's handle directly and would miss the byte already read: hand it a stream instead.
      const stream = new Duplex({
        read: () => void socket.resume(),
        write: (c, enc, cb) => void socket.write(c, enc, cb),
        final: (cb) => {
          socket.end();
          cb();
        },
      });
      stream.push(chunk);
      socket.on('data', (c) => stream.push(c));
      socket.on('end', () => stream.push(null));
      socket.on('close', () => stream.destroy());
      stream.on('error', () => socket.destroy());
      https.emit('connection', stream);
    });
  });
  await new Promise<void>((resolve) => net.listen(0, '127.0.0.1', resolve));
  fx.port = (net.address() as AddressInfo).port;
  fx.base = `http://127.0.0.1:${fx.port}`;
  fx.count = (prefix = '/') => requests.filter((r) => r.path.startsWith(prefix)).length;
  fx.reset = () => {
    requests.length = 0;
    statuses.length = 0;
    hits.clear();
    busyUntil = 0;
    fx.maxInFlight = 0;
    fx.maxInFlightByHost.clear();
  };
  fx.close = () =>
    new Promise<void>((resolve) => {
      for (const r of hanging) r.destroy();
      for (const s of sockets) s.destroy();
      net.close(() => resolve());
    });
  return fx;
}
