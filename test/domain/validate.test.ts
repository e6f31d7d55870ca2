import punycode from 'punycode/punycode.js';
import { describe, expect, it } from 'vitest';
import { validateDomain } from '../../src/domain/index.js';
import { definePolicy, presets } from '../../src/policy/index.js';

const codes = (result: { issues: readonly { code: string }[] }) => result.issues.map((issue) => issue.code);

describe('validateDomain — vendor rules on top of the DNS rules', () => {
  it('returns the normalised domain and no issues for a good name', () => {
    expect(validateDomain('Shop.Example.COM')).toEqual({ ok: true, domain: 'shop.example.com', issues: [] });
  });

  it('reports normalisation failures as issues instead of throwing', () => {
    const result = validateDomain('a_b.example.com');
    expect(result.ok).toBe(false);
    expect(result.domain).toBeUndefined();
    expect(codes(result)).toEqual(['domain.character.invalid']);
    expect(validateDomain(undefined).issues[0]?.code).toBe('domain.type');
  });

  it('DOM-02: at most 64 characters under the vendor presets, 253 under standards', () => {
    const name64 = `${'a'.repeat(52)}.example.com`;
    const name65 = `a${name64}`;
    expect(name64).toHaveLength(64);
    expect(validateDomain(name64).ok).toBe(true);
    const refused = validateDomain(name65);
    expect(refused.ok).toBe(false);
    expect(refused.issues[0]).toMatchObject({
      code: 'domain.vendor.too-long',
      rule: 'DOM-02',
      params: { length: 65, limit: 64 },
    });
    expect(validateDomain(name65, { policy: presets.standards }).ok).toBe(true);
  });

  it('DOM-02: counts the A-label form, wildcard included, across the 64-character boundary', () => {
    // the A-label from an independent implementation (the punycode package), the limit from the FAQ
    const verdicts = Array.from({ length: 50 }, (_, i) => {
      const label = 'ü'.repeat(i + 1);
      const ascii = `*.xn--${punycode.encode(label)}.example.com`;
      const result = validateDomain(`*.${label}.example.com`);
      expect(result.domain ?? ascii).toBe(ascii);
      expect(result.ok, ascii).toBe(ascii.length <= 64);
      return { length: ascii.length, ok: result.ok };
    });
    // 44 ü: A-label 64, accepted; 45 ü: A-label 65, refused, though its Unicode form has 59 characters
    expect(verdicts[43]).toEqual({ length: 64, ok: true });
    expect(verdicts[44]).toEqual({ length: 65, ok: false });
    expect(`*.${'ü'.repeat(45)}.example.com`).toHaveLength(59);
  });

  it('DOM-03: at most 100 levels (the DNS length limit allows up to 127)', () => {
    const levels = (count: number) => `${'a.'.repeat(count - 1)}com`;
    const loose = definePolicy({ domain: { maxLength: 253 } });
    expect(validateDomain(levels(100), { policy: loose }).ok).toBe(true);
    const refused = validateDomain(levels(101), { policy: loose });
    expect(refused.issues[0]).toMatchObject({
      code: 'domain.vendor.too-many-levels',
      rule: 'DOM-03',
      params: { levels: 101 },
    });
    expect(validateDomain(levels(101), { policy: presets.standards }).ok).toBe(true);
  });

  it('DOM-04: .ru cannot be bound under tencent-2024; the 2023 edition has no such rule', () => {
    const refused = validateDomain('shop.example.ru');
    expect(refused.ok).toBe(false);
    expect(refused.issues[0]).toMatchObject({ code: 'domain.tld.refused', rule: 'DOM-04', params: { tld: 'ru' } });
    expect(validateDomain('shop.example.ru', { policy: presets['tencent-2023'] }).ok).toBe(true);
    expect(validateDomain('пример.рф').ok).toBe(true); // .рф is not .ru
  });

  it('DOM-05: .pw fails DV review — an error for DV, a warning when the level is unknown, nothing for OV/EV', () => {
    expect(validateDomain('www.qq.pw', { validation: 'DV' })).toMatchObject({
      ok: false,
      issues: [{ code: 'domain.tld.dv-refused', severity: 'error' }],
    });
    expect(validateDomain('www.qcloud.pw')).toMatchObject({
      ok: true,
      issues: [{ code: 'domain.tld.dv-refused', severity: 'warning' }],
    });
    expect(validateDomain('www.qq.pw', { validation: 'OV' })).toEqual({ ok: true, domain: 'www.qq.pw', issues: [] });
    expect(validateDomain('www.qq.pw', { validation: 'EV' }).issues).toEqual([]);
  });

  it('DOM-08: an IP address is refused as a domain name', () => {
    expect(validateDomain('10.0.0.1').issues[0]).toMatchObject({
      code: 'domain.ip-address',
      rule: 'DOM-08',
      params: { ip: '10.0.0.1' },
    });
  });

  it('reports several vendor issues at once', () => {
    const name = `${'a'.repeat(60)}.example.ru`;
    expect(codes(validateDomain(name))).toEqual(['domain.vendor.too-long', 'domain.tld.refused']);
  });
});
