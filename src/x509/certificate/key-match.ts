import { optionsArgument } from '../../core/argument.js';
import { CertkitError } from '../../core/error.js';
import { createIssue } from '../../core/issue.js';
import { bufferSource, toHex } from '../der/encoding.js';
import type { PemOrDer } from '../der/pem.js';
import { resolveCrypto } from '../keys/crypto.js';
import { keyPairFromPkcs8, publicKeyFromPrivate, readPrivateKeyPkcs8 } from '../keys/import.js';
import type { WebCrypto, WebCryptoKey, WebCryptoKeyPair } from '../keys/web-crypto.js';
import type { Sm2KeyPair } from '../sm2/key-pair.js';
import { type CertInfo, parseCertificate } from './parse.js';

/**
 * A private key as users hold it: PEM text (any format `importPrivateKey` reads, SM2 keys
 * included), a key pair (WebCrypto's or an SM2 one), or an extractable private `CryptoKey`.
 */
export type PrivateKeyInput = string | WebCryptoKeyPair | WebCryptoKey | Sm2KeyPair;

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
  const spki = await spkiOf(key, crypto, options.password);
  return toHex(await crypto.subtle.digest('SHA-256', bufferSource(spki)));
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

async function spkiOf(key: PrivateKeyInput, crypto: WebCrypto, password: string | undefined): Promise<Uint8Array> {
  if (typeof key === 'string') return spkiOfPem(key, crypto, password);
  if (isSm2Pair(key)) return key.publicKey.spki;
  return new Uint8Array(
    await crypto.subtle.exportKey('spki', await publicKeyOf(key as WebCryptoKeyPair | WebCryptoKey, crypto)),
  );
}

/** The SPKI of a PEM key; an SM2 one through certkit's SM2 code, loaded only when one is met. */
async function spkiOfPem(pem: string, crypto: WebCrypto, password: string | undefined): Promise<Uint8Array> {
  const pkcs8 = await readPrivateKeyPkcs8(pem, password === undefined ? {} : { password }, crypto);
  try {
    return new Uint8Array(await crypto.subtle.exportKey('spki', (await keyPairFromPkcs8(pkcs8, { crypto })).publicKey));
  } catch (error) {
    if (!(error instanceof CertkitError) || error.code !== 'x509.key.sm2') throw error;
    const sm2 = await import('../sm2/key-pair.js');
    return sm2.sm2KeyPairFromPkcs8(pkcs8).publicKey.spki;
  }
}

async function publicKeyOf(key: WebCryptoKeyPair | WebCryptoKey, crypto: WebCrypto): Promise<WebCryptoKey> {
  if (isKeyPair(key)) return key.publicKey;
  if (key?.type === 'public') return key;
  if (key?.type !== 'private' || !key.extractable)
    throw new CertkitError(createIssue('x509.key.not-extractable', 'CHAIN-04'));
  return publicKeyFromPrivate(crypto, key);
}

/** An SM2 pair by its shape: key-pair.ts's own check would import the curve code into every bundle. */
function isSm2Pair(key: unknown): key is Sm2KeyPair {
  return isKeyPair(key) && (key.publicKey as { algorithm?: unknown }).algorithm === 'SM2';
}

function isKeyPair(key: unknown): key is WebCryptoKeyPair {
  return typeof key === 'object' && key !== null && 'publicKey' in key && 'privateKey' in key;
}

function isCertInfo(value: unknown): value is CertInfo {
  return typeof value === 'object' && value !== null && 'fingerprints' in value && 'publicKeyFingerprint' in value;
}
