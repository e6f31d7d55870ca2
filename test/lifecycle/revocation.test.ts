import { describe, expect, it } from 'vitest';
import { checkRevocationFile, revocationNeeds, transition } from '../../src/lifecycle/index.js';
import { issuedCert, product, shift, wildcardDv } from './helpers.js';

/** LIFE-18 and the WoTrus exemptions of LIFE-03, as the guide's "Revoking different types of certificates" states them. */

const NOW = '2024-06-01T00:00:00Z';
const cert = (brand: string, type: string, validation: 'DV' | 'OV' | 'EV', extra = {}) =>
  issuedCert({ product: product(type, brand), validation, ...extra });

describe('LIFE-18: what a revocation needs, per brand', () => {
  it.each([
    ['DNSPod', 'SM2 DV', 'DV', 'review'],
    ['WoTrus', 'DV', 'DV', 'review'],
    ['WoTrus', 'OV', 'OV', 'review'],
    ['DNSPod', 'SM2 OV', 'OV', 'application'],
    ['DNSPod', 'SM2 EV', 'EV', 'application'],
    ['TrustAsia', 'DV', 'DV', 'dcv'],
    ['DNSPod', 'DV', 'DV', 'dcv'],
    ['TrustAsia', 'OV', 'OV', 'letter'],
    ['GeoTrust', 'EV', 'EV', 'letter'],
  ] as const)('%s %s → %s', (brand, type, validation, needs) => {
    expect(revocationNeeds(cert(brand, type, validation))).toBe(needs);
  });

  it('a reason and manual review, no domain validation, for DNSPod SM2 DV and WoTrus', () => {
    const result = transition(cert('WoTrus', 'DV', 'DV'), 'revoke', { now: NOW, args: { reason: 'key compromised' } });
    expect(result.ok && result.next.status).toBe('revoking');
    expect(result.ok && result.effects).toEqual([
      { type: 'access.disable', what: ['download', 'deploy'] },
      { type: 'review.manual', topic: 'revocation' },
    ]);
    expect(result.issues.map((issue) => issue.code)).not.toContain('life.revoke.reason');
    const empty = transition(cert('DNSPod', 'SM2 DV', 'DV'), 'revoke', { now: NOW, args: { reason: '  ' } });
    expect(empty.ok).toBe(false);
    expect(empty.issues.map((issue) => issue.code)).toContain('life.revoke.reason');
  });

  it('DNSPod SM2 OV/EV: a stamped application; other OV/EV: a confirmation letter, unless automatic validation is configured', () => {
    const sm2 = transition(cert('DNSPod', 'SM2 OV', 'OV'), 'revoke', { now: NOW, args: { reason: 'r' } });
    expect(sm2.ok && sm2.effects).toContainEqual({ type: 'letter.required', letter: 'revocation-application' });
    const ov = transition(cert('TrustAsia', 'OV', 'OV'), 'revoke', { now: NOW, args: { reason: 'r' } });
    expect(ov.ok && ov.next.status).toBe('pendingRevocationLetter');
    const automatic = transition(cert('TrustAsia', 'OV', 'OV'), 'revoke', {
      now: NOW,
      args: { reason: 'r' },
      context: { automaticValidation: true },
    });
    expect(automatic.ok && automatic.next.status).toBe('revoking');
    expect(automatic.ok && automatic.effects.map((effect) => effect.type)).toEqual(['access.disable', 'review.manual']);
  });

  it('other DV: domain validation within 3 days, except a TrustAsia 2- or 3-year wildcard DV with automatic validation', () => {
    const wildcard = wildcardDv;
    const types = (certificate: ReturnType<typeof wildcard>, automaticValidation: boolean) => {
      const result = transition(certificate, 'revoke', { now: NOW, context: { automaticValidation } });
      return result.ok ? result.effects.map((effect) => effect.type) : result.issues.map((issue) => issue.code);
    };
    expect(types(wildcard(2), true)).toEqual(['access.disable']);
    expect(types(wildcard(3), true)).toEqual(['access.disable']);
    expect(types(wildcard(1), true)).toEqual(['access.disable', 'dcv.required']);
    expect(types(wildcard(3), false)).toEqual(['access.disable', 'dcv.required']);
  });
});

describe('LIFE-03: WoTrus is exempt from the three restrictions', () => {
  it('issued before 2020-03-25, a reissue of an original: refused for others, allowed for WoTrus', () => {
    const old = { issuedAt: shift('2020-03-25T00:00:00Z', -1), expiresAt: '2021-03-25T00:00:00Z' };
    const codes = (brand: string) => {
      const result = transition(cert(brand, 'OV', 'OV', old), 'revoke', {
        now: '2020-06-01T00:00:00Z',
        args: { reason: 'r' },
      });
      return result.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.code);
    };
    expect(codes('TrustAsia')).toEqual(['life.revoke.too-old']);
    expect(codes('WoTrus')).toEqual([]);
    const reissued = (brand: string) =>
      transition(cert(brand, 'OV', 'OV', { reissueOf: 'cert-0' }), 'revoke', { now: NOW, args: { reason: 'r' } });
    const trustAsia = reissued('TrustAsia');
    expect(trustAsia.ok && trustAsia.effects).toContainEqual({ type: 'revoke.original', id: 'cert-0' });
    const woTrus = reissued('WoTrus');
    expect(woTrus.ok && woTrus.effects.map((effect) => effect.type)).not.toContain('revoke.original');
  });
});

describe('LIFE-18: the files a revocation takes', () => {
  const sm2Ov = cert('DNSPod', 'SM2 OV', 'OV');
  const ov = cert('TrustAsia', 'OV', 'OV');
  const codes = (certificate: typeof ov, name: string, size: number) =>
    checkRevocationFile(certificate, { name, size }).issues.map((issue) => issue.code);

  it.each([
    [sm2Ov, 'application.gif', []],
    [sm2Ov, 'application.png', ['life.revoke.file-type']],
    [ov, 'letter.PNG', []],
    [ov, 'letter.gif', ['life.revoke.file-type']],
    [ov, 'letter.pdf', []],
  ] as const)('%# %s', (certificate, name, expected) => {
    expect(codes(certificate, name, 1000)).toEqual(expected);
  });

  it('at most 1.4 MB, read as 1,400,000 bytes', () => {
    expect(codes(ov, 'letter.pdf', 1_400_000)).toEqual([]);
    expect(codes(ov, 'letter.pdf', 1_400_001)).toEqual(['life.revoke.file-size']);
  });

  it('no file for a path that takes none', () => {
    expect(codes(cert('TrustAsia', 'DV', 'DV'), 'letter.pdf', 1000)).toEqual(['life.revoke.no-file']);
  });
});
