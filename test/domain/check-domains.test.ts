import { describe, expect, it } from 'vitest';
import { issueCodes } from '../../src/core/index.js';
import { checkDomains, type DomainRequest, findProduct, MAX_REQUEST_DOMAINS } from '../../src/domain/index.js';
import { definePolicy, presets } from '../../src/policy/index.js';
import { privateSuffixList } from '../../src/suffixes/index.js';
import { thrown } from '../thrown.js';

type Product = DomainRequest['product'];
const product = (brand: string, type: string, domainType: Product['domainType']): Product => ({
  brand,
  type,
  domainType,
});
const codes = (result: { issues: readonly { code: string; subject?: string }[] }) =>
  result.issues.map((issue) => (issue.subject === undefined ? issue.code : `${issue.code}@${issue.subject}`));

describe('checkDomains — TYPE-01…04 domain types', () => {
  it('TYPE-01: single takes exactly one ordinary name and does not cover subdomains', () => {
    expect(
      checkDomains({ domains: ['example.tencent.com'], product: product('GeoTrust', 'OV', 'single') }),
    ).toMatchObject({
      ok: true,
      domains: ['example.tencent.com', 'tencent.com'],
      gifted: ['tencent.com'],
    });
    expect(codes(checkDomains({ domains: ['a.com', 'b.com'], product: product('GeoTrust', 'OV', 'single') }))).toEqual([
      'type.count.exactly-one',
    ]);
    expect(codes(checkDomains({ domains: ['*.a.com'], product: product('GeoTrust', 'OV', 'single') }))).toEqual([
      'type.name.wildcard-not-allowed@*.a.com',
    ]);
    expect(codes(checkDomains({ domains: [], product: product('GeoTrust', 'OV', 'single') }))).toEqual([
      'type.count.none',
    ]);
  });

  it('TYPE-02: multi takes up to the product maximum, no wildcards, gifts not counted', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => `s${i}.example.com`);
    const ok = checkDomains({ domains: hundred, product: product('TrustAsia', 'OV', 'multi') });
    expect(ok.ok).toBe(true);
    expect(ok.gifted).toEqual(['example.com']); // GIFT-03: beyond the 100, yet allowed
    expect(ok.domains).toHaveLength(101);
    const over = checkDomains({ domains: [...hundred, 'x.example.com'], product: product('TrustAsia', 'OV', 'multi') });
    expect(over.issues).toEqual([
      expect.objectContaining({
        code: 'type.count.too-many',
        rule: 'TYPE-02',
        params: { domainType: 'multi', count: 101, limit: 100 },
      }),
    ]);
    expect(
      codes(checkDomains({ domains: ['a.com', '*.b.com'], product: product('TrustAsia', 'OV', 'multi') })),
    ).toEqual(['type.name.wildcard-not-allowed@*.b.com']);
  });

  it('TYPE-03: wildcard takes exactly one wildcard name with one *', () => {
    expect(checkDomains({ domains: ['*.Tencent.com'], product: product('TrustAsia', 'DV', 'wildcard') })).toEqual({
      ok: true,
      domains: ['*.tencent.com', 'tencent.com'],
      gifted: ['tencent.com'],
      issues: [],
    });
    expect(codes(checkDomains({ domains: ['tencent.com'], product: product('TrustAsia', 'DV', 'wildcard') }))).toEqual([
      'type.name.wildcard-required@tencent.com',
    ]);
    expect(
      codes(checkDomains({ domains: ['*.*.tencent.com'], product: product('TrustAsia', 'DV', 'wildcard') })),
    ).toEqual(['domain.wildcard.multiple@*.*.tencent.com']);
    expect(
      codes(checkDomains({ domains: ['a*.tencent.com'], product: product('TrustAsia', 'DV', 'wildcard') })),
    ).toEqual(['domain.wildcard.partial@a*.tencent.com']);
    expect(
      codes(checkDomains({ domains: ['*.a.com', '*.b.com'], product: product('TrustAsia', 'DV', 'wildcard') })),
    ).toEqual(['type.count.exactly-one']);
  });

  it('TYPE-04: multi-wildcard takes several wildcard names, each with one *', () => {
    const result = checkDomains({
      domains: ['*.tencent.com', '*.example.tencent.com'],
      product: product('TrustAsia', 'OV', 'multi-wildcard'),
    });
    expect(result.ok).toBe(true);
    expect(result.gifted).toEqual(['tencent.com', 'example.tencent.com']);
    const mixed = checkDomains({
      domains: ['*.tencent.com', 'www.qq.com'],
      product: product('TrustAsia', 'OV', 'multi-wildcard'),
    });
    expect(mixed.issues).toEqual([
      expect.objectContaining({ code: 'type.name.wildcard-required', rule: 'TYPE-04', subject: 'www.qq.com' }),
    ]);
  });

  it('refuses domain types the product is not sold as (EV has no wildcards)', () => {
    const result = checkDomains({ domains: ['*.a.com'], product: product('TrustAsia', 'EV', 'wildcard') });
    expect(result.issues[0]).toMatchObject({
      code: 'product.domain-type',
      rule: 'TYPE-03',
      params: { offered: ['single', 'multi'] },
    });
    expect(codes(checkDomains({ domains: ['a.com'], product: product('TrustAsia', 'OV', 'bogus' as never) }))).toEqual([
      'product.domain-type@bogus',
    ]);
  });
});

describe('checkDomains — TYPE-05…08', () => {
  it('TYPE-05: free certificates bind one ordinary domain: no wildcard, no IP, no second name', () => {
    const free = product('TrustAsia', 'Free DV', 'single');
    expect(checkDomains({ domains: ['tencent.com'], product: free })).toMatchObject({
      ok: true,
      domains: ['tencent.com', 'www.tencent.com'],
    });
    expect(codes(checkDomains({ domains: ['*.tencent.com'], product: free }))).toEqual([
      'type.free.wildcard@*.tencent.com',
    ]);
    expect(codes(checkDomains({ domains: ['192.0.2.1'], product: free }))).toEqual(['type.free.ip@192.0.2.1']);
    expect(codes(checkDomains({ domains: ['a.com', 'b.com'], product: free }))).toEqual(['type.free.count']);
    expect(codes(checkDomains({ domains: ['a.com'], product: product('TrustAsia', 'Free DV', 'multi') }))).toEqual([
      'product.domain-type@multi',
    ]);
  });

  it('TYPE-06: IPs only where the brand × product table allows (TrustAsia OV only)', () => {
    const allowed = checkDomains({
      domains: ['192.0.2.1', '2001:DB8::1'],
      product: product('TrustAsia', 'OV', 'multi'),
    });
    expect(allowed).toMatchObject({ ok: true, domains: ['192.0.2.1', '2001:db8::1'] });
    const refusing = [
      ['SecureSite', ['OV', 'OV Pro', 'DV', 'Free DV', 'EV', 'EV Pro']],
      ['GeoTrust', ['OV', 'EV']],
      ['TrustAsia', ['DV', 'EV']],
      ['GlobalSign', ['OV', 'EV']],
    ] as const;
    for (const [brand, types] of refusing) {
      for (const type of types) {
        expect(findProduct(presets['tencent-2024'], { brand, type }).product?.ipBinding, `${brand} ${type}`).toBe(
          false,
        );
        const result = checkDomains({ domains: ['192.0.2.1'], product: product(brand, type, 'single') });
        expect(result.ok, `${brand} ${type}`).toBe(false);
        expect(codes(result)).toContain(
          type === 'Free DV' ? 'type.free.ip@192.0.2.1' : 'type.ip.unsupported@192.0.2.1',
        );
      }
    }
  });

  it('TYPE-07: no wildcard directly over a public suffix', () => {
    for (const name of ['*.com', '*.com.cn', '*.co.uk']) {
      const result = checkDomains({ domains: [name], product: product('TrustAsia', 'DV', 'wildcard') });
      expect(
        result.issues.map((issue) => issue.code),
        name,
      ).toContain('type.wildcard.public-suffix');
    }
    const github = product('TrustAsia', 'DV', 'wildcard');
    expect(checkDomains({ domains: ['*.github.io'], product: github }).ok).toBe(true);
    const privateSections = definePolicy({ domain: { privateSuffixes: true } });
    const request = { domains: ['*.github.io'], product: github };
    expect(codes(checkDomains(request, { policy: privateSections, suffixList: privateSuffixList }))).toContain(
      'type.wildcard.public-suffix@*.github.io',
    );
    // without the list the policy asks for, the call is refused, never answered from the ICANN section
    expect(thrown(() => checkDomains(request, { policy: privateSections }))).toMatchObject({
      code: 'argument.invalid',
      issues: [{ params: { path: 'options.suffixList' } }],
    });
    expect(thrown(() => checkDomains(request, privateSections))).toMatchObject({ code: 'argument.invalid' });
  });

  it('TYPE-08: individuals may apply for DV only, free or paid', () => {
    const individual = { kind: 'individual' } as const;
    expect(
      checkDomains({ domains: ['a.com'], product: product('TrustAsia', 'DV', 'single'), applicant: individual }).ok,
    ).toBe(true);
    expect(
      checkDomains({ domains: ['a.com'], product: product('TrustAsia', 'Free DV', 'single'), applicant: individual })
        .ok,
    ).toBe(true);
    const ov = checkDomains({
      domains: ['a.com'],
      product: product('GeoTrust', 'OV', 'single'),
      applicant: individual,
    });
    expect(ov.issues).toEqual([
      expect.objectContaining({ code: 'type.individual.validation', rule: 'TYPE-08', params: { validation: 'OV' } }),
    ]);
    expect(
      checkDomains({
        domains: ['a.com'],
        product: product('GeoTrust', 'OV', 'single'),
        applicant: { kind: 'enterprise' },
      }).ok,
    ).toBe(true);
  });
});

describe('checkDomains — names and reporting', () => {
  it('applies DOM-01…05 with the product validation level and reports every problem at once', () => {
    const result = checkDomains({
      domains: ['shop.example.ru', 'a_b.example.com', 'www.qq.pw', 'ok.example.com', `${'a'.repeat(61)}.com`],
      product: product('TrustAsia', 'DV', 'multi'),
    });
    expect(result.ok).toBe(false);
    expect(codes(result)).toEqual([
      'domain.tld.refused@shop.example.ru',
      'domain.character.invalid@a_b.example.com',
      'domain.tld.dv-refused@www.qq.pw',
      `domain.vendor.too-long@${'a'.repeat(61)}.com`,
    ]);
    expect(checkDomains({ domains: ['www.qq.pw'], product: product('GeoTrust', 'OV', 'single') }).ok).toBe(true); // DOM-05 is DV only
  });

  it('normalises and deduplicates, warning about duplicates', () => {
    const result = checkDomains({
      domains: ['Shop.Example.com', 'shop.example.com.', '食狮.公司.cn'],
      product: product('GlobalSign', 'OV', 'multi'),
    });
    expect(result.ok).toBe(true);
    expect(result.domains).toEqual(['shop.example.com', 'xn--85x722f.xn--55qx5d.cn', 'example.com']);
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'domain.duplicate', severity: 'warning', subject: 'shop.example.com' }),
    ]);
  });

  it('refuses unknown brands and products, and bad domain lists, without throwing', () => {
    expect(codes(checkDomains({ domains: ['a.com'], product: product('Nope', 'OV', 'single') }))).toEqual([
      'product.unknown-brand@Nope',
    ]);
    expect(codes(checkDomains({ domains: ['a.com'], product: product('TrustAsia', 'XV', 'single') }))).toEqual([
      'product.unknown@TrustAsia XV',
    ]);
    expect(codes(checkDomains({ domains: 'a.com' as never, product: product('TrustAsia', 'OV', 'single') }))).toEqual([
      'domain.request.invalid',
    ]);
    const tooMany = Array.from({ length: MAX_REQUEST_DOMAINS + 1 }, () => 'a.com');
    expect(codes(checkDomains({ domains: tooMany, product: product('TrustAsia', 'OV', 'multi') }))).toEqual([
      'domain.request.invalid',
    ]);
    expect(checkDomains(null as never).ok).toBe(false);
  });

  it('tags every issue with its rule and never changes the request', () => {
    const request = {
      domains: ['*.com', 'a_b.com', '10.0.0.1'],
      product: product('GeoTrust', 'EV', 'multi'),
      applicant: { kind: 'individual' as const },
    };
    const snapshot = JSON.stringify(request);
    const result = checkDomains(request);
    expect(JSON.stringify(request)).toBe(snapshot);
    for (const issue of result.issues) {
      const registered = issueCodes[issue.code];
      if (
        issue.code.startsWith('type.count') ||
        issue.code.startsWith('type.name') ||
        issue.code === 'product.domain-type'
      ) {
        expect(issue.rule).toMatch(/^TYPE-0[1-5]$/);
      } else expect(issue.rule).toBe(registered);
    }
  });
});
