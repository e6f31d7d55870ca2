import { describe, expect, it } from 'vitest';
import { isPublicSuffix, normalizeDomain, primaryDomain } from '../../src/domain/index.js';
import { privateSuffixList } from '../../src/suffixes/index.js';
import pslTests from '../fixtures/psl-tests.txt?raw';
import { thrown } from '../thrown.js';

/** `checkPublicSuffix('input', 'expected');` lines; `null` stays null. */
function readVectors(text: string): [input: string | null, expected: string | null][] {
  const vectors: [string | null, string | null][] = [];
  for (const match of text.matchAll(/^checkPublicSuffix\((null|'[^']*'), (null|'[^']*')\);$/gm)) {
    const value = (raw: string | undefined) => (raw === undefined || raw === 'null' ? null : raw.slice(1, -1));
    vectors.push([value(match[1]), value(match[2])]);
  }
  return vectors;
}

const vectors = readVectors(pslTests);

describe('primaryDomain — DOM-06, Public Suffix List test vectors', () => {
  it('reads every vector of the corpus', () => {
    const lines = pslTests.split('\n').filter((line) => line.startsWith('checkPublicSuffix('));
    expect(vectors).toHaveLength(lines.length);
    expect(vectors.length).toBeGreaterThan(70);
  });

  // The vectors are written for the whole list, private section included (`uk.com` is a private
  // suffix), and give Unicode results for Unicode input; primaryDomain answers in A-labels.
  it.each(vectors)('%j → %j (whole list)', (input, expected) => {
    expect(primaryDomain(input, { privateSuffixes: privateSuffixList })).toBe(
      expected === null ? null : normalizeDomain(expected),
    );
  });

  it('with the ICANN section only (the default), differs only on names under private suffixes', () => {
    const differing = vectors.filter(
      ([input]) => primaryDomain(input) !== primaryDomain(input, { privateSuffixes: privateSuffixList }),
    );
    expect(differing.map(([input]) => input)).toEqual([
      'uk.com',
      'example.uk.com',
      'b.example.uk.com',
      'a.b.example.uk.com',
    ]);
    expect(primaryDomain('a.b.example.uk.com')).toBe('uk.com');
  });
});

describe('primaryDomain — vendor examples and options', () => {
  it('DOM-06: a second-level domain and all its subdomains share one primary domain', () => {
    for (const name of ['tencent.com', 'ssl.tencent.com', 'ssl.ssl.tencent.com', 'SSL.Tencent.COM.']) {
      expect(primaryDomain(name)).toBe('tencent.com');
    }
    expect(primaryDomain('a.example.com.cn')).toBe('example.com.cn');
  });

  it('uses the base of a wildcard', () => {
    expect(primaryDomain('*.cloud.tencent.com')).toBe('tencent.com');
    expect(primaryDomain('*.com.cn')).toBeNull();
  });

  it('counts the private section only when asked', () => {
    expect(primaryDomain('foo.github.io')).toBe('github.io');
    expect(primaryDomain('foo.github.io', { privateSuffixes: privateSuffixList })).toBe('foo.github.io');
    expect(primaryDomain('github.io', { privateSuffixes: privateSuffixList })).toBeNull();
  });

  it('returns null for IPs, public suffixes and invalid input, never throwing', () => {
    for (const input of ['192.0.2.1', '::1', 'com', 'com.cn', 'a_b.com', '', 42, {}, null, 'x'.repeat(2_000_000)]) {
      expect(primaryDomain(input)).toBeNull();
    }
  });
});

describe('the private section is an import the caller makes (issue 22)', () => {
  it('refuses privateSuffixes: true (the 0.1 form) and anything that is not a list, by field', () => {
    for (const value of [true, 'yes', {}, { getDomain: () => null }]) {
      expect(thrown(() => primaryDomain('foo.github.io', { privateSuffixes: value as never }))).toMatchObject({
        code: 'argument.invalid',
        issues: [{ params: { path: 'options.privateSuffixes' } }],
      });
    }
  });

  it('answers from the ICANN section by default and from the list it is given otherwise', () => {
    expect(primaryDomain('foo.github.io')).toBe('github.io');
    expect(primaryDomain('foo.github.io', { privateSuffixes: false })).toBe('github.io');
    expect(primaryDomain('foo.github.io', { privateSuffixes: privateSuffixList })).toBe('foo.github.io');
    expect(isPublicSuffix('github.io', { privateSuffixes: privateSuffixList })).toBe(true);
    expect(privateSuffixList.getPublicSuffix('a.b.github.io')).toBe('github.io');
  });
});
