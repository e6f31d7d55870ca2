import { describe, expect, it } from 'vitest';
import { statusByCode, statuses } from '../../src/lifecycle/index.js';

describe('LIFE-01: the vendor API statuses', () => {
  it('maps the sixteen numeric statuses to stable names with labels in both locales', () => {
    const names = Array.from({ length: 16 }, (_, code) => statusByCode[code]?.name);
    expect(names).toEqual([
      'reviewing',
      'issued',
      'reviewFailed',
      'expired',
      'dnsRecordAdded',
      'pendingDocuments',
      'cancelling',
      'cancelled',
      'pendingConfirmationLetter',
      'revoking',
      'revoked',
      'reissuing',
      'pendingRevocationLetter',
      'freePendingDocuments',
      'refunded',
      'migrating',
    ]);
    for (const status of Object.values(statuses)) {
      expect(status.en.length).toBeGreaterThan(0);
      expect(status.zh).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(
      Object.entries(statuses)
        .filter(([, s]) => s.terminal)
        .map(([name]) => name),
    ).toEqual(['expired', 'cancelled', 'revoked', 'refunded']);
  });
});
