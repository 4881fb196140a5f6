// The loopback sites of the link benchmark, in their own process (a remote site does not share
// the checker's event loop). Forked by bench/links.mjs; talks to it over IPC.
//
// It listens on BENCH_HOSTS ephemeral ports of 127.0.0.1; each port is one "host" to a link
// checker (limits are per host and port). Every answer comes after BENCH_LATENCY ms. The first
// path segment decides the answer:
//   /ok/…       200                      /missing/…  404
//   /gone/…     410                      /error/…    500, always
//   /moved/…    301 to /new/… (200)      /slow/…     200 after BENCH_SLOW_MS instead
//   /rate/…     the first request to that URL: 429 with Retry-After: 1; then 200
//   /loop/x     301 to /loop/x/again, which 301s back to /loop/x
// It counts requests (by method, by kind), the most in flight overall and per host.
import { createServer } from 'node:http';

const LATENCY = Number(process.env.BENCH_LATENCY ?? 100);
const SLOW = Number(process.env.BENCH_SLOW_MS ?? 2000);
const HOSTS = Number(process.env.BENCH_HOSTS ?? 1);

const fresh = () => ({ requests: 0, inFlight: 0, maxInFlight: 0, methods: {}, kinds: {}, byHost: {}, maxByHost: {} });
let stats = fresh();
/** URLs of /rate/ that have been answered 429 once. */
let limited = new Set();
// No links in the page: linkinator would otherwise check them too.
const PAGE = '<!doctype html><title>ok</title><p>ok</p>';

function handler(port) {
  return (req, res) => {
    const path = req.url ?? '/';
    const kind = path.split('/')[1] || '';
    stats.requests++;
    stats.methods[req.method] = (stats.methods[req.method] ?? 0) + 1;
    stats.kinds[kind] = (stats.kinds[kind] ?? 0) + 1;
    stats.maxInFlight = Math.max(stats.maxInFlight, ++stats.inFlight);
    stats.byHost[port] = (stats.byHost[port] ?? 0) + 1;
    stats.maxByHost[port] = Math.max(stats.maxByHost[port] ?? 0, stats.byHost[port]);
    let counted = true;
    const done = () => {
      if (!counted) return;
      counted = false;
      stats.inFlight--;
      stats.byHost[port]--;
    };
    res.on('close', done);
    const send = (status, headers = {}) => {
      done();
      const body = status === 200 ? PAGE : `<!doctype html><title>${status}</title>`;
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-length': String(Buffer.byteLength(body)), ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const rest = path.slice(kind.length + 1);
    const answer = () => {
      switch (kind) {
        case 'ok':
        case 'new':
        case 'slow':
          return send(200);
        case 'missing':
          return send(404);
        case 'gone':
          return send(410);
        case 'error':
          return send(500);
        case 'moved':
          return send(301, { location: `/new${rest}` });
        case 'rate': {
          const key = `${port}${path}`;
          if (limited.has(key)) return send(200);
          limited.add(key);
          return send(429, { 'retry-after': '1' });
        }
        case 'loop':
          return send(301, { location: path.endsWith('/again') ? path.slice(0, -'/again'.length) : `${path}/again` });
        default:
          return send(404);
      }
    };
    setTimeout(answer, kind === 'slow' ? SLOW : LATENCY);
  };
}

const servers = [];
const ports = [];
for (let i = 0; i < HOSTS; i++) {
  const port = await new Promise((resolve) => {
    const server = createServer();
    server.keepAliveTimeout = 30_000;
    server.listen(0, '127.0.0.1', () => {
      const p = server.address().port;
      server.on('request', handler(p));
      resolve(p);
    });
    servers.push(server);
  });
  ports.push(port);
}
process.send({ ports });
process.on('message', (m) => {
  if (m === 'stats') process.send({ stats });
  if (m === 'reset') {
    stats = fresh();
    limited = new Set();
    process.send({ reset: true });
  }
  if (m === 'stop') {
    for (const s of servers) s.closeAllConnections(), s.close();
    process.exit(0);
  }
});
