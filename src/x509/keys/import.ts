import { bytesArgument, optionsArgument } from '../../core/argument.js';
import { type LimitsOption, limitsOf, type WorkLimits } from '../../policy/limits.js';
import { toArrayBuffer } from '../der/encoding.js';
import { CURVES, OID } from '../der/oids.js';
import { type PemOrDer, readPem } from '../der/pem.js';
import { resolveCrypto } from './crypto.js';
import { keyError, parseKeyDer } from './key-error.js';
import { decryptPkcs8 } from './pbes2.js';
import { readEncryptedPrivateKeyInfo, readPrivateKeyInfo, readSec1Curve, wrapPkcs8 } from './pkcs8.js';
import { decryptTraditional, readTraditionalBlock } from './traditional.js';
import type { WebCrypto, WebCryptoKey, WebCryptoKeyPair } from './web-crypto.js';

/** The public key of an extractable private key, recomputed through JWK (WebCrypto has no direct way). */
export async function publicKeyFromPrivate(crypto: WebCrypto, privateKey: WebCryptoKey): Promise<WebCryptoKey> {
  const jwk = await crypto.subtle.exportKey('jwk', privateKey);
  const publicJwk =
    jwk.kty === 'RSA' ? { kty: 'RSA', n: jwk.n, e: jwk.e } : { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y };
  return crypto.subtle.importKey('jwk', publicJwk, privateKey.algorithm, true, ['verify']);
}

/**
 * Imports a private key (CHAIN-04) from `PRIVATE KEY` (PKCS#8), `ENCRYPTED PRIVATE KEY` (PBES2:
 * PBKDF2 with HMAC-SHA1/256/384/512, AES-128/192/256-CBC), `RSA PRIVATE KEY` (PKCS#1) or
 * `EC PRIVATE KEY` (SEC1) — the last two also encrypted the traditional OpenSSL way
 * (`Proc-Type: 4,ENCRYPTED`, `DEK-Info` AES-128/192/256-CBC or DES-EDE3-CBC) — and returns the key
 * pair (the public key is recomputed). Throws `CertkitError`: `x509.key.password` (missing or
 * wrong password), `x509.key.unsupported` (DSA, Ed25519, other curves),
 * `x509.key.encryption-unsupported` (legacy PBE, other DEK-Info ciphers),
 * `x509.key.malformed`, `x509.limit.exceeded` (a PBKDF2 count above the policy's
 * `limits.maxPbkdf2Iterations`, refused before any key derivation: the file, not the caller,
 * would otherwise choose the work).
 *
 * @example
 * const { privateKey, publicKey } = await importPrivateKey(pem, { password: 'secret' });
 */
export async function importPrivateKey(
  input: PemOrDer,
  options: { readonly password?: string; readonly crypto?: WebCrypto } & LimitsOption = {},
): Promise<WebCryptoKeyPair> {
  optionsArgument(options);
  const crypto = resolveCrypto(options.crypto);
  return keyPairFromPkcs8(await readPrivateKeyPkcs8(input, options, crypto), { crypto });
}

/**
 * The plain PKCS#8 bytes of a private key in any format `importPrivateKey` reads, decrypted with
 * the password where it is encrypted — whatever its algorithm (SM2 keys come this way too).
 */
export async function readPrivateKeyPkcs8(
  input: PemOrDer,
  options: { readonly password?: string } & LimitsOption,
  crypto: WebCrypto,
): Promise<Uint8Array> {
  const limits = limitsOf(options.policy);
  // OpenSSL's traditional encryption (`Proc-Type: 4,ENCRYPTED`), before the reader that refuses headers
  const traditional =
    typeof input === 'string' && input.length <= limits.maxInputLength ? readTraditionalBlock(input) : undefined;
  if (traditional !== undefined) {
    if (options.password === undefined || options.password === '')
      throw keyError('x509.key.password', { reason: 'missing' }, 'CSR-06');
    const der = await decryptTraditional(crypto, traditional, options.password);
    return toPkcs8(crypto, der, traditional.label, undefined, limits);
  }
  const { der, label } = readPem(
    input,
    ['PRIVATE KEY', 'ENCRYPTED PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY', 'SM2 PRIVATE KEY'],
    limits.maxInputLength,
  );
  return toPkcs8(crypto, der, label, options.password, limits);
}

/**
 * The key pair of a plain PKCS#8 private key (the public key is recomputed through JWK). The
 * lighter path `generateCsr` uses; `importPrivateKey` reads every format.
 *
 * @example
 * const pair = await keyPairFromPkcs8(readPem(privateKeyPem, ['PRIVATE KEY']).der)
 * pair.publicKey.type // => 'public'
 */
export async function keyPairFromPkcs8(
  pkcs8: Uint8Array,
  options: { readonly crypto?: WebCrypto } = {},
): Promise<WebCryptoKeyPair> {
  optionsArgument(options);
  const crypto = resolveCrypto(options.crypto);
  const algorithm = importAlgorithm(parseKeyDer(bytesArgument(pkcs8, 'pkcs8'), readPrivateKeyInfo, 'PrivateKeyInfo'));
  let privateKey: WebCryptoKey;
  try {
    privateKey = await crypto.subtle.importKey('pkcs8', toArrayBuffer(pkcs8), algorithm, true, ['sign']);
  } catch {
    throw keyError('x509.key.malformed', { format: 'PKCS#8' });
  }
  const publicKey = await publicKeyFromPrivate(crypto, privateKey);
  return { privateKey, publicKey };
}

/** PKCS#8 bytes from any supported format. */
async function toPkcs8(
  crypto: WebCrypto,
  der: Uint8Array,
  label: string,
  password: string | undefined,
  limits: WorkLimits,
): Promise<Uint8Array> {
  if (label === 'RSA PRIVATE KEY') return wrapPkcs8(der);
  if (label === 'EC PRIVATE KEY' || label === 'SM2 PRIVATE KEY') {
    // OpenSSL 3's `SM2 PRIVATE KEY` is SEC1 on the SM2 curve, named or not
    const curve =
      parseKeyDer(der, readSec1Curve, 'ECPrivateKey') ?? (label === 'SM2 PRIVATE KEY' ? OID.sm2 : undefined);
    if (curve === undefined) throw keyError('x509.key.unsupported', { key: 'EC key without a named curve' });
    return wrapPkcs8(der, curve);
  }
  if (label === 'ENCRYPTED PRIVATE KEY' || (label === '' && looksEncrypted(der))) {
    if (password === undefined || password === '') throw keyError('x509.key.password', { reason: 'missing' }, 'CSR-06');
    return decryptPkcs8(
      crypto,
      parseKeyDer(der, readEncryptedPrivateKeyInfo, 'EncryptedPrivateKeyInfo'),
      password,
      limits,
    );
  }
  return der;
}

function importAlgorithm({ oid, curve }: { oid: string; curve?: string }): RsaHashedImportParams | EcKeyImportParams {
  if (oid === OID.rsaEncryption) return { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
  const namedCurve = oid === OID.ecPublicKey ? CURVES[curve ?? ''] : undefined;
  if (namedCurve !== undefined) return { name: 'ECDSA', namedCurve };
  // CHAIN-04: SM2 material is refused with its own issue, never taken as some other key
  if (curve === OID.sm2) throw keyError('x509.key.sm2', {});
  throw keyError('x509.key.unsupported', { key: oid });
}

function looksEncrypted(der: Uint8Array): boolean {
  try {
    readEncryptedPrivateKeyInfo(der);
  } catch {
    return false;
  }
  try {
    readPrivateKeyInfo(der);
    return false;
  } catch {
    return true;
  }
}
