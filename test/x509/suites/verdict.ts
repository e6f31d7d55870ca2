import { CertkitError } from '../../../src/core/index.js';
import { type AssembleChainOptions, assembleChain, type PemOrDer } from '../../../src/x509/index.js';

/** What certkit says of one suite case: trusted or not, and the error issues (or the error code) why. */
export interface Verdict {
  readonly ok: boolean;
  readonly why: string;
}

/**
 * `assembleChain` as the suites ask it: `ok` means a trusted chain without errors; a
 * `CertkitError` (unreadable input) is a refusal with its code; any other exception is a bug and
 * is rethrown.
 */
export async function chainVerdict(input: readonly PemOrDer[], options: AssembleChainOptions): Promise<Verdict> {
  try {
    const result = await assembleChain(input, options);
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

/** The ids of the cases whose verdict is not the expected one, in order, and the line the suite prints. */
export async function missesOf<T extends { readonly id: string }>(
  suite: string,
  cases: readonly T[],
  verdict: (testcase: T) => Promise<Verdict>,
  expected: (testcase: T) => boolean,
): Promise<{ misses: string[]; rate: number }> {
  const misses: string[] = [];
  for (const testcase of cases) if ((await verdict(testcase)).ok !== expected(testcase)) misses.push(testcase.id);
  const passed = cases.length - misses.length;
  console.log(`${suite}: ${passed}/${cases.length} (${((passed / cases.length) * 100).toFixed(1)}%)`);
  return { misses, rate: passed / cases.length };
}
