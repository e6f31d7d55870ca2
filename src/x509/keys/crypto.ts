import { invalidArgument } from '../../core/argument.js';
import { CertkitError } from '../../core/error.js';
import { createIssue } from '../../core/issue.js';
import type { WebCrypto } from './web-crypto.js';

/**
 * The WebCrypto implementation to use: the one the caller passes, else `globalThis.crypto`
 * (Node ≥ 20 and every current browser). Throws `CertkitError` `x509.crypto.unavailable`.
 */
export function resolveCrypto(crypto?: WebCrypto): WebCrypto {
  if (crypto !== undefined && typeof crypto?.subtle?.digest !== 'function')
    throw invalidArgument('options.crypto', 'a WebCrypto Crypto', crypto);
  const found = crypto ?? (globalThis as { crypto?: WebCrypto }).crypto;
  if (found?.subtle === undefined) throw new CertkitError(createIssue('x509.crypto.unavailable', null));
  return found;
}
