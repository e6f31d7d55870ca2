import { describe, expect, it } from 'vitest';
import { domainLevel, giftedDomains } from '../../src/domain/index.js';
import { definePolicy } from '../../src/policy/index.js';
import { privateSuffixList } from '../../src/suffixes/index.js';

const trustAsiaDv = { brand: 'TrustAsia', type: 'DV' };

describe('domainLevel — counted from the public suffix', () => {
  it.each([
    ['tencent.com', 2],
    ['www.tencent.com', 3],
    ['*.tencent.com', 3],
    ['example.com.cn', 2],
    ['www.example.com.cn', 3],
    ['*.cloud.tencent.com', 4],
    ['com.cn', 1],
    ['a.b.c.kobe.jp', 3], // *.kobe.jp makes c.kobe.jp the suffix, b.c.kobe.jp the primary domain
  ])('%s is level %i', (name, level) => {
    expect(domainLevel(name)).toBe(level);
  });

  it('is null for invalid names and respects private suffixes', () => {
    expect(domainLevel('a_b.com')).toBeNull();
    expect(domainLevel('foo.github.io')).toBe(3);
    expect(domainLevel('foo.github.io', { privateSuffixes: privateSuffixList })).toBe(2);
  });
});

describe('giftedDomains', () => {
  it('GIFT-01: a bound primary domain brings www. — TrustAsia (DV, OV/EV), GeoTrust, not GlobalSign', () => {
    for (const product of [
      trustAsiaDv,
      { brand: 'TrustAsia', type: 'OV' },
      { brand: 'TrustAsia', type: 'EV' },
      { brand: 'GeoTrust', type: 'OV' },
    ]) {
      expect(giftedDomains(['tencent.com'], product)).toEqual(['www.tencent.com']);
    }
    expect(giftedDomains(['tencent.com'], { brand: 'GlobalSign', type: 'OV' })).toEqual([]);
    expect(giftedDomains(['example.com.cn'], trustAsiaDv)).toEqual(['www.example.com.cn']);
  });

  it('GIFT-02: a name of level three or above brings its parent — all four brands', () => {
    for (const product of [
      trustAsiaDv,
      { brand: 'TrustAsia', type: 'EV' },
      { brand: 'GeoTrust', type: 'EV' },
      { brand: 'GlobalSign', type: 'EV' },
    ]) {
      expect(giftedDomains(['*.tencent.com'], product)).toEqual(['tencent.com']);
      expect(giftedDomains(['*.cloud.tencent.com'], product)).toEqual(['cloud.tencent.com']);
      expect(giftedDomains(['www.tencent.com'], product)).toEqual(['tencent.com']);
    }
    expect(giftedDomains(['www.example.com.cn'], trustAsiaDv)).toEqual(['example.com.cn']);
  });

  it('GIFT-02: never gifts a public suffix or above', () => {
    expect(giftedDomains(['example.com.cn'], { brand: 'GlobalSign', type: 'OV' })).toEqual([]);
    expect(giftedDomains(['*.example.com.cn'], { brand: 'GlobalSign', type: 'OV' })).toEqual(['example.com.cn']);
  });

  it('GIFT-03: never adds a name already bound or already gifted', () => {
    expect(giftedDomains(['tencent.com', 'www.tencent.com'], trustAsiaDv)).toEqual([]);
    expect(giftedDomains(['*.tencent.com', 'www.tencent.com'], trustAsiaDv)).toEqual(['tencent.com']);
    expect(giftedDomains(['Tencent.com', 'tencent.com.'], trustAsiaDv)).toEqual(['www.tencent.com']);
  });

  it('GIFT-03: skips gifts the policy would refuse (vendor length limit)', () => {
    const primary = `${'a'.repeat(57)}.com`; // 61 characters; www. makes 65 > 64
    expect(giftedDomains([primary], trustAsiaDv)).toEqual([]);
  });

  it('GIFT-04: brands without a rule add nothing; a new brand is a data change', () => {
    expect(giftedDomains(['tencent.com', '*.a.tencent.com'], { brand: 'SecureSite', type: 'OV' })).toEqual([]);
    expect(giftedDomains(['tencent.com'], { brand: 'Nope', type: 'OV' })).toEqual([]);
    const policy = definePolicy({
      catalog: {
        ...definePolicy({}).catalog,
        NewCA: {
          DV: {
            validation: 'DV',
            free: false,
            domainTypes: ['single'],
            maxDomains: 1,
            ipBinding: false,
            gifts: ['parent'],
            sm2: false,
          },
        },
      },
    });
    expect(giftedDomains(['www.tencent.com'], { brand: 'NewCA', type: 'DV' }, policy)).toEqual(['tencent.com']);
  });

  it('ignores invalid names and IPs without throwing', () => {
    expect(giftedDomains(['a_b.com', '10.0.0.1', 42, null], trustAsiaDv)).toEqual([]);
    expect(giftedDomains('tencent.com' as never, trustAsiaDv)).toEqual([]);
  });
});
