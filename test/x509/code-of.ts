import { CertkitError } from '../../src/core/index.js';

/** The `CertkitError` code a promise rejects with, `undefined` when it resolves; any other error is rethrown. */
export async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CertkitError) return error.code;
    throw error;
  }
  return undefined;
}
