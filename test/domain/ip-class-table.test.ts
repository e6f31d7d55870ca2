import { describe, expect, it } from 'vitest';
import { classifyIp } from '../../src/domain/index.js';
import { parseIp } from '../../src/domain/ip.js';
import { SPECIAL_PURPOSE } from '../../src/domain/ip-class.js';

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
