import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CertkitError } from '../../src/core/index.js';
import { classifyIp, isIp, parseIp, sameIp } from '../../src/domain/index.js';

describe('parseIp — DOM-08 strict literals', () => {
  it.each([
    ['192.0.2.1', 4, '192.0.2.1'],
    ['0.0.0.0', 4, '0.0.0.0'],
    ['255.255.255.255', 4, '255.255.255.255'],
    ['::1', 6, '::1'],
    ['::', 6, '::'],
    ['2001:DB8:0:0:0:0:0:1', 6, '2001:db8::1'],
    ['2001:0db8:0000:0000:0000:0000:0000:0001', 6, '2001:db8::1'],
    ['2001:db8:0:0:1:0:0:1', 6, '2001:db8::1:0:0:1'], // RFC 5952 §4.2.3: first of equal runs
    ['2001:db8:0:1:1:1:1:1', 6, '2001:db8:0:1:1:1:1:1'], // §4.2.2: a single zero group stays
    ['fe80::1:2', 6, 'fe80::1:2'],
    ['::ffff:192.0.2.1', 6, '::ffff:192.0.2.1'],
    ['::ffff:c000:201', 6, '::ffff:192.0.2.1'],
    ['64:ff9b::192.0.2.33', 6, '64:ff9b::c000:221'],
    ['1:2:3:4:5:6:7::', 6, '1:2:3:4:5:6:7:0'],
  ])('%s is IPv%i, canonical %s', (input, version, address) => {
    expect(parseIp(input)).toMatchObject({ version, address });
    expect(isIp(input)).toBe(true);
  });

  it.each([
    '127.1', // shorthand
    '010.0.0.1', // leading zero (octal in some parsers)
    '0x7f.0.0.1', // hex
    '256.0.0.1',
    '1.2.3.4.5',
    '1.2.3.',
    ' 1.2.3.4',
    '1:2:3:4:5:6:7:8:9',
    '1::2::3',
    ':::',
    '1:2:3:4:5:6:7:8::',
    '12345::',
    'fe80::1%eth0', // zone index
    '[::1]', // brackets
    '::ffff:1.2.3',
    '1.2.3.4::',
    'example.com',
    '',
    '١٢٧.٠.٠.١', // Arabic-Indic digits
  ])('%j is not an IP literal', (input) => {
    expect(parseIp(input)).toBeNull();
    expect(isIp(input)).toBe(false);
  });

  it('accepts any type without throwing', () => {
    for (const input of [undefined, null, 42, {}, [], Symbol('x'), 'x'.repeat(1_000_000)])
      expect(parseIp(input)).toBeNull();
  });

  it('compares IPv6 in binary', () => {
    expect(sameIp('2001:db8::1', '2001:0DB8:0:0:0:0:0:0001')).toBe(true);
    expect(sameIp('::ffff:10.0.0.1', '::ffff:a00:1')).toBe(true);
    expect(sameIp('10.0.0.1', '::ffff:10.0.0.1')).toBe(false);
    expect(sameIp('10.0.0.1', 'nope')).toBe(false);
    // either side no IP: false, not a TypeError
    expect(sameIp('nope', '10.0.0.1')).toBe(false);
    expect(sameIp('nope', 'nope')).toBe(false);
  });

  it('property: any 16 bytes format to RFC 5952 text that parses back to the same bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), (bytes) => {
        const text = fc.sample(fc.ipV6(), 1)[0] ?? '::';
        expect(parseIp(text)?.version).toBe(6);
        const hex: string[] = [];
        for (let i = 0; i < 16; i += 2) hex.push((((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0)).toString(16));
        const parsed = parseIp(hex.join(':'));
        expect(parsed?.bytes).toEqual([...bytes]);
        expect(parseIp(parsed?.address)?.bytes).toEqual([...bytes]);
        expect(parsed?.address).toMatch(/^[0-9a-f:.]+$/);
        expect(parsed?.address.split('::').length).toBeLessThanOrEqual(2);
      }),
    );
  });

  it('property: fast-check IPv4 and IPv6 literals all parse; canonical forms are fixed points', () => {
    fc.assert(
      fc.property(fc.oneof(fc.ipV4(), fc.ipV6()), (text) => {
        const parsed = parseIp(text);
        expect(parsed).not.toBeNull();
        expect(parseIp(parsed?.address)?.address).toBe(parsed?.address);
      }),
    );
  });
});

describe('classifyIp — IANA special-purpose registries', () => {
  it.each([
    ['8.8.8.8', 'public', null],
    ['10.1.2.3', 'private', '10.0.0.0/8'],
    ['172.31.255.255', 'private', '172.16.0.0/12'],
    ['172.32.0.1', 'public', null],
    ['192.168.1.1', 'private', '192.168.0.0/16'],
    ['100.64.0.1', 'private', '100.64.0.0/10'],
    ['127.0.0.1', 'loopback', '127.0.0.0/8'],
    ['169.254.1.1', 'link-local', '169.254.0.0/16'],
    ['192.0.2.7', 'reserved', '192.0.2.0/24'],
    ['192.0.0.9', 'public', '192.0.0.9/32'],
    ['192.0.0.8', 'reserved', '192.0.0.0/24'],
    ['224.0.0.1', 'reserved', '224.0.0.0/4'],
    ['255.255.255.255', 'reserved', '255.255.255.255/32'],
    ['0.1.2.3', 'reserved', '0.0.0.0/8'],
    ['::1', 'loopback', '::1/128'],
    ['::', 'reserved', '::/128'],
    ['fd12:3456::1', 'private', 'fc00::/7'],
    ['fe80::1', 'link-local', 'fe80::/10'],
    ['2001:db8::1', 'reserved', '2001:db8::/32'],
    ['2001:1::1', 'public', '2001:1::1/128'],
    ['2001:2::1', 'reserved', '2001::/23'],
    ['2606:4700::1111', 'public', null],
    ['ff02::1', 'reserved', 'ff00::/8'],
    ['::ffff:192.168.0.1', 'private', '192.168.0.0/16'],
    ['64:ff9b::8.8.8.8', 'public', '64:ff9b::/96'],
  ])('%s is %s (%s)', (input, ipClass, range) => {
    expect(classifyIp(input)).toMatchObject({ class: ipClass, range });
  });

  it('calls IPv6 outside 2000::/3 and the table reserved', () => {
    expect(classifyIp('4000::1')).toMatchObject({ class: 'reserved', name: 'Reserved by IETF' });
  });

  it('takes a parsed address too, and refuses non-IPs with ip.invalid', () => {
    const parsed = parseIp('10.0.0.1');
    if (parsed === null) expect.unreachable();
    else expect(classifyIp(parsed).class).toBe('private');
    expect(() => classifyIp('example.com')).toThrow(CertkitError);
    expect(() => classifyIp(null as never)).toThrow(expect.objectContaining({ code: 'ip.invalid' }));
  });
});
