import { describe, expect, it } from 'vitest';
import type { KeyPurpose } from '../../../src/x509/chain/path-rules.js';
import { type ChromiumChainCase, chromiumChainCases } from './chromium-verify-chain.js';
import { SUITE_DIFFERENCES } from './differences.js';
import { chainVerdict, missesOf, type Verdict } from './verdict.js';

const cases = chromiumChainCases();

/** Chromium's key purposes (less `_STRICT`, `_STRICT_LEAF`) as certkit names them. */
const PURPOSES: Readonly<Record<string, KeyPurpose>> = {
  ANY_EKU: 'any',
  SERVER_AUTH: 'serverAuth',
  CLIENT_AUTH: 'clientAuth',
  MLS_CLIENT_AUTH: 'rcsMlsClientAuth',
  C2PA_MANIFEST: 'c2paManifest',
  C2PA_TIMESTAMPING: 'c2paTimestamping',
};

/**
 * One case through `assembleChain` as Chromium's test delegate runs it: the last certificate is
 * the anchor (trusted as TRUSTED_ANCHOR, …_WITH_CONSTRAINTS, …_WITH_EXPIRATION or as a pinned
 * leaf), the RFC 5280 profile, the key purpose and its strictness, RSA from 1024 bits and SHA-1
 * unless the case asks for the strong digest policy.
 */
async function verdict(testcase: ChromiumChainCase): Promise<Verdict> {
  const anchor = testcase.chain[testcase.chain.length - 1] as string;
  // a certificate trusted only as a leaf is no anchor for a longer chain
  const distrusted =
    testcase.trust === 'DISTRUSTED' ||
    testcase.trust === 'UNSPECIFIED' ||
    (testcase.trust.startsWith('TRUSTED_LEAF') && testcase.chain.length > 1);
  const purpose = PURPOSES[testcase.purpose.replace(/_STRICT(_LEAF)?$/, '')];
  if (purpose === undefined) throw new Error(`${testcase.id}: unknown key purpose ${testcase.purpose}`);
  return chainVerdict(testcase.chain.length > 1 ? testcase.chain.slice(0, -1) : testcase.chain, {
    trustAnchors: distrusted ? [] : [anchor],
    now: testcase.now,
    profile: 'rfc5280',
    purpose,
    strictEku: testcase.purpose.endsWith('STRICT_LEAF') ? 'leaf' : testcase.purpose.endsWith('STRICT'),
    // …_WITH_REQUIRE_BASIC_CONSTRAINTS alone enforces nothing: Chromium reads it only with the constraints
    anchorConstraints: /WITH(_EXPIRATION_AND)?_CONSTRAINTS/.test(testcase.trust),
    anchorValidity: /EXPIRATION/.test(testcase.trust),
    algorithms: { minRsaBits: 1024, allowSha1: testcase.digestPolicy !== 'STRONG' },
  });
}

describe('Chromium verify_certificate_chain suite (test/fixtures/pki-suites)', () => {
  it('agrees on ≥ 95% of the cases, and differs only where differences.ts says why', { timeout: 120_000 }, async () => {
    const { misses, rate } = await missesOf(
      'Chromium verify-chain',
      cases,
      verdict,
      (testcase) => testcase.expectValid,
    );
    expect(cases.length).toBe(197);
    expect(misses.sort()).toEqual(Object.keys(SUITE_DIFFERENCES.chromiumVerifyChain).sort());
    expect(rate).toBeGreaterThanOrEqual(0.95);
  });

  it('gives the reason Chromium gives on representative refusals', async () => {
    const reason = async (id: string) =>
      (await verdict(cases.find((testcase) => testcase.id === id) as ChromiumChainCase)).why;
    expect(await reason('expired-target/not-after.test')).toContain('x509.chain.expired');
    expect(await reason('target-eku-clientauth/serverauth.test')).toContain('"problem":"eku-lacks-purpose"');
    expect(await reason('target-eku-none/serverauth-strict.test')).toContain('"problem":"eku-missing"');
    expect(await reason('target-signed-with-sha1/main.test')).toContain('x509.chain.weak-signature');
    expect(await reason('target-has-512bit-rsa-key/main.test')).toContain('x509.chain.weak-key');
    expect(await reason('policies-required-by-root-fail/ta-with-constraints.test')).toContain('x509.chain.policy');
    expect(await reason('unknown-critical-policy-qualifier/main.test')).toContain('"oid":"2.5.29.32"');
    expect(await reason('violates-pathlen-1-from-root/ta-with-constraints.test')).toContain('x509.chain.path-length');
    // the RCS MLS and C2PA purposes, and strict client auth's intermediates
    expect(await reason('target-eku-none/mlsclientauth.test')).toContain(
      'x509.chain.key-usage {"certificate":"CN=Target","usage":"digitalSignature-only"}',
    );
    expect(await reason('target-eku-none/mlsclientauth.test')).toContain('"certificate":"CN=Intermediate"');
    expect(await reason('intermediate-eku-mlsclientauth-extra/mlsclientauth.test')).toContain(
      '"problem":"eku-not-only-purpose"',
    );
    expect(await reason('intermediate-eku-c2patimestamping/c2pamanifest.test')).toContain(
      '"purpose":"c2paManifest","problem":"eku-lacks-purpose"',
    );
    expect(await reason('intermediate-eku-c2pamanifest/c2patimestamp.test')).toContain('"purpose":"c2paTimestamping"');
    expect(await reason('target-has-ca-basic-constraints/strict.test')).toContain(
      '"problem":"leaf-is-ca","profile":"web-pki"',
    );
    expect(await reason('target-has-ca-basic-constraints/target_only-trusted_leaf-strict.test')).toBe('');
    expect(await reason('target-eku-clientauth/clientauth-strict.test')).toMatch(
      /"certificate":"CN=Intermediate".*"problem":"eku-missing"/,
    );
  });
});
