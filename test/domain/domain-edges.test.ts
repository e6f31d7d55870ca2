import { describe, expect, it } from 'vitest';
import {
  domainLevel,
  domainToUnicode,
  findProduct,
  isPublicSuffix,
  primaryDomain,
  recommendCertificateType,
} from '../../src/domain/index.js';
import { levelOfName } from '../../src/domain/level.js';
import { presets } from '../../src/policy/index.js';
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
    [{ brand: { toString: () => 'TrustAsia' }, type: 'DV' }, 'product.unknown-brand'],
    [{ brand: 'toString', type: 'DV' }, 'product.unknown-brand'],
    [{ brand: 'Nope', type: 'DV' }, 'product.unknown-brand'],
    [null, 'product.unknown-brand'],
    [{ brand: 'TrustAsia', type: { toString: () => 'DV' } }, 'product.unknown'],
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
    expect(codes({ applicant: 'enterprise', usage: ['web', 'mobile'] })).toEqual([
      ['type.recommend.ov-enterprise', 'info', { level: 'OV' }],
      ['type.recommend.ov-app', 'info', { level: 'OV' }],
    ]);
    expect(codes({ applicant: 'individual', usage: ['web'] })).toEqual([
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
