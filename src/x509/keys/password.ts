import { optionsArgument } from '../../core/argument.js';
import { resolveCrypto } from './crypto.js';
import { keyError } from './key-error.js';
import type { WebCrypto } from './web-crypto.js';

/**
 * A random password for `keystorePass.txt` (CSR-06): ASCII letters and digits without look-alikes
 * (Java keytool refuses non-ASCII), from `crypto.getRandomValues`. Default 20 characters.
 *
 * @example
 * generatePassword() // => 'h7KmPq2xVbN4rTz9WcYd'
 */
export function generatePassword(length = 20, options: { crypto?: WebCrypto } = {}): string {
  optionsArgument(options);
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  if (!Number.isInteger(length) || length < 8 || length > 256)
    throw keyError('x509.key.password', { reason: 'length' }, 'CSR-06');
  const crypto = resolveCrypto(options.crypto);
  const limit = 256 - (256 % alphabet.length); // rejection sampling keeps every character equally likely
  let password = '';
  while (password.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length * 2))) {
      if (byte < limit && password.length < length) password += alphabet[byte % alphabet.length];
    }
  }
  return password;
}
