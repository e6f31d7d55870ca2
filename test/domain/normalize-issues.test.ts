import { describe, expect, it } from 'vitest';
import { inspectDomain } from '../../src/domain/index.js';
import { expectWellFormed } from '../well-formed.js';

const long = (length: number) => `${'a'.repeat(length - 4)}.com`;
/** A name of `length` octets in labels of at most 63: `aaa….aaa….com`. */
const longName = (length: number) => {
  const labels: string[] = [];
  let left = length - 4;
  while (left > 0) {
    const size = Math.min(63, left - (left > 63 ? 1 : 0));
    labels.push('a'.repeat(size));
    left -= size + 1;
  }
  return `${labels.join('.')}.com`;
};

/**
 * Every issue the checks raise, with its exact parameters: the messages quote them, and a
 * console shows them beside the field.
 */
const refused: readonly [input: unknown, code: string, params: Record<string, unknown>][] = [
  [42, 'domain.type', { received: 'number' }],
  ['', 'domain.empty', {}],
  ['a'.repeat(1025), 'domain.input-too-long', { length: 1025, limit: 1024 }],
  ['\ud800.com', 'domain.unicode.malformed', {}],
  ['10.0.0.0', 'domain.ip-address', { ip: '10.0.0.0' }], // ends in 0
  ['1.2.3.9', 'domain.ip-address', { ip: '1.2.3.9' }], // ends in 9
  ['[::1]', 'domain.character.invalid', { character: '[', codePoint: 'U+005B', position: 0 }],
  ['::1', 'domain.ip-address', { ip: '::1' }],
  ['１２７.０.０.１', 'domain.ip-address', { ip: '127.0.0.1' }], // full-width digits
  ['a_b.com', 'domain.character.invalid', { character: '_', codePoint: 'U+005F', position: 1 }],
  ['a b.com', 'domain.character.invalid', { character: 'U+0020', codePoint: 'U+0020', position: 1 }],
  ['a!b.com', 'domain.character.invalid', { character: '!', codePoint: 'U+0021', position: 1 }],
  ['a~b.com', 'domain.character.invalid', { character: '~', codePoint: 'U+007E', position: 1 }],
  ['a\u007fb.com', 'domain.character.invalid', { character: 'U+007F', codePoint: 'U+007F', position: 1 }],
  ['ａ＿ｂ.com', 'domain.character.invalid', { character: '_', codePoint: 'U+005F', position: -1 }], // only after mapping
  ['*.a*.example.com', 'domain.wildcard.partial', {}],
  ['*.*.example.com', 'domain.wildcard.multiple', { count: 2 }],
  ['www.*.example.com', 'domain.wildcard.position', {}],
  ['a..com', 'domain.label.empty', { index: 1 }],
  ['*..com', 'domain.label.empty', { index: 1 }],
  [long(74), 'domain.label.too-long', { index: 0, label: 'a'.repeat(64), length: 70, limit: 63 }],
  ['*.-a.com', 'domain.label.hyphen-edge', { index: 1, label: '-a' }],
  ['ab--c.com', 'domain.label.hyphen-reserved', { index: 0, label: 'ab--c' }],
  ['xn--zz.com', 'domain.idn.punycode', { index: 0, label: 'xn--zz' }],
  [longName(254), 'domain.too-long', { length: 254, limit: 253 }],
  ['a.123', 'domain.tld.numeric', { tld: '123' }],
  ['localhost', 'domain.single-label', {}],
];

describe('inspectDomain — every issue with its parameters', () => {
  it.each(refused)('%j → %s %o', (input, code, params) => {
    const inspection = inspectDomain(input);
    expect(inspection.ok).toBe(false);
    if (inspection.ok) return;
    expect(inspection.issue.code).toBe(code);
    expect(inspection.issue.params).toEqual(params);
    expectWellFormed([inspection.issue], { subject: typeof input === 'string' });
  });

  it('the limits themselves are accepted', () => {
    expect(longName(253)).toHaveLength(253);
    expect(inspectDomain(longName(253))).toMatchObject({ ok: true });
    // 1,024 characters are read (and refused for the label's length, not the input's)
    const at1024 = inspectDomain(`${'a'.repeat(1020)}.com`);
    expect(at1024.ok === false && at1024.issue.code).toBe('domain.label.too-long');
    expect(inspectDomain(long(67))).toMatchObject({ ok: true });
  });

  it('a Unicode name keeps its trailing dot out, and is checked after mapping', () => {
    expect(inspectDomain('Bücher.de.')).toEqual({ ok: true, name: 'xn--bcher-kva.de', wildcard: false });
    expect(inspectDomain('*.Bücher.de')).toEqual({ ok: true, name: '*.xn--bcher-kva.de', wildcard: true });
  });
});
