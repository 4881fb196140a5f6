// Behind an HTTP(S) proxy. postlint's own client (src/links/http.ts) sends every hop; for a host
// that is not in NO_PROXY it connects through the proxy with https-proxy-agent (a CONNECT
// tunnel, for http:// and https:// links alike), so the link phase is the same with and without
// a proxy: HEAD first, the same limits, retries, Retry-After and redirect walk.
//
// Which proxy: http:// links use http_proxy / HTTP_PROXY; https:// links https_proxy /
// HTTPS_PROXY, else the http one (as undici's EnvHttpProxyAgent and curl's users expect).
import { lookup } from 'node:dns/promises';
import type { Agent } from 'node:http';
import { HttpsProxyAgent } from 'https-proxy-agent';
import { refuseAddress, refuseHost, testNetwork } from './http.js';

export function proxyUrl(protocol: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const http = env.http_proxy || env.HTTP_PROXY || undefined;
  return protocol === 'https:' ? env.https_proxy || env.HTTPS_PROXY || http : http;
}

export function bypassesProxy(host: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const list = (env.no_proxy ?? env.NO_PROXY ?? '').split(/[\s,]+/).filter(Boolean);
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  return list.some((entry) => {
    if (entry === '*') return true;
    let e = entry.toLowerCase().replace(/^\*?\./, '');
    const v6 = /^\[([^\]]+)\](?::\d+)?$/.exec(e);
    if (v6) e = v6[1];
    else if (e.split(':').length === 2) e = e.replace(/:\d+$/, ''); // a port; a bare IPv6 address has more colons
    return h === e || h.endsWith(`.${e}`);
  });
}

/** The proxy agents of one link phase, one per proxy URL; none when no proxy variable is set. */
export class Proxies {
  private readonly agents = new Map<string, Agent>();
  constructor(private readonly env: NodeJS.ProcessEnv = process.env) {}

  /** The agent for this URL, or undefined to connect directly. */
  agentFor(url: URL): Agent | undefined {
    const proxy = proxyUrl(url.protocol, this.env);
    if (!proxy || bypassesProxy(url.hostname, this.env)) return undefined;
    let agent = this.agents.get(proxy);
    if (!agent) this.agents.set(proxy, (agent = new HttpsProxyAgent(proxy, { keepAlive: true })));
    return agent;
  }

  destroy(): void {
    for (const a of this.agents.values()) a.destroy();
    this.agents.clear();
  }
}

/**
 * Through a proxy the proxy connects, so the address cannot be pinned; refuse what can be known
 * here: IP literals, local names, and names the local resolver maps to private addresses.
 */
export async function refuseBeforeProxy(url: URL): Promise<void> {
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
    const refused = refuseAddress(url.hostname, address);
    if (refused) throw refused;
  }
}
