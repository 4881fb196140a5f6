// Which IP addresses a link check may connect to. A draft is untrusted input when CI lints a
// pull request: a link to 169.254.169.254 (cloud metadata), 10.x or localhost would make the
// CI runner probe its own network. These ranges are refused unless `links.allow_private: true`.
import { isIP } from 'node:net';

export type AddressKind =
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'unique-local'
  | 'unspecified'
  | 'shared (CGNAT)'
  | 'multicast'
  | 'reserved';

type V4Range = [base: number, bits: number, kind: AddressKind];

const V4: V4Range[] = [
  [ip4('0.0.0.0'), 8, 'unspecified'], // "this network"; 0.0.0.0 reaches the local host on Linux
  [ip4('127.0.0.0'), 8, 'loopback'],
  [ip4('10.0.0.0'), 8, 'private'],
  [ip4('172.16.0.0'), 12, 'private'],
  [ip4('192.168.0.0'), 16, 'private'],
  [ip4('169.254.0.0'), 16, 'link-local'], // includes 169.254.169.254, the cloud metadata service
  [ip4('100.64.0.0'), 10, 'shared (CGNAT)'], // carrier-grade NAT, also cloud-internal networks
  [ip4('192.0.0.0'), 24, 'reserved'],
  [ip4('198.18.0.0'), 15, 'reserved'],
  [ip4('224.0.0.0'), 4, 'multicast'],
  [ip4('240.0.0.0'), 4, 'reserved'], // includes 255.255.255.255
];

function ip4(s: string): number {
  return s.split('.').reduce((n, p) => n * 256 + Number(p), 0);
}

function v4Kind(n: number): AddressKind | undefined {
  for (const [base, bits, kind] of V4) {
    const size = 2 ** (32 - bits);
    if (n >= base && n < base + size) return kind;
  }
  return undefined;
}

/** The eight 16-bit groups of an IPv6 address (with an embedded dotted quad expanded). */
function v6Groups(s: string): number[] | undefined {
  let text = s.toLowerCase();
  const zone = text.indexOf('%');
  if (zone >= 0) text = text.slice(0, zone);
  const quad = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (quad) {
    const n = ip4(quad[1]);
    text = `${text.slice(0, quad.index)}${((n >>> 16) & 0xffff).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head, tail] = text.split('::');
  const h = head ? head.split(':') : [];
  const t = tail !== undefined ? (tail ? tail.split(':') : []) : [];
  if (tail === undefined && h.length !== 8) return undefined;
  const fill = tail === undefined ? [] : new Array(8 - h.length - t.length).fill('0');
  const groups = [...h, ...fill, ...t].map((g) => parseInt(g, 16));
  return groups.length === 8 && groups.every((g) => g >= 0 && g <= 0xffff) ? groups : undefined;
}

/**
 * Why an address must not be requested, or undefined for a public address.
 * IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::/96) and 6to4
 * (2002::/16) addresses are judged by the IPv4 address inside them.
 */
export function addressKind(address: string): AddressKind | undefined {
  const ip = address.replace(/^\[|\]$/g, '');
  const family = isIP(ip);
  if (family === 4) return v4Kind(ip4(ip));
  if (family !== 6) return undefined;
  const g = v6Groups(ip);
  if (!g) return 'reserved';
  const embedded = (hi: number, lo: number) => v4Kind(hi * 65536 + lo);
  if (g.every((x) => x === 0)) return 'unspecified';
  if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) return 'loopback';
  if (g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff) return embedded(g[6], g[7]) ?? undefined; // IPv4-mapped
  if (g.slice(0, 6).every((x) => x === 0)) return embedded(g[6], g[7]) ?? 'reserved'; // IPv4-compatible (deprecated)
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return embedded(g[6], g[7]); // NAT64
  if (g[0] === 0x2002) return embedded(g[1], g[2]); // 6to4
  if ((g[0] & 0xfe00) === 0xfc00) return 'unique-local'; // fc00::/7
  if ((g[0] & 0xffc0) === 0xfe80) return 'link-local'; // fe80::/10
  if ((g[0] & 0xffc0) === 0xfec0) return 'private'; // fec0::/10, deprecated site-local
  if ((g[0] & 0xff00) === 0xff00) return 'multicast';
  return undefined;
}

/** A URL host that names the local machine without DNS (RFC 6761): never sent to a resolver. */
export function isLocalName(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  return h === 'localhost' || h.endsWith('.localhost') || h === 'localhost.localdomain';
}

/** The bare IP of a URL hostname ("[::1]" -> "::1"), or undefined for a name. */
export function hostIp(hostname: string): string | undefined {
  const h = hostname.replace(/^\[|\]$/g, '');
  return isIP(h) ? h : undefined;
}

/** The refusal message part for an address: "127.0.0.1 (loopback)". */
export function describeAddress(address: string, kind: AddressKind): string {
  return `${address} (${kind})`;
}
