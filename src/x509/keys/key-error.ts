import type { IssueCode } from '../../core/codes.js';
import { CertkitError } from '../../core/error.js';
import { createIssue, type IssueParams } from '../../core/issue.js';
import { DerError } from '../der/reader.js';

/** The `CertkitError` of a key problem (CHAIN-04, or CSR-06 for passwords). */
export function keyError<C extends IssueCode>(
  code: C,
  params: IssueParams[C],
  rule: 'CHAIN-04' | 'CSR-06' = 'CHAIN-04',
): CertkitError {
  return new CertkitError(createIssue(code, rule, params));
}

/** A DER reader with any failure turned into `x509.key.malformed`. */
export function parseKeyDer<T>(der: Uint8Array, read: (der: Uint8Array) => T, format: string): T {
  try {
    return read(der);
  } catch (error) {
    if (error instanceof DerError) throw keyError('x509.key.malformed', { format });
    throw error;
  }
}
