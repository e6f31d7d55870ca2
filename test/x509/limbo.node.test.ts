import { readFileSync } from 'node:fs';
import { getPublicSuffix } from 'tldts';
import { describe, expect, it } from 'vitest';
import { SUITE_DIFFERENCES } from './suites/differences.js';
import { chainVerdict, type Verdict } from './suites/verdict.js';

const KNOWN_MISSES = SUITE_DIFFERENCES.x509Limbo;

/**
 * x509-limbo (C2SP, Apache-2.0): every SERVER case but `online::` (live sites, expired material),
 * `crl::` with its CRLs and revocation required, through `assembleChain` with the case's trust
 * anchors, untrusted intermediates, validation time, peer name and depth limit, in the profile its
 * namespace assumes: `webpki::` the CA/B Forum's, every other one RFC 5280's.
 */
interface LimboCase {
  id: string;
  validation_kind: string;
  expected_result: 'SUCCESS' | 'FAILURE';
  trusted_certs: string[];
  untrusted_intermediates: string[];
  peer_certificate: string;
  validation_time: string | null;
  expected_peer_name: { kind: string; value: string } | null;
  max_chain_depth: number | null;
  crls?: string[];
}

const limbo = JSON.parse(readFileSync(new URL('../fixtures/limbo/limbo.json', import.meta.url), 'utf8')) as {
  testcases: LimboCase[];
};
const cases = limbo.testcases.filter(
  (testcase) => testcase.validation_kind === 'SERVER' && !testcase.id.startsWith('online::'),
);
const isPublicSuffix = (name: string) => getPublicSuffix(name, { allowPrivateDomains: true }) === name;

function verdict(testcase: LimboCase): Promise<Verdict> {
  return chainVerdict([testcase.peer_certificate, ...testcase.untrusted_intermediates], {
    trustAnchors: testcase.trusted_certs,
    now: testcase.validation_time ?? new Date(), // limbo: no time means the present
    ...(testcase.expected_peer_name === null ? {} : { hostname: testcase.expected_peer_name.value }),
    ...(testcase.max_chain_depth === null ? {} : { maxIntermediates: testcase.max_chain_depth }),
    match: { publicSuffixWildcards: false, isPublicSuffix },
    profile: testcase.id.startsWith('webpki::') ? 'web-pki' : 'rfc5280',
    // a case with CRLs asks for revocation checking: a status no CRL answers refuses
    ...(testcase.crls === undefined || testcase.crls.length === 0
      ? {}
      : { crls: testcase.crls, requireRevocation: true }),
  });
}

describe('x509-limbo SERVER cases (test/fixtures/limbo)', () => {
  it(`passes ≥ 95% of ${cases.length} cases, and misses only the explained ones`, { timeout: 120_000 }, async () => {
    const perNamespace = new Map<string, { passed: number; total: number }>();
    const misses: string[] = [];
    for (const testcase of cases) {
      const { ok } = await verdict(testcase);
      const passed = ok === (testcase.expected_result === 'SUCCESS');
      const namespace = testcase.id.split('::')[0] as string;
      const tally = perNamespace.get(namespace) ?? { passed: 0, total: 0 };
      perNamespace.set(namespace, { passed: tally.passed + (passed ? 1 : 0), total: tally.total + 1 });
      if (!passed) misses.push(testcase.id);
    }
    const passed = cases.length - misses.length;
    console.log(
      `x509-limbo: ${passed}/${cases.length} (${((passed / cases.length) * 100).toFixed(1)}%); ${[...perNamespace]
        .map(([namespace, tally]) => `${namespace} ${tally.passed}/${tally.total}`)
        .join(', ')}`,
    );
    expect(passed / cases.length).toBeGreaterThanOrEqual(0.95);
    expect(misses.sort()).toEqual(Object.keys(KNOWN_MISSES).sort());
  });

  it('gives the expected reason on representative failures', async () => {
    const reason = async (id: string) => (await verdict(cases.find((testcase) => testcase.id === id) as LimboCase)).why;
    expect(await reason('rfc5280::validity::expired-leaf')).toContain('x509.chain.expired');
    expect(await reason('pathlen::intermediate-violates-pathlen-0')).toContain('x509.chain.path-length');
    expect(await reason('rfc5280::nc::excluded-dns-match')).toContain('x509.chain.name-constraints');
    expect(await reason('webpki::san::mismatch-domain-san')).toContain('x509.chain.hostname');
    expect(await reason('rfc5280::chain-untrusted-root')).toMatch(/x509\.chain\.(untrusted|issuer-unknown)/);
    expect(await reason('rfc5280::duplicate-extensions')).toBe('x509.certificate.malformed');
    expect(await reason('pathological::pathological-chain-same-subject-same-key')).not.toBe('');
  });
});
