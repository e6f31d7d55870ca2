import { describe, expect, it } from 'vitest';
import { classifyIp } from '../../src/domain/index.js';
import { parseIp } from '../../src/domain/ip.js';
import { SPECIAL_PURPOSE } from '../../src/domain/ip-class.js';
import { thrown } from '../thrown.js';

/**
 * DOM-08: every block of the IANA special-purpose table at its edges — its first and last
 * address, and the addresses just outside it — with the arithmetic done here in BigInt, apart
 * from the code's byte masks.
 */
interface Span {
  readonly range: string;
  readonly version: 4 | 6;
  readonly first: bigint;
  readonly last: bigint;
  readonly prefix: number;
}

const bitsOf = (version: 4 | 6) => (version === 4 ? 32 : 128);

function toBigInt(address: string): { version: 4 | 6; value: bigint } {
  const ip = parseIp(address);
  if (ip === null) throw new Error(`bad fixture ${address}`);
  return { version: ip.version, value: ip.bytes.reduce((value, byte) => (value << 8n) | BigInt(byte), 0n) };
}

function toText(version: 4 | 6, value: bigint): string {
  const count = bitsOf(version) / 8;
  const bytes = Array.from({ length: count }, (_, i) => Number((value >> BigInt(8 * (count - 1 - i))) & 0xffn));
  if (version === 4) return bytes.join('.');
  const groups = Array.from({ length: 8 }, (_, i) =>
    ((bytes[2 * i] as number) * 256 + (bytes[2 * i + 1] as number)).toString(16),
  );
  return groups.join(':');
}

const spans: readonly Span[] = SPECIAL_PURPOSE.map(([range]) => {
  const [address, length] = range.split('/') as [string, string];
  const { version, value } = toBigInt(address);
  const hostBits = BigInt(bitsOf(version) - Number(length));
  return { range, version, first: value, last: value | ((1n << hostBits) - 1n), prefix: Number(length) };
});

/** The most specific block holding the address, by the table and BigInt alone. */
function expectedRange(version: 4 | 6, value: bigint): string | null {
  const holding = spans.filter((span) => span.version === version && span.first <= value && value <= span.last);
  holding.sort((a, b) => b.prefix - a.prefix);
  return holding[0]?.range ?? null;
}

const edges = spans.flatMap((span) => {
  const top = (1n << BigInt(bitsOf(span.version))) - 1n;
  return [span.first - 1n, span.first, span.first + 1n, span.last - 1n, span.last, span.last + 1n]
    .filter((value) => value >= 0n && value <= top)
    .map((value) => ({ block: span.range, address: toText(span.version, value), version: span.version, value }));
});

describe('classifyIp — the most specific block wins (DOM-08)', () => {
  // First in the file on purpose: the compiled table is built once, by the first test that
  // classifies, and StrykerJS credits that test alone with covering how it is built.
  it('192.0.0.9/32 inside 192.0.0.0/24, 2001:1::1/128 inside 2001::/23, 64:ff9b:1::/48 inside nothing wider', () => {
    expect([classifyIp('192.0.0.9').range, classifyIp('192.0.0.8').range]).toEqual(['192.0.0.9/32', '192.0.0.0/24']);
    expect([classifyIp('2001:1::1').range, classifyIp('2001:1::4').range]).toEqual(['2001:1::1/128', '2001::/23']);
    expect(classifyIp('64:ff9b:1::1').class).toBe('private');
  });
});

describe('classifyIp — every special-purpose block at its edges (DOM-08)', () => {
  it('the table is in CIDR form: no block has host bits set', () => {
    for (const span of spans) expect(span.first & ((1n << BigInt(bitsOf(span.version) - span.prefix)) - 1n)).toBe(0n);
  });

  it.each(edges)('$address (edge of $block)', ({ address, version, value }) => {
    const range = expectedRange(version, value);
    const result = classifyIp(address);
    expect(result.range).toBe(range);
    const row = SPECIAL_PURPOSE.find(([listed]) => listed === range);
    if (row !== undefined) expect([result.class, result.name]).toEqual([row[1], row[2]]);
    else if (version === 4 || value >> 125n === 1n) expect([result.class, result.name]).toEqual(['public', null]);
    else expect([result.class, result.name]).toEqual(['reserved', 'Reserved by IETF']);
  });

  it('IPv4-mapped IPv6 addresses are classified as the IPv4 address they carry, keeping their own text', () => {
    for (const [v4, v6] of [
      ['10.0.0.1', '::ffff:10.0.0.1'],
      ['8.8.8.8', '::ffff:8.8.8.8'],
      ['192.0.0.9', '::ffff:192.0.0.9'],
    ] as const) {
      const mapped = classifyIp(v6);
      const plain = classifyIp(v4);
      expect([mapped.class, mapped.range, mapped.name]).toEqual([plain.class, plain.range, plain.name]);
      expect(mapped.version).toBe(6);
      expect(mapped.address).toBe(v6);
    }
    // one byte off the mapped prefix is ordinary IPv6
    expect(classifyIp('::fffe:a00:1')).toMatchObject({ class: 'reserved', name: 'Reserved by IETF' });
    expect(classifyIp('1::ffff:a00:1').class).toBe('reserved');
  });

  it('takes a parsed address as well as text, and refuses anything else with ip.invalid', () => {
    const parsed = parseIp('10.1.2.3');
    expect(parsed && classifyIp(parsed).class).toBe('private');
    for (const bad of ['10.1.2', '::g', '', { address: 5 }, null])
      expect(() => classifyIp(bad as never)).toThrow(expect.objectContaining({ code: 'ip.invalid' }));
  });
});

/**
 * The registries' own words, one address inside each block (IANA IPv4 and IPv6 Special-Purpose
 * Address Registries and the multicast registries, as of 2026): written out here apart from the
 * code's table, so a changed class or name in the code is caught.
 */
const REGISTRY: readonly [address: string, ipClass: string, name: string][] = [
  ['0.1.2.3', 'reserved', '"This network"'],
  ['10.20.30.40', 'private', 'Private-Use'],
  ['100.64.1.1', 'private', 'Shared Address Space'],
  ['127.0.0.1', 'loopback', 'Loopback'],
  ['169.254.7.7', 'link-local', 'Link Local'],
  ['172.20.0.1', 'private', 'Private-Use'],
  ['192.0.0.1', 'reserved', 'IETF Protocol Assignments'],
  ['192.0.0.9', 'public', 'Port Control Protocol Anycast'],
  ['192.0.0.10', 'public', 'Traversal Using Relays around NAT Anycast'],
  ['192.0.2.1', 'reserved', 'Documentation (TEST-NET-1)'],
  ['192.31.196.1', 'public', 'AS112-v4'],
  ['192.52.193.1', 'public', 'AMT'],
  ['192.88.99.1', 'reserved', 'Deprecated (6to4 Relay Anycast)'],
  ['192.168.1.1', 'private', 'Private-Use'],
  ['192.175.48.1', 'public', 'Direct Delegation AS112 Service'],
  ['198.19.0.1', 'reserved', 'Benchmarking'],
  ['198.51.100.1', 'reserved', 'Documentation (TEST-NET-2)'],
  ['203.0.113.1', 'reserved', 'Documentation (TEST-NET-3)'],
  ['239.1.1.1', 'reserved', 'Multicast'],
  ['250.1.1.1', 'reserved', 'Reserved'],
  ['255.255.255.255', 'reserved', 'Limited Broadcast'],
  ['::', 'reserved', 'Unspecified Address'],
  ['::1', 'loopback', 'Loopback Address'],
  ['64:ff9b::808:808', 'public', 'IPv4-IPv6 Translat.'],
  ['64:ff9b:1::1', 'private', 'IPv4-IPv6 Translat. (local use)'],
  ['100::1', 'reserved', 'Discard-Only Address Block'],
  ['100:0:0:1::1', 'reserved', 'Dummy IPv6 Prefix'],
  ['2001:2::1', 'reserved', 'IETF Protocol Assignments'],
  ['2001:1::1', 'public', 'Port Control Protocol Anycast'],
  ['2001:1::2', 'public', 'Traversal Using Relays around NAT Anycast'],
  ['2001:1::3', 'public', 'DNS-SD Service Registration Protocol Anycast'],
  ['2001:3::1', 'public', 'AMT'],
  ['2001:4:112::1', 'public', 'AS112-v6'],
  ['2001:20::1', 'public', 'ORCHIDv2'],
  ['2001:30::1', 'public', 'Drone Remote ID Protocol Entity Tags (DETs) Prefix'],
  ['2001:db8::1', 'reserved', 'Documentation'],
  ['2002::1', 'reserved', '6to4'],
  ['2620:4f:8000::1', 'public', 'Direct Delegation AS112 Service'],
  ['3fff::1', 'reserved', 'Documentation'],
  ['5f00::1', 'reserved', 'Segment Routing (SRv6) SIDs'],
  ['fd00::1', 'private', 'Unique-Local'],
  ['fe80::1', 'link-local', 'Link-Local Unicast'],
  ['ff02::1', 'reserved', 'Multicast'],
  ['8.8.8.8', 'public', ''],
  ['2400:cb00::1', 'public', ''],
  ['4000::1', 'reserved', 'Reserved by IETF'],
];

describe('classifyIp — the registries, block by block (DOM-08)', () => {
  it('the test covers every block of the table', () => {
    const named = new Set(REGISTRY.map(([address]) => classifyIp(address).range));
    for (const [range] of SPECIAL_PURPOSE) expect(named, range).toContain(range);
  });

  it.each(REGISTRY)('%s is %s (%s)', (address, ipClass, name) => {
    const result = classifyIp(address);
    expect(result).toMatchObject({ address, version: address.includes(':') ? 6 : 4, class: ipClass });
    expect(result.name).toBe(name === '' ? null : name);
  });

  it('an address that is not an IP is refused under DOM-08, naming it', () => {
    const error = thrown(() => classifyIp('10.1.2'));
    expect(error.issues[0]).toMatchObject({ rule: 'DOM-08', subject: '10.1.2' });
  });
});
