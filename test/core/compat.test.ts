import { describe, expect, it } from 'vitest';
import { isCertkitError, issueCodes, renamedCodes } from '../../src/core/index.js';
import {
  checkDomains,
  findProduct,
  giftedDomains,
  recommendCertificateType,
  supportsMiniProgram,
} from '../../src/domain/index.js';
import {
  availableActions,
  checkOrganizationProfile,
  checkValidity,
  type LegacyCertificateState,
  maxValidityDays,
  readState,
  transition,
} from '../../src/lifecycle/index.js';
import { definePolicy, parsePolicy, presets } from '../../src/policy/index.js';
import { accountReleaseAt, createQuotaLedger, evaluateQuota, primaryDomainReleaseAt } from '../../src/quota/index.js';
import { isCaValidationSource } from '../../src/validation/index.js';

/**
 * The 0.1 shapes that 0.2 replaced keep working for one release (CHANGELOG, "Deprecated"), and
 * give the same answers as the new ones.
 */
const P2023 = presets['tencent-2023'];
const wildcard = { brand: 'TrustAsia', type: 'DV', domainType: 'wildcard' } as const;

describe('the policy as the last positional argument (0.1)', () => {
  it('gives the same answers as { policy }', () => {
    const request = { domains: ['*.example.com'], product: wildcard };
    expect(checkDomains(request, P2023)).toEqual(checkDomains(request, { policy: P2023 }));
    expect(findProduct(P2023, wildcard)).toEqual(findProduct(wildcard, { policy: P2023 }));
    expect(giftedDomains(['*.example.com'], wildcard, P2023)).toEqual(['example.com']);
    expect(supportsMiniProgram({ brand: 'TrustAsia', type: 'OV' }, P2023)).toBe(
      supportsMiniProgram({ brand: 'TrustAsia', type: 'OV' }, { policy: P2023 }),
    );
    expect(maxValidityDays('2026-03-15', P2023)).toBe(200);
    expect(checkValidity('2024-01-01', '2025-01-01', P2023).ok).toBe(true);
    expect(checkOrganizationProfile('add', 10, P2023).ok).toBe(false);
    expect(isCaValidationSource('91.199.212.132', P2023)).toBe(true);
    expect(createQuotaLedger([], P2023).policy).toBe(P2023);
  });

  it('a policy that is not the ledger policy is still refused by evaluateQuota', () => {
    const ledger = createQuotaLedger([], { policy: P2023 });
    const request = { accountId: 'a', applicant: { kind: 'enterprise' }, domain: 'example.com' } as const;
    expect(() => evaluateQuota(request, ledger, { now: '2024-01-01', policy: presets['tencent-2024'] })).toThrow(
      /quota\.request\.invalid/,
    );
  });
});

describe('the applicant (0.1: a bare string, or `account` in quota)', () => {
  it('recommendCertificateType takes the kind or the Applicant object', () => {
    expect(recommendCertificateType({ applicant: 'individual' })).toEqual(
      recommendCertificateType({ applicant: { kind: 'individual' } }),
    );
    expect(recommendCertificateType({ applicant: { kind: 'individual' } }).recommended).toBe('DV');
    expect(recommendCertificateType({ applicant: { kind: 'enterprise' } }).recommended).toBe('OV');
  });

  it('evaluateQuota reads `applicant`, or `account` when only that is given', () => {
    const ledger = createQuotaLedger([], { policy: P2023 });
    const now = { now: '2024-01-01T00:00:00Z' };
    const old = evaluateQuota(
      { accountId: 'a', account: { kind: 'individual', tier: 'v2' }, domain: 'a.com' },
      ledger,
      now,
    );
    const current = evaluateQuota(
      { accountId: 'a', applicant: { kind: 'individual', tier: 'v2' }, domain: 'a.com' },
      ledger,
      now,
    );
    expect(old).toEqual(current);
    expect(current.usage.account.limit).toBeGreaterThan(0);
  });
});

describe('CertificateState: product as a ProductRef (0.1: a string beside brand and domainType)', () => {
  const legacy: LegacyCertificateState = {
    status: 'issued',
    source: 'vendor',
    free: false,
    brand: 'TrustAsia',
    product: 'DV',
    domainType: 'wildcard',
    validation: 'DV',
    domains: ['*.example.com'],
    issuedAt: '2024-01-01T00:00:00Z',
    expiresAt: '2025-01-01T00:00:00Z',
  };
  const { brand: _brand, domainType: _domainType, ...rest } = legacy;
  const current = { ...rest, product: wildcard };

  it('readState upgrades the old shape without touching the input', () => {
    const copy = structuredClone(legacy);
    expect(readState(legacy)).toEqual(current);
    expect(legacy).toEqual(copy);
    expect(readState(current)).toBe(current);
  });

  it('both shapes get the same buttons; a transition returns the new shape', () => {
    const now = { now: '2024-06-01T00:00:00Z' };
    expect(availableActions(legacy, now)).toEqual(availableActions(current, now));
    expect(availableActions(current, now).find((a) => a.action === 'enableAutoRenew')?.allowed).toBe(true);
    const next = transition(legacy, 'enableAutoRenew', now);
    expect(next.ok && next.next.product).toEqual(wildcard);
    expect(next.ok && 'brand' in next.next).toBe(false);
  });

  it.each([
    ['cert.product.type', { ...current, product: { brand: 'TrustAsia' } }],
    ['cert.product.brand', { ...current, product: { brand: 7, type: 'OV' } }],
    ['cert.product', { ...current, product: 42 }],
    ['cert.domains', { ...current, domains: undefined }],
    ['cert.domains', { ...current, domains: ['a.com', 1] }],
    ['cert.status', { ...current, status: 'gone' }],
    ['cert', null],
  ])('a state whose %s cannot be read throws life.argument.invalid naming it', (argument, state) => {
    const call = () => availableActions(state as never, { now: '2024-06-01T00:00:00Z' });
    expect(call).toThrow(expect.objectContaining({ code: 'life.argument.invalid' }));
    try {
      call();
    } catch (error) {
      expect(isCertkitError(error) && error.issues[0]?.params.argument).toBe(argument);
    }
  });
});

describe('policy.validation is now policy.dcv', () => {
  it('parsePolicy and definePolicy read the old section name', () => {
    const { dcv, ...rest } = JSON.parse(JSON.stringify(P2023));
    const old = parsePolicy({ ...rest, validation: dcv });
    expect(old.dcv).toEqual(P2023.dcv);
    expect('validation' in old).toBe(false);
    const derived = definePolicy({ validation: { dnsDeadlineDays: 5 } } as never);
    expect(derived.dcv.dnsDeadlineDays).toBe(5);
  });

  it('a policy with both names is refused, not merged silently', () => {
    const copy = JSON.parse(JSON.stringify(P2023));
    expect(() => parsePolicy({ ...copy, validation: copy.dcv })).toThrow(/policy\.invalid/);
  });
});

describe('release instants from a ledger record as stored (ISO times)', () => {
  const record = {
    issuedAt: '2023-03-25T00:00:00Z',
    expiresAt: '2024-03-25T00:00:00Z',
    revokedAt: '2023-05-01T00:00:00Z',
  };

  it('accountReleaseAt and primaryDomainReleaseAt read Instants, never NaN', () => {
    expect(accountReleaseAt(record, { policy: P2023 })).toBe(Date.parse('2023-05-02T00:00:00Z'));
    expect(primaryDomainReleaseAt(record, { policy: P2023 })).toBe(Date.parse('2024-06-25T00:00:00Z'));
    expect(accountReleaseAt({ ...record, revokedAt: undefined })).toBe(Date.parse('2024-03-25T00:00:00Z'));
  });

  it('an unreadable time throws time.invalid naming the field', () => {
    expect(() => accountReleaseAt({ ...record, issuedAt: 'yesterday' })).toThrow(
      expect.objectContaining({ code: 'time.invalid', params: { field: 'times.issuedAt', received: 'yesterday' } }),
    );
  });
});

describe('codes renamed so the prefix names the entry', () => {
  it('isCertkitError still matches the 0.1 name of a renamed code', async () => {
    const { generateCsr } = await import('../../src/x509/index.js');
    const error = await generateCsr({ domains: [] }).catch((caught: unknown) => caught);
    expect(isCertkitError(error, 'x509.csr.domains.invalid')).toBe(true);
    expect(isCertkitError(error, 'csr.domains.invalid')).toBe(true);
    expect(isCertkitError(error, 'csr.key.reused')).toBe(false);
    expect(Object.keys(renamedCodes).every((old) => !(old in issueCodes))).toBe(true);
  });
});
