import fc from 'fast-check';
import { getDomain, getPublicSuffix } from 'tldts-icann';
import { describe, expect, it } from 'vitest';
import { icannSuffixList } from '../../src/domain/suffix-list.js';

/** tldts-icann's public API on a clean host name: what certkit called before it read the trie itself. */
const CLEAN_HOST = { extractHostname: false, validateHostname: false, detectIp: false } as const;

/**
 * Labels that meet the list's rule shapes: plain TLDs and second levels (`co.uk`), wildcards
 * (`*.ck`, `*.kawasaki.jp`) with their exceptions (`www.ck`, `city.kawasaki.jp`), IDN suffixes
 * (`公司.cn` as `xn--55qx5d.cn`), private-section names the ICANN section must not know
 * (`github.io`), and labels no rule has.
 */
const LABELS = [
  'com',
  'uk',
  'co',
  'jp',
  'kawasaki',
  'city',
  'ck',
  'www',
  'cn',
  'xn--55qx5d',
  'xn--85x722f',
  'io',
  'github',
  'example',
  'a',
  'b',
  'de',
  'org',
  'gov',
  'edu',
  'net',
  'tokyo',
  'lg',
  'nom',
  'br',
  'blogspot',
  'unknowntld',
  'zz',
];

describe('icannSuffixList — the trie read directly agrees with tldts-icann', () => {
  it('on every host of up to five labels from the rule-shaped labels (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LABELS), { minLength: 1, maxLength: 5 }), (labels) => {
        const host = labels.join('.');
        expect(icannSuffixList.getDomain(host)).toBe(getDomain(host, CLEAN_HOST));
        expect(icannSuffixList.getPublicSuffix(host)).toBe(getPublicSuffix(host, CLEAN_HOST));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['a.example.co.uk', 'example.co.uk', 'co.uk'],
    ['co.uk', null, 'co.uk'],
    ['a.b.ck', 'a.b.ck', 'b.ck'], // *.ck
    ['www.ck', 'www.ck', 'ck'], // !www.ck
    ['x.kawasaki.jp', null, 'x.kawasaki.jp'], // *.kawasaki.jp
    ['a.city.kawasaki.jp', 'city.kawasaki.jp', 'kawasaki.jp'], // !city.kawasaki.jp
    ['foo.github.io', 'github.io', 'io'], // private section: not in the ICANN list
    ['www.xn--85x722f.xn--55qx5d.cn', 'xn--85x722f.xn--55qx5d.cn', 'xn--55qx5d.cn'],
    ['host.unknowntld', 'host.unknowntld', 'unknowntld'], // the implicit `*` rule
    ['com', null, 'com'],
    // a trailing dot is dropped first (tldts-icann 7.4's own getDomain answers `com.` here)
    ['www.example.com.', 'example.com', 'com'],
  ])('%s → domain %s, suffix %s', (host, domain, suffix) => {
    expect(icannSuffixList.getDomain(host)).toBe(domain);
    expect(icannSuffixList.getPublicSuffix(host)).toBe(suffix);
  });
});
