import { describe, expect, it } from 'vitest';
import { type CertificateState, checkRevocationFile, revocationNeeds, transition } from '../../src/lifecycle/index.js';
import { definePolicy } from '../../src/policy/index.js';
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

describe('LIFE-18/19 edges the mutation run found untested', () => {
  const now = '2024-06-01T00:00:00Z';
  const pathOf = (call: () => unknown) => {
    try {
      call();
      return 'returned';
    } catch (error) {
      return (error as { params?: { path?: string } }).params?.path ?? String(error);
    }
  };

  it('checkRevocationFile names the bad field, and its issues carry their params', () => {
    const ov = cert('TrustAsia', 'OV', 'OV');
    expect(pathOf(() => checkRevocationFile(ov, null as never))).toBe('file');
    expect(pathOf(() => checkRevocationFile(ov, { name: 1, size: 1 } as never))).toBe('file.name');
    expect(pathOf(() => checkRevocationFile(ov, { name: 'a.pdf', size: 'big' } as never))).toBe('file.size');
    const [type] = checkRevocationFile(ov, { name: 'letter', size: 1 }).issues;
    expect(type).toMatchObject({
      code: 'life.revoke.file-type',
      params: { name: 'letter', allowed: ['jpg', 'jpeg', 'png', 'pdf'] },
    });
    expect(checkRevocationFile(ov, { name: 'letter.pdf.exe', size: 1 }).issues[0]?.code).toBe('life.revoke.file-type');
    const [size] = checkRevocationFile(ov, { name: 'a.pdf', size: 2_000_000 }).issues;
    expect(size).toMatchObject({ params: { name: 'a.pdf', size: 2_000_000, limit: 1_400_000 }, subject: 'a.pdf' });
  });

  it('the ownership-check exemption needs the listed brand and type, not just any multi-year wildcard', () => {
    const effects = (brand: string, type: string) => {
      const result = transition(
        issuedCert({
          product: product(type, brand, 'wildcard'),
          validation: 'DV',
          domains: ['*.example.com'],
          termYears: 3,
        }),
        'revoke',
        {
          now,
          context: { automaticValidation: true },
        },
      );
      return result.ok ? result.effects.map((effect) => effect.type) : [];
    };
    expect(effects('TrustAsia', 'DV')).toEqual(['access.disable']);
    expect(effects('DNSPod', 'DV')).toEqual(['access.disable', 'dcv.required']);
    expect(effects('SecureSite', 'DV')).toEqual(['access.disable', 'dcv.required']);
  });

  it('reissue: a recent organization validation exempts paid DV only; the original method only for free DV', () => {
    const reissue = (overrides: object, args: object) => {
      const result = transition(issuedCert({ product: product('DV'), validation: 'DV', ...overrides }), 'reissue', {
        now,
        args: { csrChanged: true, ...args },
      });
      return result.ok ? result.effects : [];
    };
    const recent = { organizationValidatedAt: '2023-06-01T00:00:00Z' };
    const stale = { organizationValidatedAt: '2023-04-01T00:00:00Z' }; // 14 months before
    expect(reissue({}, recent)).toEqual([]);
    expect(reissue({}, stale)).toHaveLength(1);
    expect(reissue({ free: true, product: product('Free DV') }, recent)).toHaveLength(1);
    expect(reissue({ validation: 'OV', product: product('OV') }, recent)).toHaveLength(1);
    expect(reissue({ validationMethod: 'FILE' }, {})).toEqual([
      { type: 'dcv.required', deadline: '2024-06-04T00:00:00.000Z' },
    ]);
    expect(reissue({ free: true, product: product('Free DV') }, {})).toEqual([
      { type: 'dcv.required', deadline: '2024-06-04T00:00:00.000Z' },
    ]);
  });
});

describe('LIFE-18: where each path takes the certificate, and what it asks', () => {
  const revoke = (cert: CertificateState, extra: Record<string, unknown> = {}) =>
    transition(cert, 'revoke', { now: NOW, args: { reason: 'key compromised' }, ...extra });

  it('the stamped application waits for its letter; an exempt DV goes straight to revoking', () => {
    const sm2 = revoke(issuedCert({ product: product('SM2 OV', 'DNSPod'), validation: 'OV' }));
    expect(sm2.ok && sm2.next.status).toBe('pendingRevocationLetter');
    const exempt = revoke(wildcardDv(3), { context: { automaticValidation: true } });
    expect(exempt.ok && exempt.next.status).toBe('revoking');
    const automatic = revoke(issuedCert(), { context: { automaticValidation: true } });
    expect(automatic.ok && automatic.effects).toContainEqual({ type: 'review.manual', topic: 'revocation' });
  });

  it('domain validation takes no reason, so none is asked for', () => {
    const dv = transition(wildcardDv(1), 'revoke', { now: NOW });
    expect(dv.issues.map((issue) => issue.code)).not.toContain('life.revoke.reason');
    expect(transition(issuedCert(), 'revoke', { now: NOW }).issues).toContainEqual(
      expect.objectContaining({ code: 'life.revoke.reason', rule: 'LIFE-18', severity: 'info' }),
    );
  });

  it('a policy with no path for a product asks for the confirmation letter', () => {
    const policy = definePolicy({ lifecycle: { revocationPaths: [{ brand: 'WoTrus', needs: 'review' }] } });
    expect(revocationNeeds(wildcardDv(1), { policy })).toBe('letter');
  });

  it('file refusals are LIFE-18 issues about the file', () => {
    const ov = issuedCert();
    expect(checkRevocationFile(ov, { name: 'letter.doc', size: 2_000_000 }).issues).toEqual([
      expect.objectContaining({ code: 'life.revoke.file-type', rule: 'LIFE-18', subject: 'letter.doc' }),
      expect.objectContaining({
        code: 'life.revoke.file-size',
        rule: 'LIFE-18',
        subject: 'letter.doc',
        params: { name: 'letter.doc', size: 2_000_000, limit: 1_400_000 },
      }),
    ]);
    expect(checkRevocationFile(wildcardDv(1), { name: 'a.pdf', size: 1 }).issues).toEqual([
      expect.objectContaining({ code: 'life.revoke.no-file', rule: 'LIFE-18', params: { needs: 'dcv' } }),
    ]);
  });
});
