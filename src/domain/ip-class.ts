import { CertkitError } from '../core/error.js';
import { createIssue } from '../core/issue.js';
import { type IpAddress, parseIp } from './ip.js';

/** What kind of address an IP is, from the IANA special-purpose address registries. */
export type IpClass = 'public' | 'private' | 'loopback' | 'link-local' | 'reserved';

/** The classification of one address, naming the registry entry that decided it. */
export interface IpClassification {
  readonly address: string;
  readonly version: 4 | 6;
  readonly class: IpClass;
  /** The most specific matching block, e.g. `'10.0.0.0/8'`; `null` for ordinary public space. */
  readonly range: string | null;
  /** The registry's name for that block, e.g. `'Private-Use'`. */
  readonly name: string | null;
}

/**
 * Special-purpose blocks (IANA IPv4 and IPv6 Special-Purpose Address Registries, plus multicast,
 * which has its own registry). The most specific block wins, which is how the globally reachable
 * exceptions inside reserved blocks (`192.0.0.9/32`, `2001:1::1/128`, …) become `public`.
 * Private-Use and Shared Address Space (CGNAT), Unique-Local and NAT64 local use are `private`;
 * documentation, benchmarking, multicast and the other non-global blocks are `reserved`.
 */
export const SPECIAL_PURPOSE: readonly (readonly [range: string, ipClass: IpClass, name: string])[] = [
  ['0.0.0.0/8', 'reserved', '"This network"'],
  ['10.0.0.0/8', 'private', 'Private-Use'],
  ['100.64.0.0/10', 'private', 'Shared Address Space'],
  ['127.0.0.0/8', 'loopback', 'Loopback'],
  ['169.254.0.0/16', 'link-local', 'Link Local'],
  ['172.16.0.0/12', 'private', 'Private-Use'],
  ['192.0.0.0/24', 'reserved', 'IETF Protocol Assignments'],
  ['192.0.0.9/32', 'public', 'Port Control Protocol Anycast'],
  ['192.0.0.10/32', 'public', 'Traversal Using Relays around NAT Anycast'],
  ['192.0.2.0/24', 'reserved', 'Documentation (TEST-NET-1)'],
  ['192.31.196.0/24', 'public', 'AS112-v4'],
  ['192.52.193.0/24', 'public', 'AMT'],
  ['192.88.99.0/24', 'reserved', 'Deprecated (6to4 Relay Anycast)'],
  ['192.168.0.0/16', 'private', 'Private-Use'],
  ['192.175.48.0/24', 'public', 'Direct Delegation AS112 Service'],
  ['198.18.0.0/15', 'reserved', 'Benchmarking'],
  ['198.51.100.0/24', 'reserved', 'Documentation (TEST-NET-2)'],
  ['203.0.113.0/24', 'reserved', 'Documentation (TEST-NET-3)'],
  ['224.0.0.0/4', 'reserved', 'Multicast'],
  ['240.0.0.0/4', 'reserved', 'Reserved'],
  ['255.255.255.255/32', 'reserved', 'Limited Broadcast'],
  ['::/128', 'reserved', 'Unspecified Address'],
  ['::1/128', 'loopback', 'Loopback Address'],
  ['64:ff9b::/96', 'public', 'IPv4-IPv6 Translat.'],
  ['64:ff9b:1::/48', 'private', 'IPv4-IPv6 Translat. (local use)'],
  ['100::/64', 'reserved', 'Discard-Only Address Block'],
  ['100:0:0:1::/64', 'reserved', 'Dummy IPv6 Prefix'],
  ['2001::/23', 'reserved', 'IETF Protocol Assignments'],
  ['2001:1::1/128', 'public', 'Port Control Protocol Anycast'],
  ['2001:1::2/128', 'public', 'Traversal Using Relays around NAT Anycast'],
  ['2001:1::3/128', 'public', 'DNS-SD Service Registration Protocol Anycast'],
  ['2001:3::/32', 'public', 'AMT'],
  ['2001:4:112::/48', 'public', 'AS112-v6'],
  ['2001:20::/28', 'public', 'ORCHIDv2'],
  ['2001:30::/28', 'public', 'Drone Remote ID Protocol Entity Tags (DETs) Prefix'],
  ['2001:db8::/32', 'reserved', 'Documentation'],
  ['2002::/16', 'reserved', '6to4'],
  ['2620:4f:8000::/48', 'public', 'Direct Delegation AS112 Service'],
  ['3fff::/20', 'reserved', 'Documentation'],
  ['5f00::/16', 'reserved', 'Segment Routing (SRv6) SIDs'],
  ['fc00::/7', 'private', 'Unique-Local'],
  ['fe80::/10', 'link-local', 'Link-Local Unicast'],
  ['ff00::/8', 'reserved', 'Multicast'],
];

/** IPv6 global unicast space; anything outside it and outside the table is IETF-reserved. */
const GLOBAL_UNICAST_V6 = '2000::/3';
const IPV4_MAPPED_PREFIX = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff];

/**
 * Classifies an IP address (DOM-08). IPv4-mapped IPv6 addresses (`::ffff:10.0.0.1`) are
 * classified as the IPv4 address they carry. Throws `CertkitError` `ip.invalid` when `input` is
 * not a strict IP literal.
 *
 * @example
 * classifyIp('10.1.2.3').class        // => 'private'
 * classifyIp('8.8.8.8')                // => { class: 'public', range: null, name: null, … }
 * classifyIp('2001:db8::1').name       // => 'Documentation'
 * classifyIp('::ffff:127.0.0.1').class // => 'loopback'
 */
export function classifyIp(input: string | IpAddress): IpClassification {
  const ip = typeof input === 'string' ? parseIp(input) : parseIp(input?.address);
  if (ip === null) {
    throw new CertkitError(createIssue('ip.invalid', 'DOM-08', {}, { subject: input }));
  }
  const mapped = ip.version === 6 && IPV4_MAPPED_PREFIX.every((byte, i) => ip.bytes[i] === byte);
  const subject = mapped ? (parseIp(ip.bytes.slice(12).join('.')) as IpAddress) : ip;
  const block = mostSpecificBlock(subject);
  const base = { address: ip.address, version: ip.version };
  if (block !== undefined) return { ...base, class: block.ipClass, range: block.range, name: block.name };
  const outsideGlobalV6 = subject.version === 6 && !inBlock(subject, compile(GLOBAL_UNICAST_V6, 'public', ''));
  return outsideGlobalV6
    ? { ...base, class: 'reserved', range: null, name: 'Reserved by IETF' }
    : { ...base, class: 'public', range: null, name: null };
}

interface Block {
  readonly range: string;
  readonly ipClass: IpClass;
  readonly name: string;
  readonly version: 4 | 6;
  readonly bytes: readonly number[];
  readonly prefixLength: number;
}

let compiledBlocks: readonly Block[] | undefined;

/** The table compiled on first use, most specific blocks first. */
function blocks(): readonly Block[] {
  compiledBlocks ??= SPECIAL_PURPOSE.map(([range, ipClass, name]) => compile(range, ipClass, name)).sort(
    (a, b) => b.prefixLength - a.prefixLength,
  );
  return compiledBlocks;
}

function mostSpecificBlock(ip: IpAddress): Block | undefined {
  return blocks().find((block) => inBlock(ip, block));
}

function compile(range: string, ipClass: IpClass, name: string): Block {
  const [address, length] = range.split('/') as [string, string];
  const ip = parseIp(address) as IpAddress;
  return { range, ipClass, name, version: ip.version, bytes: ip.bytes, prefixLength: Number(length) };
}

function inBlock(ip: IpAddress, block: Block): boolean {
  if (ip.version !== block.version) return false;
  for (let bit = 0; bit < block.prefixLength; bit += 8) {
    const bits = Math.min(8, block.prefixLength - bit);
    const mask = (0xff << (8 - bits)) & 0xff;
    const index = bit / 8;
    if (((ip.bytes[index] as number) & mask) !== ((block.bytes[index] as number) & mask)) return false;
  }
  return true;
}
