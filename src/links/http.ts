// One HTTP request, guarded: postlint's own client (node:http/https) rather than fetch, because
// it must decide *which address it connects to*. The DNS answer is checked inside the socket's
// `lookup`, so the address that is checked is the address that is used (no second lookup an
// attacker's DNS could answer differently), and every redirect hop is a new guarded request.
// Redirects are never followed here; the checker walks them hop by hop.
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { addressKind, describeAddress, hostIp, isLocalName, type AddressKind } from './address.js';
import type { ErrorKind, HopResponse } from './types.js';

export type LookupFn = (
  hostname: string,
  options: LookupOptions & { all: true },
  callback: (err: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void;

/**
 * Test seams (never set by postlint itself): a resolver standing in for DNS, a CA to trust for a
 * local HTTPS server, and addresses to treat as public so a loopback server can play a public
 * site that redirects into a private one.
 */
export const testNetwork: { lookup?: LookupFn; ca?: string | Buffer; publicAddresses?: string[] } = {};

export class LinkError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
    readonly code?: string,
    readonly address?: string,
    readonly addressKind?: AddressKind,
  ) {
    super(message);
  }
}

export interface RequestOptions {
  timeoutMs: number;
  allowPrivate: boolean;
  userAgent: string;
  signal?: AbortSignal;
  agents?: Agents;
  /**
   * An agent that connects through an HTTP proxy. The proxy resolves and connects, so the
   * address cannot be pinned here: the caller refuses what it can before (src/links/proxy.ts).
   */
  proxy?: HttpAgent;
}

export interface Agents {
  http: HttpAgent;
  https: HttpsAgent;
}

/** Keep-alive agents for one link phase; the limiter bounds the sockets, not the agent. */
export function createAgents(): Agents {
  const opts = { keepAlive: true, maxSockets: Infinity, maxFreeSockets: 64, timeout: 30_000 };
  return { http: new HttpAgent(opts), https: new HttpsAgent({ ...opts, ca: testNetwork.ca }) };
}

export function destroyAgents(a: Agents): void {
  a.http.destroy();
  a.https.destroy();
}

function refusal(host: string, address: string, kind: AddressKind): LinkError {
  const what = host === address ? `${address} is ${kind === 'unspecified' ? 'an' : 'a'} ${kind} address` : `${host} resolves to ${describeAddress(address, kind)}`;
  return new LinkError('private', what, 'EPRIVATE', address, kind);
}

/** Refusal for connecting to `address` (which `host` resolved to), or undefined for a public address. */
export function refuseAddress(host: string, address: string): LinkError | undefined {
  const kind = addressKind(address);
  return kind && !testNetwork.publicAddresses?.includes(address) ? refusal(host, address, kind) : undefined;
}

/** Refusal for a URL whose host is an IP literal or a local name: no socket, no DNS query. */
export function refuseHost(hostname: string): LinkError | undefined {
  const ip = hostIp(hostname);
  if (ip) return refuseAddress(ip, ip);
  if (isLocalName(hostname)) return new LinkError('private', `${hostname} is the local machine (loopback)`, 'EPRIVATE', hostname, 'loopback');
  return undefined;
}

function guardedLookup(allowPrivate: boolean) {
  const base: LookupFn = testNetwork.lookup ?? ((h, o, cb) => dnsLookup(h, o, cb));
  return (hostname: string, options: LookupOptions, callback: (...args: any[]) => void) => {
    base(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err);
      if (!addresses?.length) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }));
      if (!allowPrivate)
        for (const a of addresses) {
          // One private answer is enough to refuse: a name that mixes public and private answers is a rebinding trick.
          const refused = refuseAddress(hostname, a.address);
          if (refused) return callback(refused);
        }
      if (options.all) callback(null, addresses);
      else callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

export function classifyError(e: unknown): LinkError {
  if (e instanceof LinkError) return e;
  const err = e as NodeJS.ErrnoException & { reason?: string };
  const code = err?.code ?? '';
  const msg = err?.message ?? String(e);
  if (code === 'ENOTFOUND' || code === 'EAI_NONAME' || code === 'EAI_NODATA' || code === 'ENODATA') return new LinkError('dns', 'the host name does not resolve (DNS)', code);
  if (code === 'EAI_AGAIN' || code === 'ESERVFAIL' || code === 'ETIMEOUT' || code === 'ECONNREFUSED_DNS') return new LinkError('dns-temporary', 'DNS did not answer (temporary failure)', code);
  if (/^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|HOSTNAME_MISMATCH|EPROTO$)/.test(code) || /SSL|TLS|certificate/i.test(msg))
    return new LinkError('tls', `TLS failure (${tlsReason(code, err.reason ?? msg)})`, code);
  if (code === 'ECONNREFUSED') return new LinkError('refused', 'connection refused', code);
  if (code === 'ECONNRESET' || code === 'EPIPE' || /socket hang up/i.test(msg)) return new LinkError('reset', 'the connection was closed without an answer', code || 'ECONNRESET');
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || code === 'EADDRNOTAVAIL') return new LinkError('unreachable', 'the host is unreachable', code);
  if (code === 'ETIMEDOUT') return new LinkError('timeout', 'the connection timed out', code);
  if (code.startsWith('HPE_')) return new LinkError('protocol', 'the server did not answer in HTTP', code);
  return new LinkError('other', msg, code || undefined);
}

function tlsReason(code: string, msg: string): string {
  const known: Record<string, string> = {
    CERT_HAS_EXPIRED: 'certificate has expired',
    DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed certificate',
    SELF_SIGNED_CERT_IN_CHAIN: 'self-signed certificate in the chain',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'certificate not signed by a known authority',
    UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'certificate not signed by a known authority',
    ERR_TLS_CERT_ALTNAME_INVALID: 'certificate is for another host name',
    CERT_NOT_YET_VALID: 'certificate is not valid yet',
  };
  return known[code] ?? (code ? `${code}` : msg);
}

/**
 * Send one request and resolve with its status and headers (the body is not needed: for a GET,
 * at most 256 KB are drained so the connection can be reused, then it is dropped).
 */
export function request(method: 'HEAD' | 'GET', url: URL, opts: RequestOptions): Promise<HopResponse> {
  if (!opts.allowPrivate) {
    const refused = refuseHost(url.hostname);
    if (refused) return Promise.reject(refused);
  }
  if (opts.signal?.aborted) return Promise.reject(new LinkError('aborted', 'stopped at the deadline'));
  const https = url.protocol === 'https:';
  const send = https ? httpsRequest : httpRequest;
  return new Promise<HopResponse>((resolve, reject) => {
    let done = false;
    const finish = (e: unknown, r?: HopResponse) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      if (r) resolve(r);
      else reject(classifyError(e));
    };
    const req = send(url, {
      method,
      ...(opts.proxy ? { agent: opts.proxy } : { agent: opts.agents ? (https ? opts.agents.https : opts.agents.http) : false, lookup: guardedLookup(opts.allowPrivate) as never }),
      headers: {
        'user-agent': opts.userAgent,
        accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
        'accept-language': 'en;q=0.9, *;q=0.5',
        'accept-encoding': 'identity',
      },
      ...(https && testNetwork.ca && (!opts.agents || opts.proxy) ? { ca: testNetwork.ca } : {}),
    });
    const timer = setTimeout(() => req.destroy(new LinkError('timeout', `no answer within ${seconds(opts.timeoutMs)} (timeout)`, 'ETIMEDOUT')), opts.timeoutMs);
    const onAbort = () => req.destroy(new LinkError('aborted', 'stopped at the deadline'));
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    req.on('error', (e) => finish(e));
    req.on('response', (res) => {
      finish(undefined, { status: res.statusCode ?? 0, headers: res.headers });
      let read = 0;
      res.on('data', (chunk: Buffer) => {
        read += chunk.length;
        if (read > 256 * 1024) res.destroy();
      });
      res.on('error', () => {});
    });
    req.end();
  });
}

/** "150 ms", "10 s", "2.5 s". */
export function seconds(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
