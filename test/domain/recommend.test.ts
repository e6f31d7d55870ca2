import { describe, expect, it } from 'vitest';
import { CertkitError } from '../../src/core/index.js';
import { recommendCertificateType, supportsMiniProgram } from '../../src/domain/index.js';
import { presets } from '../../src/policy/index.js';

describe('recommendCertificateType — TYPE-09', () => {
  it('advises EV for finance and payment', () => {
    for (const industry of ['finance', 'payment'] as const) {
      const advice = recommendCertificateType({ industry });
      expect(advice.recommended).toBe('EV');
      expect(advice.acceptable).toEqual(['EV']);
      expect(advice.issues.map((issue) => issue.code)).toContain('type.recommend.ev-finance');
    }
  });

  it('advises OV or higher for enterprises and for mobile sites and API endpoints', () => {
    expect(recommendCertificateType({ industry: 'general' })).toMatchObject({
      recommended: 'OV',
      acceptable: ['OV', 'EV'],
    });
    const api = recommendCertificateType({ applicant: 'enterprise', usage: ['api'] });
    expect(api.issues.map((issue) => issue.code)).toEqual(['type.recommend.ov-enterprise', 'type.recommend.ov-app']);
    expect(api.issues.every((issue) => issue.severity === 'info' && issue.rule === 'TYPE-09')).toBe(true);
  });

  it('TYPE-08: individuals get DV, with a warning when more was advised', () => {
    expect(recommendCertificateType({ applicant: 'individual' })).toMatchObject({
      recommended: 'DV',
      acceptable: ['DV'],
    });
    const mobile = recommendCertificateType({ applicant: 'individual', usage: ['mobile'] });
    expect(mobile.recommended).toBe('DV');
    expect(mobile.issues.at(-1)).toMatchObject({
      code: 'type.recommend.individual-dv',
      severity: 'warning',
      params: { advised: 'OV' },
    });
  });
});

describe('supportsMiniProgram — TYPE-10', () => {
  it('accepts every certificate type but Chinese SM (SM2) ones — on the vendor catalog itself', () => {
    // TYPE-10 bites on vendor data: DNSPod's SM2 DV/OV/EV are in the catalog, marked sm2
    const sm2 = ['DNSPod SM2 DV', 'DNSPod SM2 OV', 'DNSPod SM2 EV'];
    for (const [brand, products] of Object.entries(presets['tencent-2024'].catalog)) {
      for (const type of Object.keys(products))
        expect(supportsMiniProgram({ brand, type }), `${brand} ${type}`).toBe(!sm2.includes(`${brand} ${type}`));
    }
    expect(Object.keys(presets['tencent-2024'].catalog.DNSPod ?? {})).toEqual(
      expect.arrayContaining(['SM2 DV', 'SM2 OV', 'SM2 EV']),
    );
  });

  it('throws CertkitError for a product the catalog lacks', () => {
    expect(() => supportsMiniProgram({ brand: 'Nope', type: 'DV' })).toThrow(CertkitError);
  });
});
