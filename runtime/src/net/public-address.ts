/**
 * Which IP addresses a user-configured URL may reach without an explicit allowance.
 *
 * A flow designer types URLs; the server fetches them from inside the customer's network,
 * next to databases, admin consoles and the cloud metadata service (169.254.169.254).
 * Only addresses on the public internet are safe to reach on a stranger's say-so, so
 * everything else is named here with the reason it is not public, for the error message.
 *
 * IPv6 is judged by default-deny: only global unicast (2000::/3) can be public, so
 * obsolete or future special ranges (site-local fec0::/10, discard 100::/64, …) are not
 * waved through by omission. Addresses that carry an IPv4 address inside them
 * (IPv4-mapped, NAT64, 6to4) are judged by the IPv4 address they lead to, since that is
 * where the packets end up.
 */
import { BlockList, isIP } from 'node:net';

export type NonPublicCategory =
  | 'loopback'
  | 'unspecified'
  | 'private'
  | 'link-local'
  | 'carrier-grade NAT'
  | 'IETF protocol assignment'
  | 'documentation'
  | 'benchmarking'
  | 'multicast'
  | 'broadcast'
  | 'reserved'
  | 'unique-local'
  | 'Teredo tunnel'
  | 'invalid';

export type AddressCategory = 'public' | NonPublicCategory;

type Family = 'ipv4' | 'ipv6';
type Subnet = readonly [network: string, prefix: number];

/** First match wins, so narrow ranges come before the wider ones that contain them. */
const RULES: readonly (readonly [NonPublicCategory, Family, readonly Subnet[]])[] = [
  ['broadcast', 'ipv4', [['255.255.255.255', 32]]],
  ['unspecified', 'ipv4', [['0.0.0.0', 8]]],
  ['loopback', 'ipv4', [['127.0.0.0', 8]]],
  ['private', 'ipv4', [['10.0.0.0', 8], ['172.16.0.0', 12], ['192.168.0.0', 16]]],
  ['link-local', 'ipv4', [['169.254.0.0', 16]]],
  ['carrier-grade NAT', 'ipv4', [['100.64.0.0', 10]]],
  ['IETF protocol assignment', 'ipv4', [['192.0.0.0', 24]]],
  ['documentation', 'ipv4', [['192.0.2.0', 24], ['198.51.100.0', 24], ['203.0.113.0', 24]]],
  ['benchmarking', 'ipv4', [['198.18.0.0', 15]]],
  ['multicast', 'ipv4', [['224.0.0.0', 4]]],
  ['reserved', 'ipv4', [['240.0.0.0', 4]]],
  ['unspecified', 'ipv6', [['::', 128]]],
  ['loopback', 'ipv6', [['::1', 128]]],
  ['link-local', 'ipv6', [['fe80::', 10]]],
  ['unique-local', 'ipv6', [['fc00::', 7]]],
  ['multicast', 'ipv6', [['ff00::', 8]]],
  ['documentation', 'ipv6', [['2001:db8::', 32], ['3fff::', 20]]],
  ['benchmarking', 'ipv6', [['2001:2::', 48]]],
  // Teredo hides the client's IPv4 address (XOR-ed) inside; nothing legitimate needs it.
  ['Teredo tunnel', 'ipv6', [['2001::', 32]]],
  ['reserved', 'ipv6', [['2001:10::', 28], ['2001:20::', 28]]],
];

const COMPILED_RULES = RULES.map(([category, family, subnets]) => {
  const list = new BlockList();
  for (const [network, prefix] of subnets) list.addSubnet(network, prefix, family);
  return { category, family, list };
});

/** True when `address` is an IP address on the public internet. */
export function isPublicAddress(address: string): boolean {
  return addressCategory(address) === 'public';
}

/** Why an address is not public, or `'public'`; anything that is not an IP is `'invalid'`. */
export function addressCategory(address: string): AddressCategory {
  const bare = withoutZone(address);
  const version = isIP(bare);
  if (version === 0) return 'invalid';
  if (version === 6) {
    const groups = ipv6Groups(bare);
    const embedded = embeddedIpv4(groups);
    if (embedded !== undefined) return addressCategory(embedded);
    return ruleCategory(bare, 'ipv6') ?? (isGlobalUnicast(groups) ? 'public' : 'reserved');
  }
  return ruleCategory(bare, 'ipv4') ?? 'public';
}

const CATEGORY_PHRASES: Record<NonPublicCategory, string> = {
  loopback: 'a loopback address',
  unspecified: 'an unspecified address',
  private: 'a private address',
  'link-local': 'a link-local address',
  'carrier-grade NAT': 'a carrier-grade NAT address',
  'IETF protocol assignment': 'an IETF protocol assignment address',
  documentation: 'a documentation address',
  benchmarking: 'a benchmarking address',
  multicast: 'a multicast address',
  broadcast: 'the broadcast address',
  reserved: 'a reserved address',
  'unique-local': 'a unique-local address',
  'Teredo tunnel': 'a Teredo tunnel address',
  invalid: 'not an IP address',
};

/** The category as a phrase for messages: "10.0.0.5, a private address". */
export function describeAddressCategory(category: NonPublicCategory): string {
  return CATEGORY_PHRASES[category];
}

function ruleCategory(address: string, family: Family): NonPublicCategory | undefined {
  return COMPILED_RULES.find((rule) => rule.family === family && rule.list.check(address, family))?.category;
}

/** Scoped addresses (`fe80::1%eth0`) come back from DNS; the scope says nothing about reach. */
function withoutZone(address: string): string {
  const percent = address.indexOf('%');
  return percent === -1 ? address : address.slice(0, percent);
}

function isGlobalUnicast(groups: readonly number[]): boolean {
  return ((groups[0] ?? 0) & 0xe000) === 0x2000;
}

/** The IPv4 address that IPv4-mapped (::ffff:0:0/96), NAT64 (64:ff9b::/96) and 6to4 (2002::/16) lead to. */
function embeddedIpv4(groups: readonly number[]): string | undefined {
  const [g0, g1, g2, g3, g4, g5, g6, g7] = groups;
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0xffff) return ipv4FromGroups(g6, g7);
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return ipv4FromGroups(g6, g7);
  if (g0 === 0x2002) return ipv4FromGroups(g1, g2);
  return undefined;
}

function ipv4FromGroups(high = 0, low = 0): string {
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
}

/** The eight 16-bit groups of a valid IPv6 address (checked by `isIP` before). */
function ipv6Groups(address: string): number[] {
  const text = dottedTailToHex(address.toLowerCase());
  const [head = '', tail] = text.split('::');
  const headGroups = splitGroups(head);
  const tailGroups = tail === undefined ? [] : splitGroups(tail);
  const zeros = new Array<number>(8 - headGroups.length - tailGroups.length).fill(0);
  return [...headGroups, ...zeros, ...tailGroups];
}

function splitGroups(part: string): number[] {
  return part === '' ? [] : part.split(':').map((group) => Number.parseInt(group, 16));
}

/** `::ffff:10.0.0.5` → `::ffff:a00:5`, so every group is hexadecimal. */
function dottedTailToHex(address: string): string {
  const lastColon = address.lastIndexOf(':');
  const tail = address.slice(lastColon + 1);
  if (!tail.includes('.')) return address;
  const [a = 0, b = 0, c = 0, d = 0] = tail.split('.').map(Number);
  return `${address.slice(0, lastColon + 1)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
}
