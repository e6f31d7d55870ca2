import { expect } from 'vitest';
import type { CertificateState } from '../../src/lifecycle/index.js';
import type { DomainType } from '../../src/policy/index.js';
import { thrown } from '../thrown.js';

/** A product reference: TrustAsia single-name unless said otherwise. */
export function product(type: string, brand = 'TrustAsia', domainType: DomainType = 'single') {
  return { brand, type, domainType };
}

/** An issued paid TrustAsia OV certificate, valid for 2024. */
export function issuedCert(overrides: Partial<CertificateState> = {}): CertificateState {
  return {
    id: 'cert-1',
    status: 'issued',
    source: 'vendor',
    free: false,
    product: product('OV'),
    validation: 'OV',
    domains: ['www.example.com'],
    submittedAt: '2023-12-20T00:00:00Z',
    issuedAt: '2024-01-01T00:00:00Z',
    expiresAt: '2025-01-01T00:00:00Z',
    reissueCount: 0,
    boundResources: 0,
    ...overrides,
  };
}

/** An ISO instant `seconds` away from `iso`. */
export function shift(iso: string, seconds: number): string {
  return new Date(Date.parse(iso) + seconds * 1000).toISOString();
}

/** A TrustAsia wildcard DV of a `termYears`-year order (LIFE-06, LIFE-18, LIFE-19). */
export function wildcardDv(termYears: number): CertificateState {
  return issuedCert({
    product: product('DV', 'TrustAsia', 'wildcard'),
    validation: 'DV',
    domains: ['*.example.com'],
    termYears,
  });
}

/** The argument a `life.argument.invalid` refusal names (`cert.domains`, `expiresAt`, …). */
export function argumentOf(call: () => unknown): string {
  const error = thrown(call);
  expect(error.code).toBe('life.argument.invalid');
  return (error.params as { argument: string }).argument;
}
