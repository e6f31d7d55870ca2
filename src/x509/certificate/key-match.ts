import { optionsArgument } from '../../core/argument.js';
import { CertkitError } from '../../core/error.js';
import { createIssue } from '../../core/issue.js';
import { toHex } from '../der/encoding.js';
import type { PemOrDer } from '../der/pem.js';
import { resolveCrypto } from '../keys/crypto.js';
import { importPrivateKey, publicKeyFromPrivate } from '../keys/import.js';
import type { WebCrypto, WebCryptoKey, WebCryptoKeyPair } from '../keys/web-crypto.js';
import { type CertInfo, parseCertificate } from './parse.js';

/** A private key as users hold it: PEM text (any format `importPrivateKey` reads), a key pair, or an extractable private `CryptoKey`. */
export type PrivateKeyInput = string | WebCryptoKeyPair | WebCryptoKey;

/**
 * The SHA-256 of the SubjectPublicKeyInfo that belongs to a private key — the value a
 * certificate's and a CSR's `publicKeyFingerprint` carry (CSR-04).
 *
 * @example
 * const { csrPem, privateKeyPem } = await generateCsr({ domains: ['www.example.com'] });
 * (await publicKeyFingerprintOf(privateKeyPem)) === (await parseCsr(csrPem)).publicKeyFingerprint // => true
 */
export async function publicKeyFingerprintOf(
  key: PrivateKeyInput,
  options: { readonly password?: string; readonly crypto?: WebCrypto } = {},
): Promise<string> {
  optionsArgument(options);
  const crypto = resolveCrypto(options.crypto);
  const publicKey = await publicKeyOf(key, crypto, options.password);
  return toHex(await crypto.subtle.digest('SHA-256', await crypto.subtle.exportKey('spki', publicKey)));
}

/**
 * CHAIN-04: does the private key belong to the certificate? Compares the certificate's public key
 * with the one derived from the private key.
 *
 * @example
 * await keyMatchesCertificate(keyPem, certPem) // => true
 */
export async function keyMatchesCertificate(
  privateKey: PrivateKeyInput,
  certificate: CertInfo | PemOrDer,
  options: { readonly password?: string; readonly crypto?: WebCrypto } = {},
): Promise<boolean> {
  optionsArgument(options);
  const info = isCertInfo(certificate) ? certificate : await parseCertificate(certificate, options);
  return (await publicKeyFingerprintOf(privateKey, options)) === info.publicKeyFingerprint;
}

async function publicKeyOf(
  key: PrivateKeyInput,
  crypto: WebCrypto,
  password: string | undefined,
): Promise<WebCryptoKey> {
  if (typeof key === 'string')
    return (await importPrivateKey(key, { crypto, ...(password === undefined ? {} : { password }) })).publicKey;
  if (isKeyPair(key)) return key.publicKey;
  if (key?.type === 'public') return key;
  if (key?.type !== 'private' || !key.extractable)
    throw new CertkitError(createIssue('x509.key.not-extractable', 'CHAIN-04'));
  return publicKeyFromPrivate(crypto, key);
}

function isKeyPair(key: unknown): key is WebCryptoKeyPair {
  return typeof key === 'object' && key !== null && 'publicKey' in key && 'privateKey' in key;
}

function isCertInfo(value: unknown): value is CertInfo {
  return typeof value === 'object' && value !== null && 'fingerprints' in value && 'publicKeyFingerprint' in value;
}
