import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coveringNames, isPublicSuffix, matchesHostname } from '../../src/domain/index.js';
import { privateSuffixList } from '../../src/suffixes/index.js';

describe('matchesHostname — MATCH-01: a wildcard covers exactly one label at its level', () => {
  it.each([
    ['*.tencent.com', 'www.tencent.com', true],
    ['*.tencent.com', 'ssl.tencent.com', true],
    ['*.tencent.com', 'tencent.com', false],
    ['*.tencent.com', 'www.ssl.tencent.com', false],
    ['*.example.tencent.com', 'a.example.tencent.com', true],
    ['*.com', 'example.com', false], // the base needs two labels
    ['*', 'example', false],
    ['*.', 'a.', false],
    ['tencent.com', 'tencent.com', true],
    ['tencent.com', 'www.tencent.com', false], // TYPE-01: a single name does not cover subdomains
  ])('%s covers %s: %s', (certName, host, expected) => {
    expect(matchesHostname(certName, host)).toBe(expected);
  });
});

describe('matchesHostname — MATCH-02: no cross-level cover', () => {
  it.each([
    ['*.tencent.com', 'www.cloud.tencent.com'],
    ['*.tencent.com', 'a.b.cloud.tencent.com'],
    ['*.cloud.tencent.com', 'www.tencent.com'],
    ['*.cloud.tencent.com', 'cloud.tencent.com'],
  ])('%s does not cover %s', (certName, host) => {
    expect(matchesHostname(certName, host)).toBe(false);
  });
});

describe('matchesHostname — MATCH-03: normalised comparison, malformed never matches', () => {
  it.each([
    ['www.example.com', 'WWW.EXAMPLE.COM', true],
    ['WWW.Example.com', 'www.example.com', true],
    ['www.example.com', 'www.example.com.', true],
    ['www.example.com.', 'www.example.com', true],
    ['xn--bcher-kva.de', 'Bücher.de', true],
    ['*.xn--bcher-kva.de', 'shop.BÜCHER.de', true],
    ['*.example.com', 'xn--bcher-kva.example.com', true], // the wildcard fully occupies the label
    ['*.example.com', 'bücher.example.com', true],
    ['bücher.de', 'bücher.de', false], // certificates carry A-labels only
    ['w*.example.com', 'www.example.com', false],
    ['*x.example.com', 'abx.example.com', false],
    ['xn--*.example.com', 'xn--bcher-kva.example.com', false],
    ['*.*.example.com', 'a.b.example.com', false],
    ['www.*.example.com', 'www.a.example.com', false],
    ['a_b.example.com', 'a_b.example.com', false],
    ['a b.example.com', 'a b.example.com', false],
    ['a..example.com', 'a..example.com', false],
    ['exa\u0000mple.com', 'exa\u0000mple.com', false],
    ['[::1]', '::1', false],
    ['www.example.com', '[www.example.com]', false],
    ['xn--a.com', 'xn--a.com', false], // invalid punycode on the host side
    ['*.example.com', '*.example.com', false], // a host is never a wildcard
    ['', '', false],
  ])('%j vs %j: %s', (certName, host, expected) => {
    expect(matchesHostname(certName, host)).toBe(expected);
  });

  it('never matches or throws on non-strings', () => {
    for (const value of [undefined, null, 42, {}, [], Symbol('s')]) {
      expect(matchesHostname(value, 'example.com')).toBe(false);
      expect(matchesHostname('example.com', value)).toBe(false);
    }
  });
});

describe('matchesHostname — MATCH-04: IP addresses', () => {
  it.each([
    ['192.0.2.1', '192.0.2.1', true],
    ['2001:db8::1', '2001:0db8:0:0:0:0:0:1', true],
    ['2001:DB8::1', '2001:db8::1', true],
    ['::ffff:192.0.2.1', '::ffff:c000:201', true],
    ['192.0.2.1', '192.0.2.2', false],
    ['127.0.0.1', '127.1', false], // shorthand is not an IP literal
    ['10.0.0.1', '010.0.0.1', false], // nor are leading zeros
    ['192.0.2.1', '::ffff:192.0.2.1', false], // different families
    ['*.0.2.1', '192.0.2.1', false],
    ['example.com', '192.0.2.1', false],
    ['192.0.2.1', 'example.com', false],
  ])('%s vs %s: %s', (certName, host, expected) => {
    expect(matchesHostname(certName, host)).toBe(expected);
  });
});

describe('matchesHostname — TYPE-07: wildcards over a public suffix', () => {
  it('match by default (the matcher carries no suffix list), not with publicSuffixWildcards: false', () => {
    expect(matchesHostname('*.co.uk', 'example.co.uk')).toBe(true);
    const strict = { publicSuffixWildcards: false, isPublicSuffix } as const;
    expect(matchesHostname('*.co.uk', 'example.co.uk', strict)).toBe(false);
    expect(matchesHostname('*.com.cn', 'example.com.cn', strict)).toBe(false);
    expect(matchesHostname('*.example.co.uk', 'www.example.co.uk', strict)).toBe(true);
    const withPrivate = {
      publicSuffixWildcards: false,
      isPublicSuffix: (n: string) => isPublicSuffix(n, { privateSuffixes: privateSuffixList }),
    };
    expect(matchesHostname('*.github.io', 'foo.github.io', withPrivate)).toBe(false);
    expect(matchesHostname('*.github.io', 'foo.github.io', strict)).toBe(true);
  });

  it('fails closed when JavaScript callers omit isPublicSuffix: no wildcard matches', () => {
    const untyped = { publicSuffixWildcards: false } as never;
    expect(matchesHostname('*.co.uk', 'a.co.uk', untyped)).toBe(false);
    expect(matchesHostname('*.example.com', 'www.example.com', untyped)).toBe(false);
    expect(matchesHostname('www.example.com', 'www.example.com', untyped)).toBe(true);
  });
});

describe('coveringNames', () => {
  it('lists the names of a certificate that cover the host, in order', () => {
    const names = ['tencent.com', '*.tencent.com', 'www.tencent.com', '192.0.2.1', 42];
    expect(coveringNames(names, 'WWW.tencent.com.')).toEqual(['*.tencent.com', 'www.tencent.com']);
    expect(coveringNames(names, '192.0.2.1')).toEqual(['192.0.2.1']);
    expect(coveringNames(names, 'a.b.tencent.com')).toEqual([]);
    expect(coveringNames('nope' as never, 'x.com')).toEqual([]);
  });
});

describe('matchesHostname — properties', () => {
  const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/).filter((l) => !/^..--/.test(l));
  const tld = fc.stringMatching(/^[a-z]{2,6}$/);
  const name = fc
    .tuple(fc.array(label, { minLength: 1, maxLength: 3 }), tld)
    .map(([labels, top]) => [...labels, top].join('.'));
  const flipCase = (text: string, mask: readonly boolean[]) =>
    [...text].map((char, i) => (mask[i % mask.length] ? char.toUpperCase() : char)).join('');

  it('MATCH-03: is case-insensitive and trailing-dot-insensitive on both sides', () => {
    fc.assert(
      fc.property(
        name,
        name,
        fc.boolean(),
        fc.array(fc.boolean(), { minLength: 1 }),
        fc.boolean(),
        (certBase, host, wildcard, mask, dot) => {
          const certName = wildcard ? `*.${certBase}` : certBase;
          const expected = matchesHostname(certName, host);
          expect(matchesHostname(flipCase(certName, mask), `${flipCase(host, mask)}${dot ? '.' : ''}`)).toBe(expected);
        },
      ),
    );
  });

  it('MATCH-01: *.base covers exactly label.base', () => {
    fc.assert(
      fc.property(label, name, name, (first, base, other) => {
        expect(matchesHostname(`*.${base}`, `${first}.${base}`)).toBe(true);
        expect(matchesHostname(`*.${base}`, base)).toBe(false);
        expect(matchesHostname(`*.${base}`, `${first}.${first}.${base}`)).toBe(false);
        expect(matchesHostname(`*.${base}`, `${first}.${other}`)).toBe(other === base);
      }),
    );
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (a, b) => {
        expect(typeof matchesHostname(a, b)).toBe('boolean');
      }),
    );
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 80 }),
        fc.string({ unit: 'binary', maxLength: 80 }),
        (a, b) => {
          expect(typeof matchesHostname(a, b)).toBe('boolean');
        },
      ),
    );
  });
});
