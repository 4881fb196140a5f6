// Which IP addresses a link check may connect to. A draft is untrusted input when CI lints a
// pull request: a link to 169.254.169.254 (cloud metadata), 10.x or localhost would make the
// CI runner probe its own network. These ranges are refused unless `links.allow_private: true`.
//
// The classification is ipaddr.js's (its special-purpose ranges follow the IANA registries);
// this module only maps its range names to the words the findings use and looks inside the
// IPv6 forms that carry an IPv4 address.
import ipaddr from 'ipaddr.js';

export type AddressKind =
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'unique-local'
  | 'unspecified'
  | 'shared (CGNAT)'
  | 'multicast'
  | 'reserved';

/** ipaddr.js range name -> why it is refused. Ranges not listed (unicast, teredo, as112, amt, …) are public. */
const REFUSED: Record<string, AddressKind> = {
  loopback: 'loopback',
  private: 'private', // 10/8, 172.16/12, 192.168/16
  linkLocal: 'link-local', // includes 169.254.169.254, the cloud metadata service
  uniqueLocal: 'unique-local',
  deprecatedSiteLocal: 'private', // fec0::/10
  unspecified: 'unspecified', // 0.0.0.0/8 ("this network": 0.0.0.0 reaches the local host on Linux) and ::
  carrierGradeNat: 'shared (CGNAT)', // carrier-grade NAT, also cloud-internal networks
  multicast: 'multicast',
  broadcast: 'reserved',
  reserved: 'reserved', // 192.0.0/24, 198.18/15, 240/4, the documentation networks, …
  discard: 'reserved',
  benchmarking: 'reserved',
};

function v4Kind(a: ipaddr.IPv4): AddressKind | undefined {
  return REFUSED[a.range()];
}

/**
 * Why an address must not be requested, or undefined for a public address (and for text that
 * is not an address). IPv4-mapped (::ffff:a.b.c.d), IPv4-translated (::ffff:0:a.b.c.d),
 * IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::/96) and 6to4 (2002::/16) addresses are judged
 * by the IPv4 address inside them.
 */
export function addressKind(address: string): AddressKind | undefined {
  const text = address.replace(/^\[|\]$/g, '');
  if (!ipaddr.isValid(text)) return undefined;
  const ip = ipaddr.parse(text);
  if (ip.kind() === 'ipv4') return v4Kind(ip as ipaddr.IPv4);
  const v6 = ip as ipaddr.IPv6;
  const range = v6.range();
  const p = v6.parts;
  const embedded = (hi: number, lo: number) => v4Kind(ipaddr.fromByteArray([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]) as ipaddr.IPv4);
  if (range === 'ipv4Mapped' || range === 'rfc6145') return embedded(p[6], p[7]);
  // 64:ff9b::/96 carries the IPv4 address in its last 32 bits; 64:ff9b:1::/48 is for local translators only.
  if (range === 'rfc6052') return p[2] === 0 ? embedded(p[6], p[7]) : 'reserved';
  if (range === '6to4') return embedded(p[1], p[2]);
  // IPv4-compatible (deprecated, ::/96 but for :: and ::1). ipaddr.js reads the dotted form ::a.b.c.d as IPv4-mapped.
  if (range !== 'unspecified' && range !== 'loopback' && p.slice(0, 6).every((x) => x === 0)) return embedded(p[6], p[7]);
  return REFUSED[range];
}

/** A URL host that names the local machine without DNS (RFC 6761): never sent to a resolver. */
export function isLocalName(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  return h === 'localhost' || h.endsWith('.localhost') || h === 'localhost.localdomain';
}

/**
 * The bare IP of a URL hostname ("[::1]" -> "::1"), or undefined for a name. WHATWG URL parsing
 * has already turned `127.1`, `2130706433`, `0x7f000001` and `0177.0.0.1` into `127.0.0.1`; the
 * check does not rely on it (ipaddr.js reads those forms too).
 */
export function hostIp(hostname: string): string | undefined {
  const h = hostname.replace(/^\[|\]$/g, '');
  return ipaddr.isValid(h) ? h : undefined;
}

/** The refusal message part for an address: "127.0.0.1 (loopback)". */
export function describeAddress(address: string, kind: AddressKind): string {
  return `${address} (${kind})`;
}
