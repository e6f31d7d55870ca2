import { CertkitError } from '../src/core/index.js';

/** The one CertkitError a call throws, for asserting its code, parameters and subject together. */
export function thrown(call: () => unknown): CertkitError {
  try {
    call();
  } catch (error) {
    if (error instanceof CertkitError) return error;
    throw error;
  }
  throw new Error('expected a CertkitError');
}
