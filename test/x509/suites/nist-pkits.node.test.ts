import { describe, expect, it } from 'vitest';
import { CertkitError } from '../../../src/core/index.js';
import { assembleChain } from '../../../src/x509/index.js';
import { type PkitsCase, pkitsCases } from './nist-pkits.js';

const cases = pkitsCases();
/** PKITS certificates are valid from 2010 to 2030; BoringSSL validates them at this instant. */
const NOW = Date.UTC(2011, 3, 15);

async function verdict(testcase: PkitsCase): Promise<{ ok: boolean; why: string }> {
  const [anchor, ...rest] = testcase.certificates as [Uint8Array, ...Uint8Array[]];
  try {
    const result = await assembleChain([...rest].reverse(), {
      trustAnchors: [anchor],
      now: NOW,
      profile: 'rfc5280',
      purpose: 'any',
      anchorConstraints: false,
      algorithms: { minRsaBits: 1024, allowSha1: true },
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

describe('NIST PKITS 1.0.1 (test/fixtures/pki-suites)', () => {
  it('runs', { timeout: 120_000 }, async () => {
    const misses: string[] = [];
    for (const testcase of cases) {
      const { ok, why } = await verdict(testcase);
      if (ok !== testcase.shouldValidate)
        misses.push(`${testcase.id} ${testcase.name}: expected ${testcase.shouldValidate} got ${ok ? 'valid' : why.slice(0, 150)}`);
    }
    console.log(`PKITS ${cases.length - misses.length}/${cases.length}\n${misses.join('\n')}`);
    expect(cases.length).toBe(249);
  });
});
