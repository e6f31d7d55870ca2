import { describe, expect, it } from 'vitest';
import { CertkitError } from '../../../src/core/index.js';
import { assembleChain } from '../../../src/x509/index.js';
import { type ChromiumChainCase, chromiumChainCases } from './chromium-verify-chain.js';

const cases = chromiumChainCases();

async function verdict(testcase: ChromiumChainCase): Promise<{ ok: boolean; why: string }> {
  const anchor = testcase.chain[testcase.chain.length - 1] as string;
  // a certificate trusted only as a leaf is no anchor for a longer chain
  const distrusted =
    testcase.trust === 'DISTRUSTED' ||
    testcase.trust === 'UNSPECIFIED' ||
    (testcase.trust.startsWith('TRUSTED_LEAF') && testcase.chain.length > 1);
  try {
    const purpose = testcase.purpose.startsWith('SERVER')
      ? 'serverAuth'
      : testcase.purpose.startsWith('CLIENT')
        ? 'clientAuth'
        : 'any';
    const result = await assembleChain(testcase.chain.length > 1 ? testcase.chain.slice(0, -1) : testcase.chain, {
      trustAnchors: distrusted ? [] : [anchor],
      now: testcase.now,
      profile: 'rfc5280',
      purpose,
      strictEku: testcase.purpose.endsWith('STRICT_LEAF') ? 'leaf' : testcase.purpose.endsWith('STRICT'),
      anchorConstraints: /CONSTRAINTS/.test(testcase.trust),
      anchorValidity: /EXPIRATION/.test(testcase.trust),
      algorithms: { minRsaBits: 1024, allowSha1: testcase.digestPolicy !== 'STRONG' },
    });
    const errors = result.issues.filter((issue) => issue.severity === 'error');
    return {
      ok: result.ok && result.trusted,
      why: errors.map((issue) => `${issue.code} ${JSON.stringify(issue.params)}`).join('; '),
    };
  } catch (error) {
    if (!(error instanceof CertkitError)) throw error;
    return { ok: false, why: error.code };
  }
}

describe('Chromium verify_certificate_chain suite', () => {
  it('runs', { timeout: 120_000 }, async () => {
    const misses: string[] = [];
    for (const testcase of cases) {
      const { ok, why } = await verdict(testcase);
      if (ok !== testcase.expectValid)
        misses.push(
          `${testcase.id} [${testcase.trust} ${testcase.purpose}] expected ${testcase.expectValid ? 'valid' : testcase.errors.replace(/\n/g, ' | ')} got ${ok ? 'valid' : why}`,
        );
    }
    console.log(`${cases.length - misses.length}/${cases.length}\n${misses.join('\n')}`);
    expect(cases.length).toBeGreaterThan(190);
  });
});
