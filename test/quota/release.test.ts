import { describe, expect, it } from 'vitest';
import { definePolicy, presets } from '../../src/policy/index.js';
import { accountReleaseAt, primaryDomainReleaseAt } from '../../src/quota/index.js';

/** QUOTA-03/04 release times at their edges (issue 19: the mutation run found them untested). */
const P2023 = { policy: presets['tencent-2023'] };
const P2024 = { policy: presets['tencent-2024'] };
const times = { issuedAt: '2023-03-25T00:00:00Z', expiresAt: '2024-03-25T00:00:00Z' };
const at = (iso: string) => Date.parse(iso);

describe('QUOTA-03: the account slot', () => {
  it('expiry, or revocation if earlier, plus the edition’s delay', () => {
    expect(accountReleaseAt(times, P2024)).toBe(at('2024-03-25T00:00:00Z'));
    expect(accountReleaseAt(times, P2023)).toBe(at('2024-03-26T00:00:00Z'));
    expect(accountReleaseAt({ ...times, revokedAt: '2023-05-01T00:00:00Z' }, P2024)).toBe(at('2023-05-01T00:00:00Z'));
    // a revocation after expiry changes nothing
    expect(accountReleaseAt({ ...times, revokedAt: '2024-04-01T00:00:00Z' }, P2024)).toBe(at('2024-03-25T00:00:00Z'));
  });

  it('a cancelled application holds nothing from its cancellation on, in either edition', () => {
    const cancelled = { ...times, cancelledAt: '2023-03-26T00:00:00Z', revokedAt: '2023-05-01T00:00:00Z' };
    expect(accountReleaseAt(cancelled, P2023)).toBe(at('2023-03-26T00:00:00Z'));
    expect(primaryDomainReleaseAt(cancelled, P2023)).toBe(at('2023-03-26T00:00:00Z'));
  });
});

describe('QUOTA-04: the primary-domain slot', () => {
  it('2024: released only at the original expiry, revoked early or not', () => {
    expect(primaryDomainReleaseAt(times, P2024)).toBe(at('2024-03-25T00:00:00Z'));
    expect(primaryDomainReleaseAt({ ...times, revokedAt: '2023-05-01T00:00:00Z' }, P2024)).toBe(
      at('2024-03-25T00:00:00Z'),
    );
  });

  it('2023: an early revocation holds it 15 months from issuance; a revocation at or after expiry does not', () => {
    expect(primaryDomainReleaseAt({ ...times, revokedAt: '2023-05-01T00:00:00Z' }, P2023)).toBe(
      at('2024-06-25T00:00:00Z'),
    );
    expect(primaryDomainReleaseAt({ ...times, revokedAt: times.expiresAt }, P2023)).toBe(at('2024-03-25T00:00:00Z'));
    expect(primaryDomainReleaseAt(times, P2023)).toBe(at('2024-03-25T00:00:00Z'));
  });

  it('a hold counted from the revocation, when a policy says so', () => {
    const fromRevocation = {
      policy: definePolicy({ quota: { earlyRevocationHold: { months: 6, from: 'revocation' } } }, 'tencent-2023'),
    };
    expect(primaryDomainReleaseAt({ ...times, revokedAt: '2023-05-01T00:00:00Z' }, fromRevocation)).toBe(
      at('2023-11-01T00:00:00Z'),
    );
  });

  it('names the time that cannot be read', () => {
    expect(() => accountReleaseAt({ ...times, revokedAt: 'soon' })).toThrow(
      expect.objectContaining({ params: expect.objectContaining({ field: 'times.revokedAt' }) }),
    );
    expect(() => primaryDomainReleaseAt({ ...times, expiresAt: 'later' })).toThrow(
      expect.objectContaining({ params: expect.objectContaining({ field: 'times.expiresAt' }) }),
    );
  });
});
