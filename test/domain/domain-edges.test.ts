import { describe, expect, it } from 'vitest';
import { isValidALabel } from '../../src/domain/idn.js';
import {
  checkDomains,
  coveringNames,
  domainLevel,
  domainToUnicode,
  findProduct,
  inspectDomain,
  isPublicSuffix,
  matchesHostname,
  parseIp,
  primaryDomain,
  recommendCertificateType,
  supportsMiniProgram,
  validateDomain,
} from '../../src/domain/index.js';
import { levelOfName } from '../../src/domain/level.js';
import { definePolicy, presets } from '../../src/policy/index.js';
import { privateSuffixList } from '../../src/suffixes/index.js';
import { thrown } from '../thrown.js';
import { expectWellFormed } from '../well-formed.js';

describe('single-label names where they are allowed', () => {
  it('display, level and public-suffix checks take one label; the primary domain of one is none', () => {
    expect(domainToUnicode('LOCALHOST')).toBe('localhost');
    expect(domainToUnicode('XN--85X722F')).toBe('食狮');
    expect(domainLevel('localhost')).toBe(1);
    expect(isPublicSuffix('com')).toBe(true);
    expect(isPublicSuffix('Com.CN')).toBe(true);
    expect(isPublicSuffix('*.com')).toBe(false); // a wildcard is no suffix
    expect(isPublicSuffix('tencent.com')).toBe(false);
    expect(primaryDomain('localhost')).toBeNull();
    expect(primaryDomain('LOCALHOST')).toBeNull();
    expect(primaryDomain('Tencent.COM')).toBe('tencent.com');
    expect(primaryDomain('*.Bücher.de')).toBe('xn--bcher-kva.de');
  });

  it('a wildcard directly over a suffix is level 2, the suffix counted from its base', () => {
    expect(levelOfName('*.com.cn')).toBe(2);
    expect(levelOfName('*.ck')).toBe(2); // the list's `*.ck` rule would make `*.ck` itself the suffix
    expect(levelOfName('*.tencent.com')).toBe(3);
    expect(domainLevel('*.www.example.com.cn')).toBe(4);
  });
});

describe('findProduct — a reference it cannot read is no product', () => {
  const policy = presets['tencent-2024'];
  const code = (ref: unknown) => {
    const found = findProduct(ref as never, { policy });
    if (!found.ok) expectWellFormed([found.issue]);
    return found.ok ? 'found' : found.issue.code;
  };

  it.each([
    [{ brand: 'TrustAsia', type: 'DV' }, 'found'],
    [{ brand: { toString: (): string => 'TrustAsia' }, type: 'DV' }, 'product.unknown-brand'],
    [{ brand: 'toString', type: 'DV' }, 'product.unknown-brand'],
    [{ brand: 'Nope', type: 'DV' }, 'product.unknown-brand'],
    [null, 'product.unknown-brand'],
    [{ brand: 'TrustAsia', type: { toString: (): string => 'DV' } }, 'product.unknown'],
    [{ brand: 'TrustAsia', type: 'constructor' }, 'product.unknown'],
    [{ brand: 'TrustAsia' }, 'product.unknown'],
  ])('%o → %s', (ref, expected) => {
    expect(code(ref)).toBe(expected);
  });

  it('the refusals name what is known', () => {
    const brand = findProduct({ brand: 'Nope', type: 'DV' }, { policy });
    expect(brand.ok === false && brand.issue.params).toEqual({ brand: 'Nope', known: Object.keys(policy.catalog) });
    const type = findProduct({ brand: 'TrustAsia', type: 'XV' }, { policy });
    expect(type.ok === false && type.issue).toMatchObject({
      subject: 'TrustAsia XV',
      params: { brand: 'TrustAsia', type: 'XV', known: Object.keys(policy.catalog.TrustAsia ?? {}) },
    });
  });
});

describe('recommendCertificateType — every reason (TYPE-08, TYPE-09)', () => {
  const codes = (profile: Parameters<typeof recommendCertificateType>[0]) =>
    recommendCertificateType(profile).issues.map((issue) => [issue.code, issue.severity, issue.params]);

  it('an individual, in either form, gets DV and only the TYPE-08 note', () => {
    for (const applicant of ['individual', { kind: 'individual' }] as const) {
      const advice = recommendCertificateType({ applicant });
      expect(advice).toMatchObject({ recommended: 'DV', acceptable: ['DV'] });
      expect(advice.issues).toEqual([
        expect.objectContaining({ code: 'type.recommend.individual-dv', rule: 'TYPE-08', severity: 'info' }),
      ]);
    }
  });

  it('an individual advised more gets a warning naming the advice', () => {
    expect(codes({ applicant: { kind: 'individual' }, industry: 'payment' })).toEqual([
      ['type.recommend.ev-finance', 'info', { level: 'EV' }],
      ['type.recommend.individual-dv', 'warning', { advised: 'EV' }],
    ]);
  });

  it('mobile or API use anywhere in the list raises to OV', () => {
    expect(codes({ applicant: 'enterprise', usage: ['website', 'mobile'] })).toEqual([
      ['type.recommend.ov-enterprise', 'info', { level: 'OV' }],
      ['type.recommend.ov-app', 'info', { level: 'OV' }],
    ]);
    expect(codes({ applicant: 'individual', usage: ['website'] })).toEqual([
      ['type.recommend.individual-dv', 'info', { advised: 'DV' }],
    ]);
  });

  it('refuses a profile or usage list it cannot read, by name', () => {
    expect(thrown(() => recommendCertificateType(5 as never)).issues[0]?.params).toMatchObject({ path: 'profile' });
    expect(thrown(() => recommendCertificateType({ usage: 'api' as never })).issues[0]?.params).toMatchObject({
      path: 'profile.usage',
    });
  });
});

describe('IP literals at their edges (DOM-08, MATCH-04)', () => {
  it.each([
    ['1:2:3:4:5:6:7:8::1::2', null], // two `::`
    ['::1.2.3.4:1', null], // an IPv4 part that is not the last
    ['::1:ffff:a00:1', '::1:ffff:a00:1'], // not the mapped prefix: hex, not a dotted tail
    ['1::ffff:a00:1', '1::ffff:a00:1'],
    ['::ffff:10.0.0.1', '::ffff:10.0.0.1'],
    ['ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255', 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff'],
  ])('%s → %s', (text, address) => {
    expect(parseIp(text)?.address ?? null).toBe(address);
  });
});

describe('matching at its edges (MATCH-01…04)', () => {
  it('upper-case A and Z in a certificate name fold; a host that is not text covers nothing', () => {
    expect(matchesHostname('AZ.Example.COM', 'az.example.com')).toBe(true);
    expect(matchesHostname('*.AZ.com', 'x.az.com')).toBe(true);
    expect(coveringNames(['a.example.com'], 5)).toEqual([]);
  });

  it('an IPv4 host is not covered by an IPv6 name that begins with the same bytes', () => {
    expect(coveringNames(['102:304::', '1.2.3.4'], '1.2.3.4')).toEqual(['1.2.3.4']);
  });
});

describe('A-labels that are not (DOM-07)', () => {
  it.each(['xn--99999999999', 'xn--ü', 'xn--abc-', 'xn--', 'xn--Bcher-kva'])('%s is no A-label', (label) => {
    expect(isValidALabel(label)).toBe(false);
  });

  it('a name with one is refused as bad punycode', () => {
    const inspection = inspectDomain('xn--99999999999.com');
    expect(inspection.ok === false && inspection.issue.code).toBe('domain.idn.punycode');
    expect(isValidALabel('xn--bcher-kva')).toBe(true);
  });
});

describe('the vendor limits name the name (DOM-02, DOM-03)', () => {
  it('too many levels under a policy that allows three', () => {
    const policy = definePolicy({ domain: { maxLevels: 3 } });
    expect(validateDomain('a.b.example.com', { policy }).issues).toEqual([
      expect.objectContaining({
        code: 'domain.vendor.too-many-levels',
        rule: 'DOM-03',
        subject: 'a.b.example.com',
        params: { levels: 4, limit: 3 },
      }),
    ]);
  });
});

describe('a policy of its own is the one read', () => {
  it('the product, the gifts and the mini-program answer come from the policy passed', () => {
    const small = definePolicy({ catalog: { TrustAsia: { DV: { maxDomains: 2 } } } } as never);
    const three = ['a.example.com', 'b.example.com', 'c.example.com'];
    const check = checkDomains(
      { domains: three, product: { brand: 'TrustAsia', type: 'DV', domainType: 'multi' } },
      { policy: small },
    );
    expect(check.issues.map((issue) => [issue.code, issue.params])).toEqual([
      ['type.count.too-many', { domainType: 'multi', count: 3, limit: 2 }],
    ]);
    const privateSuffixes = definePolicy({ domain: { privateSuffixes: true } });
    const pages = checkDomains(
      { domains: ['me.github.io'], product: { brand: 'TrustAsia', type: 'DV', domainType: 'single' } },
      { policy: privateSuffixes, suffixList: privateSuffixList },
    );
    expect(pages.gifted).toEqual(['www.me.github.io']);
    const sm2 = definePolicy({ catalog: { TrustAsia: { DV: { sm2: true } } } } as never);
    expect(supportsMiniProgram({ brand: 'TrustAsia', type: 'DV' }, { policy: sm2 })).toBe(false);
  });
});
