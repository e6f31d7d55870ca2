import { describe, expect, it } from 'vitest';
import { SUITE_DIFFERENCES } from './differences.js';
import { type PkitsCase, pkitsCases } from './nist-pkits.js';
import { chainVerdict, missesOf, type Verdict } from './verdict.js';

const cases = pkitsCases();
/** PKITS certificates are valid from 2010 to 2030; BoringSSL validates them at this instant. */
const NOW = Date.UTC(2011, 3, 15);

/**
 * One test through `assembleChain`: the end entity and intermediates as input, the PKITS trust
 * anchor as a name-and-key anchor, the RFC 5280 profile with any key purpose, the suite's 1024-bit
 * RSA and SHA-1, and the test's §6.1.1 policy inputs.
 */
async function verdict(testcase: PkitsCase): Promise<Verdict> {
  const [anchor, ...rest] = testcase.certificates as [Uint8Array, ...Uint8Array[]];
  return chainVerdict([...rest].reverse(), {
    trustAnchors: [anchor],
    now: NOW,
    profile: 'rfc5280',
    purpose: 'any',
    anchorConstraints: false,
    crls: testcase.crls,
    requireRevocation: true,
    algorithms: { minRsaBits: 1024, allowSha1: true },
    policies: {
      ...(testcase.initialPolicies === undefined ? {} : { initial: testcase.initialPolicies }),
      requireExplicit: testcase.explicitPolicy,
      inhibitMapping: testcase.inhibitMapping,
      inhibitAnyPolicy: testcase.inhibitAnyPolicy,
    },
  });
}

describe('NIST PKITS 1.0.1 (test/fixtures/pki-suites)', () => {
  it('agrees on ≥ 95% of the tests, and differs only where differences.ts says why', { timeout: 120_000 }, async () => {
    const { misses, rate } = await missesOf('NIST PKITS', cases, verdict, (testcase) => testcase.shouldValidate);
    expect(cases.length).toBe(249);
    expect(misses.sort()).toEqual(Object.keys(SUITE_DIFFERENCES.nistPkits).sort());
    expect(rate).toBeGreaterThanOrEqual(0.95);
  });

  it('refuses for the reason the test names', async () => {
    const reason = async (id: string) => (await verdict(cases.find((testcase) => testcase.id === id) as PkitsCase)).why;
    // the bad CA signature is made by setting the BIT STRING's unused-bits count: not DER at all
    expect(await reason('4.1.2')).toBe('x509.certificate.malformed');
    expect(await reason('4.1.3')).toContain('x509.chain.issuer-unknown');
    expect(await reason('4.2.1')).toContain('x509.chain.not-yet-valid');
    expect(await reason('4.6.1')).toContain('x509.chain.not-ca');
    expect(await reason('4.6.9')).toContain('x509.chain.path-length');
    expect(await reason('4.8.1 (Subpart 3)')).toContain('"problem":"no-valid-policy"');
    expect(await reason('4.10.7')).toContain('"problem":"mapping-any-policy"');
    expect(await reason('4.13.2')).toContain('x509.chain.name-constraints');
    expect(await reason('4.4.1')).toContain('"problem":"no-crl"');
    expect(await reason('4.4.3')).toContain('x509.chain.revoked');
    // the bad CRL signature is an unused-bits count again: the CRL is not DER, and an unreadable CRL is bad input
    expect(await reason('4.4.4')).toBe('x509.crl.malformed');
    expect(await reason('4.4.11')).toContain('"problem":"expired"');
    expect(await reason('4.7.4')).toContain('"problem":"issuer-without-crl-sign"');
    expect(await reason('4.14.11')).toContain('"problem":"user-certificates-only"');
    expect(await reason('4.15.3')).toContain('x509.chain.revoked');
  });
});
