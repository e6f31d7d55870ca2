import { optionsArgument } from '../../core/argument.js';
import { writePem } from '../der/pem.js';
import { resolveCrypto } from './crypto.js';
import { keyError } from './key-error.js';
import { encryptPkcs8 } from './pbes2.js';
import type { WebCrypto, WebCryptoKey } from './web-crypto.js';

/**
 * Exports a private key as PEM (CSR-06, CHAIN-04): PKCS#8 (`PRIVATE KEY`), or, with a password,
 * encrypted PKCS#8 (`ENCRYPTED PRIVATE KEY`, PBES2 with PBKDF2-HMAC-SHA256 and AES-256-CBC) that
 * `openssl pkey -passin` opens. Keys meant for cloud load balancers and CDNs must not be encrypted
 * (`forCloudUpload`). Throws `CertkitError` for a non-extractable key or an empty password.
 *
 * @example
 * await exportPrivateKey(keys.privateKey, { password: 'correct horse' }) // => '-----BEGIN ENCRYPTED PRIVATE KEY-----…'
 */
export async function exportPrivateKey(
  key: WebCryptoKey,
  options: {
    readonly password?: string;
    readonly iterations?: number;
    readonly forCloudUpload?: boolean;
    readonly crypto?: WebCrypto;
  } = {},
): Promise<string> {
  optionsArgument(options);
  const crypto = resolveCrypto(options.crypto);
  if (!key?.extractable || key.type !== 'private') throw keyError('x509.key.not-extractable', {});
  if (options.password !== undefined && options.forCloudUpload === true)
    throw keyError('x509.key.cloud-password', {}, 'CSR-06');
  const pkcs8 = await crypto.subtle.exportKey('pkcs8', key);
  if (options.password === undefined) return writePem(pkcs8, 'PRIVATE KEY');
  const encrypted = await encryptPkcs8(crypto, new Uint8Array(pkcs8), options.password, options.iterations);
  return writePem(encrypted, 'ENCRYPTED PRIVATE KEY');
}
