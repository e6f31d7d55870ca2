import type { LedgerRecord } from '../../src/quota/index.js';

/** A free certificate of account `a1` for `domain`, valid one year from `issuedAt`. */
export function certificate(id: string, overrides: Partial<LedgerRecord> = {}): LedgerRecord {
  return {
    id,
    accountId: 'a1',
    domain: `${id}.example.com`,
    free: true,
    issuedAt: '2024-01-01T00:00:00Z',
    expiresAt: '2025-01-01T00:00:00Z',
    ...overrides,
  };
}

/** `count` certificates `prefix0…` with the given fields. */
export function certificates(count: number, prefix: string, overrides: Partial<LedgerRecord> = {}): LedgerRecord[] {
  return Array.from({ length: count }, (_, i) => certificate(`${prefix}${i}`, overrides));
}

/** One millisecond before an ISO instant. */
export function justBefore(iso: string): string {
  return new Date(Date.parse(iso) - 1).toISOString();
}

export { thrown } from '../thrown.js';
