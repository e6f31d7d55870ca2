import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCertkitError } from '../../src/core/index.js';
import { availableActions, renewalSchedule, transition, userActions } from '../../src/lifecycle/index.js';
import { createQuotaLedger, evaluateQuota } from '../../src/quota/index.js';
import {
  checkDnsValidation,
  checkFileValidation,
  dnsValidationRecord,
  evaluateCaa,
  readCaaRecord,
} from '../../src/validation/index.js';

/**
 * Properties of the data shapes callers build by hand or read from JSON (issue 15): certificate
 * states, ledgers, CAA record sets and DCV observations, each a mix of well-formed values and
 * anything at all. Whatever comes in, a call returns or throws a CertkitError; and a decision that
 * grants something never grants on input it could not read. Sized for the 2-core machine.
 */

const RUNS = { numRuns: 150 };

/** `good` most of the time, anything at all otherwise. */
const mostly = <T>(good: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 4, arbitrary: good }, { weight: 1, arbitrary: fc.anything() });

/** Runs `call`; a CertkitError counts as an answer, anything else fails the property. */
function answered<T>(call: () => T): { value?: T; refused?: true } {
  try {
    return { value: call() };
  } catch (error) {
    if (isCertkitError(error)) return { refused: true };
    throw error;
  }
}

const instant = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString());

const certState = fc.record({
  id: mostly(fc.string({ minLength: 1, maxLength: 8 })),
  status: mostly(fc.constantFrom('reviewing', 'issued', 'expired', 'revoked', 'cancelled', 'gone')),
  source: mostly(fc.constantFrom('vendor', 'upload')),
  free: mostly(fc.boolean()),
  product: mostly(
    fc.record({
      brand: mostly(fc.constantFrom('TrustAsia', 'DNSPod', 'GeoTrust')),
      type: mostly(fc.constantFrom('DV', 'OV', 'EV', 'Free DV')),
      domainType: fc.constantFrom('single', 'multi', 'wildcard'),
    }),
  ),
  validation: mostly(fc.constantFrom('DV', 'OV', 'EV')),
  domains: mostly(fc.array(fc.constantFrom('www.example.com', 'example.com', '*.example.com'), { maxLength: 3 })),
  issuedAt: mostly(instant),
  expiresAt: mostly(instant),
  reissueCount: mostly(fc.nat(5)),
  boundResources: mostly(fc.nat(3)),
});

describe('certificate states from anywhere', () => {
  it('availableActions and transition answer or throw a CertkitError; an allowed action has no error', () => {
    fc.assert(
      fc.property(certState, instant, fc.constantFrom(...userActions), (state, now, action) => {
        const actions = answered(() => availableActions(state as never, { now }));
        for (const availability of actions.value ?? [])
          expect(availability.allowed).toBe(!availability.issues.some((issue) => issue.severity === 'error'));
        const moved = answered(() => transition(state as never, action, { now }));
        if (moved.value !== undefined && actions.value !== undefined)
          expect(moved.value.ok).toBe(actions.value.find((a) => a.action === action)?.allowed);
        answered(() => renewalSchedule(state as never));
      }),
      RUNS,
    );
  });
});

const ledgerRecord = fc.record({
  id: mostly(fc.string({ minLength: 1, maxLength: 6 })),
  accountId: mostly(fc.constantFrom('a1', 'a2')),
  domain: mostly(fc.constantFrom('www.example.com', 'shop.example.com', 'example.com.cn')),
  free: mostly(fc.boolean()),
  issuedAt: mostly(instant),
  expiresAt: mostly(instant),
  revokedAt: fc.option(mostly(instant), { nil: undefined }),
});

describe('ledgers from anywhere', () => {
  it('a ledger is built or refused with a CertkitError; a decision on it is allowed exactly without errors', () => {
    fc.assert(
      fc.property(fc.array(ledgerRecord, { maxLength: 12 }), instant, (records, now) => {
        const ledger = answered(() => createQuotaLedger(records as never));
        if (ledger.value === undefined) return;
        const request = { accountId: 'a1', applicant: { kind: 'individual' as const }, domain: 'new.example.com' };
        const decision = evaluateQuota(request, ledger.value, { now });
        expect(decision.allowed).toBe(!decision.issues.some((issue) => issue.severity === 'error'));
      }),
      RUNS,
    );
  });
});

const caaRecord = fc.oneof(
  fc.record({
    flags: fc.constantFrom(0, 128),
    tag: fc.constantFrom('issue', 'issuewild', 'iodef'),
    value: fc.constantFrom('sectigo.com', ';', 'letsencrypt.org'),
  }),
  fc.record({ critical: fc.constantFrom(0, 128), issue: fc.constantFrom('sectigo.com', ';', 'letsencrypt.org') }),
  fc.constantFrom('0 issue "sectigo.com"', '0 issue ";"', '0 issuewild "letsencrypt.org"', '128 tbs "x"'),
  fc.anything(),
);

describe('CAA record sets from anywhere', () => {
  it('never allows issuance when a record of the relevant set cannot be read', () => {
    fc.assert(
      fc.property(fc.array(caaRecord, { minLength: 1, maxLength: 5 }), fc.boolean(), (records, wildcard) => {
        const lookup = (name: string) => (name === 'example.com' ? records : []);
        const result = evaluateCaa(wildcard ? '*.example.com' : 'www.example.com', lookup as never, ['sectigo.com']);
        const unreadable = records.some((record) =>
          readCaaRecord(record).issues.some((issue) => issue.severity === 'error'),
        );
        if (unreadable) expect(result.allowed).toBe(false);
        expect(result.allowed).toBe(!result.issues.some((issue) => issue.severity === 'error'));
      }),
      RUNS,
    );
  });
});

describe('DCV observations from anywhere', () => {
  const expected = dnsValidationRecord({ domain: 'www.example.com', token: 't1', value: 'v1', type: 'TXT' });
  const answer = fc.record({
    name: mostly(fc.constantFrom('_t1.www.example.com', '_T1.WWW.example.com.', 't1.www.example.com')),
    type: mostly(fc.constantFrom('TXT', 'txt', 'CNAME')),
    values: mostly(fc.array(fc.constantFrom('v1', 'v2', '"v1"'), { maxLength: 3 })),
  });

  it('DNS: passes only when an answer at the name, of the type, holds the value', () => {
    fc.assert(
      fc.property(fc.array(answer, { maxLength: 4 }), (answers) => {
        const result = answered(() => checkDnsValidation(answers as never, expected));
        if (result.value?.ok !== true) return;
        const match = answers.some(
          (a) =>
            typeof a.name === 'string' &&
            a.name.toLowerCase().replace(/\.$/, '') === expected.fqdn &&
            String(a.type).toUpperCase() === 'TXT' &&
            Array.isArray(a.values) &&
            a.values.some((value) => typeof value === 'string' && value.replace(/^"|"$/g, '') === 'v1'),
        );
        expect(match).toBe(true);
      }),
      RUNS,
    );
  });

  it('file: passes only when both URLs answered 200 with the content and no redirect', () => {
    const urls: readonly [string, string] = [
      'http://www.example.com/.well-known/pki-validation/a.txt',
      'https://www.example.com/.well-known/pki-validation/a.txt',
    ];
    const observation = fc.record({
      url: mostly(fc.constantFrom(...urls)),
      status: mostly(fc.constantFrom(200, 301, 404)),
      body: mostly(fc.constantFrom('token', 'token\n', 'other')),
    });
    fc.assert(
      fc.property(fc.array(observation, { maxLength: 4 }), (observations) => {
        const result = answered(() => checkFileValidation(observations as never, { urls, content: 'token' }));
        if (result.value?.ok !== true) return;
        for (const url of urls) {
          const seen = observations.find((o) => o.url === url);
          expect(seen?.status).toBe(200);
          expect(String(seen?.body).replace(/\n$/, '')).toBe('token');
        }
      }),
      RUNS,
    );
  });
});
