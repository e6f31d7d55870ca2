import { invalidArgument, optionsArgument } from '../../core/argument.js';
import { writePem } from '../der/pem.js';
import { resolveCrypto } from './crypto.js';
import { keyError } from './key-error.js';
import { encryptPkcs8 } from './pbes2.js';
import { TRADITIONAL_CIPHERS, type TraditionalCipher, traditionalOf, writeTraditional } from './traditional.js';
import type { WebCrypto, WebCryptoKey } from './web-crypto.js';

/** How `exportPrivateKey` (and `exportSm2PrivateKey`) write a key. */
export interface PrivateKeyExportOptions {
  /** Encrypts the key with this password (never empty). */
  readonly password?: string;
  /** PBKDF2 iterations for encrypted PKCS#8 (default 600,000). */
  readonly iterations?: number;
  /** The key goes to a cloud load balancer or CDN, which takes no encrypted key: a password is refused. */
  readonly forCloudUpload?: boolean;
  /**
   * `pkcs8` (the default) or `traditional`: `RSA PRIVATE KEY` / `EC PRIVATE KEY`, with a password
   * encrypted the OpenSSL way (`Proc-Type: 4,ENCRYPTED`), for servers and panels that read no other.
   */
  readonly format?: 'pkcs8' | 'traditional';
  /** The traditional format's cipher; default AES-256-CBC. */
  readonly cipher?: TraditionalCipher;
  /** The WebCrypto to encrypt with (default `globalThis.crypto`). */
  readonly crypto?: WebCrypto;
}

/**
 * Exports a private key as PEM (CSR-06, CHAIN-04): PKCS#8 (`PRIVATE KEY`), or, with a password,
 * encrypted PKCS#8 (`ENCRYPTED PRIVATE KEY`, PBES2 with PBKDF2-HMAC-SHA256 and AES-256-CBC) that
 * `openssl pkey -passin` opens; with `format: 'traditional'`, PKCS#1 or SEC1 (`RSA PRIVATE KEY`,
 * `EC PRIVATE KEY`), encrypted the OpenSSL way with a password. Keys meant for cloud load balancers and CDNs must not be encrypted
 * (`forCloudUpload`). Throws `CertkitError` for a non-extractable key or an empty password.
 *
 * @example
 * await exportPrivateKey(keys.privateKey, { password: 'correct horse' }) // => '-----BEGIN ENCRYPTED PRIVATE KEY-----…'
 */
export async function exportPrivateKey(key: WebCryptoKey, options: PrivateKeyExportOptions = {}): Promise<string> {
  optionsArgument(options);
  const crypto = resolveCrypto(options.crypto);
  if (!key?.extractable || key.type !== 'private') throw keyError('x509.key.not-extractable', {});
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', key));
  return pemOfPkcs8(crypto, pkcs8, options);
}

/** The PEM `exportPrivateKey` writes for the PKCS#8 bytes of a key (any algorithm: SM2 keys too). */
export async function pemOfPkcs8(
  crypto: WebCrypto,
  pkcs8: Uint8Array,
  options: PrivateKeyExportOptions,
): Promise<string> {
  if (options.password !== undefined && options.forCloudUpload === true)
    throw keyError('x509.key.cloud-password', {}, 'CSR-06');
  if (options.password === '') throw keyError('x509.key.password', { reason: 'empty' }, 'CSR-06');
  if (options.format === 'traditional') {
    const cipher = options.cipher ?? 'AES-256-CBC';
    if (!Object.hasOwn(TRADITIONAL_CIPHERS, cipher))
      throw invalidArgument('options.cipher', Object.keys(TRADITIONAL_CIPHERS).join(', '), cipher);
    return writeTraditional(crypto, traditionalOf(pkcs8), options.password, cipher);
  }
  if (options.format !== undefined && options.format !== 'pkcs8')
    throw invalidArgument('options.format', "'pkcs8' or 'traditional'", options.format);
  if (options.password === undefined) return writePem(pkcs8, 'PRIVATE KEY');
  const encrypted = await encryptPkcs8(crypto, new Uint8Array(pkcs8), options.password, options.iterations);
  return writePem(encrypted, 'ENCRYPTED PRIVATE KEY');
}
