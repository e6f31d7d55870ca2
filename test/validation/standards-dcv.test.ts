import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkDnsValidation,
  checkPersistentDcv,
  dnsValidationRecord,
  evaluateCaa,
  judgeCorroboration,
  persistentDcvRecord,
} from '../../src/validation/index.js';

const ACCOUNT = 'https://acme-v02.api.letsencrypt.org/acme/acct/123';
const NOW = '2026-12-03T00:00:00Z';
const expectation = { domain: 'example.com', issuerDomains: ['letsencrypt.org'], accountUri: ACCOUNT, now: NOW };
const txt = (...values: string[]) => [{ name: '_validation-persist.example.com', type: 'TXT', values }];
const problemOf = (result: { issues: readonly { code: string; params: object }[] }) =>
  (result.issues.find((issue) => issue.code === 'dcv.persist.unusable')?.params as { problem?: string } | undefined)
    ?.problem;

describe('STD-03: the persistent DCV record', () => {
  it('is written at _validation-persist in issue-value syntax, and validates for its CA and account', () => {
    const record = persistentDcvRecord({
      domain: '*.Example.com',
      issuerDomain: 'LetsEncrypt.org',
      accountUri: ACCOUNT,
      persistUntil: '2027-01-01T00:00:00Z',
    });
    expect(record).toEqual({
      fqdn: '_validation-persist.example.com',
      zone: 'example.com',
      relativeName: '_validation-persist',
      type: 'TXT',
      value: `letsencrypt.org; accounturi=${ACCOUNT}; persistUntil=1798761600`,
    });
    expect(checkPersistentDcv(txt(record.value), expectation).ok).toBe(true);
  });

  it('refuses another issuer, another or no account, a past persistUntil, a malformed value', () => {
    expect(problemOf(checkPersistentDcv(txt(`sectigo.com; accounturi=${ACCOUNT}`), expectation))).toBe('other-issuer');
    expect(problemOf(checkPersistentDcv(txt('letsencrypt.org; accounturi=https://other/1'), expectation))).toBe(
      'other-account',
    );
    expect(problemOf(checkPersistentDcv(txt('letsencrypt.org'), expectation))).toBe('no-account');
    const past = `letsencrypt.org; accounturi=${ACCOUNT}; persistUntil=1700000000`;
    expect(problemOf(checkPersistentDcv(txt(past), expectation))).toBe('expired');
    expect(problemOf(checkPersistentDcv(txt('letsencrypt.org; accounturi'), expectation))).toBe('malformed');
    expect(problemOf(checkPersistentDcv([], expectation))).toBe('missing');
  });

  it('ignores unknown parameters, takes any one good record among several', () => {
    const good = `letsencrypt.org; accounturi=${ACCOUNT}; policy=ee; future=1`;
    expect(checkPersistentDcv(txt('sectigo.com; accounturi=x', good), expectation).ok).toBe(true);
  });

  it('does not follow a CNAME at the name, and does not reuse a validation older than 10 days', () => {
    const cname = [{ name: '_validation-persist.example.com', type: 'CNAME', values: ['elsewhere.example.net'] }];
    expect(problemOf(checkPersistentDcv(cname, expectation))).toBe('cname');
    const old = checkPersistentDcv(txt(`letsencrypt.org; accounturi=${ACCOUNT}`), {
      ...expectation,
      validatedAt: '2026-11-22T00:00:00Z',
    });
    expect(old.issues.map((issue) => [issue.code, issue.rule])).toEqual([['dcv.persist.reuse-expired', 'STD-03']]);
    const recent = checkPersistentDcv(txt(`letsencrypt.org; accounturi=${ACCOUNT}`), {
      ...expectation,
      validatedAt: '2026-11-23T00:00:00Z',
    });
    expect(recent.ok).toBe(true);
  });
});

describe('STD-05: a DNSSEC failure never permits issuance', () => {
  const record = dnsValidationRecord({ domain: 'www.example.com', token: 't1', value: 'v1', type: 'TXT' });
  const answer = { name: '_t1.www.example.com', type: 'TXT', values: ['v1'] };

  it('refuses DCV when any resolver saw a bogus answer or SERVFAIL, whatever the others saw', () => {
    expect(checkDnsValidation([{ ...answer, dnssec: 'secure' }], record).ok).toBe(true);
    const bogus = checkDnsValidation(
      [
        { ...answer, resolver: 'a' },
        { ...answer, resolver: 'b', dnssec: 'bogus' },
      ],
      record,
    );
    expect(bogus.ok).toBe(false);
    expect(bogus.issues[0]).toMatchObject({
      code: 'dcv.dns.dnssec-failure',
      rule: 'STD-05',
      params: { failure: 'bogus' },
    });
    expect(checkDnsValidation([{ ...answer, rcode: 'SERVFAIL' }], record).issues[0]?.params).toMatchObject({
      failure: 'SERVFAIL',
    });
    expect(() => checkDnsValidation([{ ...answer, dnssec: 'broken' as never }], record)).toThrow(
      expect.objectContaining({ code: 'argument.invalid' }),
    );
  });

  it('refuses CAA on a bogus or SERVFAIL answer, where plain records would allow', () => {
    const records = [{ flags: 0, tag: 'issue', value: 'sectigo.com' }];
    expect(evaluateCaa('example.com', () => records, ['sectigo.com']).allowed).toBe(true);
    expect(evaluateCaa('example.com', () => ({ records, dnssec: 'secure' }), ['sectigo.com']).allowed).toBe(true);
    const bogus = evaluateCaa('example.com', () => ({ records, dnssec: 'bogus' }), ['sectigo.com']);
    expect(bogus.allowed).toBe(false);
    expect(bogus.issues[0]).toMatchObject({ code: 'caa.dnssec.failure', rule: 'STD-05' });
    const servfail = evaluateCaa(
      'www.example.com',
      (name) => (name === 'example.com' ? { records: [], rcode: 'SERVFAIL' } : []),
      ['sectigo.com'],
    );
    expect(servfail.issues[0]).toMatchObject({
      code: 'caa.dnssec.failure',
      params: { name: 'example.com', failure: 'SERVFAIL' },
    });
  });
});

describe('STD-06: multi-perspective corroboration', () => {
  const at = (latitude: number, longitude: number, corroborates = true) => ({ latitude, longitude, corroborates });
  // five cities far apart
  const far = [at(50.1, 8.7), at(39.0, -77.5), at(1.35, 103.8), at(-33.9, 151.2), at(35.7, 139.7), at(-23.5, -46.6)];

  it('allows one dissent with 2–5 distinct perspectives and two with 6 or more', () => {
    expect(judgeCorroboration(far.slice(0, 3)).allowed).toBe(true);
    expect(
      judgeCorroboration([...far.slice(0, 2), { ...(far[2] as object), corroborates: false }] as never).allowed,
    ).toBe(true);
    const two = far.slice(0, 5).map((result, index) => ({ ...result, corroborates: index > 1 }));
    expect(judgeCorroboration(two)).toMatchObject({ allowed: false, distinct: 5, disagreeing: 2, maxDisagreeing: 1 });
    const six = far.map((result, index) => ({ ...result, corroborates: index > 1 }));
    expect(judgeCorroboration(six)).toMatchObject({ allowed: true, distinct: 6, disagreeing: 2, maxDisagreeing: 2 });
  });

  it('counts perspectives under 500 km apart as one, which disagrees if any of them does', () => {
    // Frankfurt and Amsterdam are ~360 km apart
    const close = judgeCorroboration([at(50.1, 8.7), at(52.4, 4.9, false), at(39.0, -77.5)]);
    expect(close).toMatchObject({ distinct: 2, disagreeing: 1, allowed: true });
    const one = judgeCorroboration([at(50.1, 8.7), at(52.4, 4.9)]);
    expect(one.allowed).toBe(false);
    expect(one.issues[0]).toMatchObject({ code: 'dcv.corroboration.too-few', rule: 'STD-06' });
  });

  it('never lets an added close duplicate turn a refusal into a grant', () => {
    const point = fc.record({
      latitude: fc.double({ min: -80, max: 80, noNaN: true }),
      longitude: fc.double({ min: -179, max: 179, noNaN: true }),
      corroborates: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 8 }), fc.nat(7), (results, pick) => {
        const base = results[pick % results.length] as (typeof results)[number];
        const duplicate = { ...base, latitude: base.latitude + 0.01, corroborates: true };
        if (!judgeCorroboration(results).allowed)
          expect(judgeCorroboration([...results, duplicate]).allowed).toBe(false);
      }),
    );
  });
});
