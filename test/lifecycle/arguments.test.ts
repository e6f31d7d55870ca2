import { describe, expect, it } from 'vitest';
import {
  checkOrganizationProfile,
  ISSUED_STATUSES,
  renewalSchedule,
  reviewEstimate,
  statusByCode,
  statuses,
  userActions,
} from '../../src/lifecycle/index.js';
import { definePolicy } from '../../src/policy/index.js';
import { thrown } from '../thrown.js';
import { argumentOf } from './helpers.js';

describe('checkOrganizationProfile — LIFE-14', () => {
  it('adds up to the limit; modifies and deletes never', () => {
    expect(checkOrganizationProfile('add', 9).issues).toEqual([]);
    expect(checkOrganizationProfile('add', 0).issues).toEqual([]);
    expect(checkOrganizationProfile('add', 10).issues).toEqual([
      expect.objectContaining({
        code: 'life.organization.limit',
        rule: 'LIFE-14',
        params: { limit: 10, existing: 10 },
      }),
    ]);
    for (const action of ['modify', 'delete'] as const)
      expect(checkOrganizationProfile(action, 0).issues).toEqual([
        expect.objectContaining({ code: 'life.organization.immutable', rule: 'LIFE-14', params: { action } }),
      ]);
    const small = definePolicy({ lifecycle: { maxOrganizationProfiles: 2 } });
    expect(checkOrganizationProfile('add', 2, { policy: small }).ok).toBe(false);
  });

  it.each([
    [['rename', 0], 'action', 'rename'],
    [['add', -1], 'existing', '-1'],
    [['add', 1.5], 'existing', '1.5'],
    [['add', '2'], 'existing', 'string'],
  ])('%o is refused naming %s', (args, argument, received) => {
    const error = thrown(() => checkOrganizationProfile(...(args as [never, never])));
    expect(error.issues[0]?.params).toEqual({ argument, received });
  });
});

describe('statuses — LIFE-01', () => {
  it('statusByCode maps every code back to its status', () => {
    for (const [name, status] of Object.entries(statuses))
      expect(statusByCode[status.code]).toEqual({ name, ...status });
    expect(Object.keys(statusByCode)).toHaveLength(16);
  });

  it('the statuses in which a certificate exists are those after issuance', () => {
    // the API's codes: issued, reissuing, revoking, revocation letter, revoked, expired, migrating
    expect(ISSUED_STATUSES.map((name) => statuses[name].code)).toEqual([1, 11, 9, 12, 10, 3, 15]);
  });
});

describe('schedules — their arguments and order', () => {
  it('reminders come latest-first whatever order the policy lists them in', () => {
    const policy = definePolicy({ lifecycle: { reminderDaysBefore: [1, 30, 7] } });
    expect(renewalSchedule({ expiresAt: '2025-01-31T00:00:00Z' }, { policy }).reminders).toEqual([
      '2025-01-01T00:00:00.000Z',
      '2025-01-24T00:00:00.000Z',
      '2025-01-30T00:00:00.000Z',
    ]);
  });

  it('a certificate without expiry has no renewal schedule', () => {
    for (const cert of [{}, null]) {
      const error = thrown(() => renewalSchedule(cert as never));
      expect(error.params).toEqual({ argument: 'expiresAt', received: 'missing' });
    }
    expect(thrown(() => renewalSchedule({ expiresAt: 'soon' })).issues[0]?.params).toMatchObject({
      field: 'expiresAt',
    });
  });

  it('DV counts from submission, OV/EV from the letter; each needs its start', () => {
    const letter = '2024-03-08T09:00:00Z';
    const dv = reviewEstimate({ validation: 'DV', submittedAt: '2024-03-07T09:00:00Z', letterUploadedAt: letter });
    expect(dv.earliest).toBe('2024-03-07T09:10:00.000Z');
    const ov = reviewEstimate({ validation: 'OV', submittedAt: '2024-03-07T09:00:00Z', letterUploadedAt: letter });
    expect(ov.earliest).toBe('2024-03-13T09:00:00.000Z');
    expect(argumentOf(() => reviewEstimate({ validation: 'DV', letterUploadedAt: letter }))).toBe('submittedAt');
    expect(thrown(() => reviewEstimate({ validation: 'EV' })).params).toEqual({
      argument: 'submittedAt',
      received: 'missing',
    });
    expect(thrown(() => reviewEstimate({ validation: 'EV', submittedAt: 'soon' })).params).toMatchObject({
      field: 'submittedAt',
    });
    const level = thrown(() => reviewEstimate({ validation: 'XV' as never, submittedAt: letter }));
    expect(level.issues[0]?.params).toMatchObject({ path: 'cert.validation', expected: 'validation level' });
    expect(thrown(() => reviewEstimate(null as never)).issues[0]?.params).toMatchObject({ path: 'cert' });
  });
});

describe('userActions', () => {
  it('are the actions a person takes, no system event among them', () => {
    for (const action of ['expire', 'issue', 'fail', 'revocationApproved', 'autoRenewCharged'])
      expect(userActions).not.toContain(action);
    for (const action of ['submit', 'revoke', 'reissue', 'delete', 'download']) expect(userActions).toContain(action);
  });
});
