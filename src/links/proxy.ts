// Behind an HTTP(S) proxy, requests go through linkinator. postlint's own client connects
// directly (it has to, to check the address it connects to), and it does not speak to proxies;
// linkinator does (undici's ProxyAgent, from the same https_proxy / HTTPS_PROXY / http_proxy /
// HTTP_PROXY variables). Hosts listed in NO_PROXY are still checked directly.
//
// Each hop is one linkinator `check({ path, recurse: false, redirects: 'error' })`: a single GET
// (linkinator asks its start URLs with GET), no redirect followed (postlint walks them and
// guards every hop), no retries (postlint owns those), and `linksToSkip` refusing every link
// found on the page so nothing but the asked URL is requested.
import { lookup } from 'node:dns/promises';
import { addressKind } from './address.js';
import type { Transport } from './checker.js';
import { LinkError, classifyError, refuseHost, testNetwork, type HopResponse } from './http.js';
import type { LinkSettings } from './settings.js';

export function proxyUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  // linkinator's own precedence, so the two never disagree about which proxy is used.
  return env.https_proxy || env.HTTPS_PROXY || env.http_proxy || env.HTTP_PROXY || undefined;
}

export function bypassesProxy(host: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const list = (env.no_proxy ?? env.NO_PROXY ?? '').split(/[\s,]+/).filter(Boolean);
  const h = host.toLowerCase();
  return list.some((entry) => {
    if (entry === '*') return true;
    const e = entry.toLowerCase().replace(/^\*?\./, '').replace(/:\d+$/, '');
    return h === e || h.endsWith(`.${e}`);
  });
}

/** The transport for this run: undefined (direct, guarded) unless a proxy is configured. */
export function transportFor(s: LinkSettings, env: NodeJS.ProcessEnv = process.env): Transport | undefined {
  if (!proxyUrl(env)) return undefined;
  const viaProxy: Transport = async (method, url, opts, direct) => {
    if (bypassesProxy(url.hostname, env)) return direct!(method, url, opts);
    if (!s.allowPrivate) await refuseBeforeProxy(url);
    return linkinatorGet(url, opts, s.userAgent);
  };
  viaProxy.getOnly = (url) => !bypassesProxy(url.hostname, env);
  return viaProxy;
}

/**
 * Through a proxy the proxy connects, so the address cannot be pinned; refuse what can be known
 * here: IP literals, local names, and names the local resolver maps to private addresses.
 */
async function refuseBeforeProxy(url: URL): Promise<void> {
  const refused = refuseHost(url.hostname);
  if (refused) throw refused;
  let addresses: { address: string }[] = [];
  try {
    addresses = testNetwork.lookup
      ? await new Promise((res, rej) => testNetwork.lookup!(url.hostname, { all: true }, (e, a) => (e ? rej(e) : res(a))))
      : await lookup(url.hostname, { all: true });
  } catch {
    return; // behind a proxy the local resolver often knows nothing of the outside: the proxy resolves
  }
  for (const { address } of addresses) {
    const kind = addressKind(address);
    if (kind && !testNetwork.publicAddresses?.includes(address)) throw new LinkError('private', `${url.hostname} resolves to ${address} (${kind})`, 'EPRIVATE', address, kind);
  }
}

async function linkinatorGet(url: URL, opts: { signal: AbortSignal; timeoutMs: number }, userAgent: string): Promise<HopResponse> {
  const { LinkChecker } = await import('linkinator');
  const href = url.href;
  const run = new LinkChecker().check({
    path: href,
    recurse: false,
    timeout: opts.timeoutMs,
    redirects: 'error',
    retry: false,
    retryErrors: false,
    userAgent,
    concurrency: 1,
    linksToSkip: async (link: string) => link !== href,
  });
  run.catch(() => {}); // after the deadline nobody awaits it any more
  let onAbort: () => void = () => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(new LinkError('aborted', 'stopped at the deadline'));
    if (opts.signal.aborted) onAbort();
    else opts.signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    const result = await Promise.race([run, aborted]);
    const link = result.links.find((l) => l.url === href) ?? result.links[0];
    if (!link) throw new LinkError('other', 'linkinator returned no result');
    const details = link.failureDetails ?? [];
    const response = details.find((d): d is { status: number; headers: Record<string, string> } => !(d instanceof Error) && typeof (d as { status?: unknown }).status === 'number');
    if (link.status) return { status: link.status, headers: response?.headers ?? {} };
    const error = details.find((d): d is Error => d instanceof Error || typeof (d as unknown as Error).message === 'string');
    throw toLinkError(error, opts.timeoutMs);
  } finally {
    opts.signal.removeEventListener('abort', onAbort);
  }
}

function toLinkError(e: unknown, timeoutMs: number): LinkError {
  if (!e) return new LinkError('other', 'no answer');
  const err = e as Error & { cause?: unknown };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return new LinkError('timeout', `no answer within ${timeoutMs / 1000} s (timeout)`, 'ETIMEDOUT');
  return classifyError(err.cause ?? err);
}
