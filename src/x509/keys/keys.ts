import { CertkitError } from '../../core/error.js';
import { createIssue, type IssueParam } from '../../core/issue.js';
import { DEFAULT_LIMITS, type LimitsOption, limitsOf, type WorkLimits } from '../../policy/limits.js';
import { bufferSource, toArrayBuffer } from '../der/encoding.js';
import { CURVES, OID } from '../der/oids.js';
import { type PemOrDer, readPem, writePem } from '../der/pem.js';
import { DerError } from '../der/reader.js';
import { resolveCrypto } from './crypto.js';
import {
  readEncryptedPrivateKeyInfo,
  readPbes2,
  readPrivateKeyInfo,
  readSec1Curve,
  wrapPkcs8,
  writeEncryptedPrivateKeyInfo,
} from './pkcs8.js';

/** Keys certkit generates (CSR-02). */
export type KeySpec =
  | { readonly type: 'RSA'; readonly size?: 2048 | 3072 | 4096 }
  | { readonly type: 'EC'; readonly curve?: 'P-256' | 'P-384' };

/** What a key is: `{ type: 'RSA', size: 2048 }`, `{ type: 'EC', curve: 'P-256' }`. */
export type KeyDescription =
  | { readonly type: 'RSA'; readonly size: number }
  | { readonly type: 'EC'; readonly curve: string };

/** PBKDF2 iterations for encrypted keys unless told otherwise (OWASP 2023 for PBKDF2-HMAC-SHA256). */
export const DEFAULT_PBKDF2_ITERATIONS = 600_000;

const RSA_SIZES = [2048, 3072, 4096];

/**
 * Generates a signing key pair with WebCrypto (CSR-02): RSA 2048/3072/4096 (e = 65537) or ECDSA
 * P-256/P-384. The private key is extractable so it can be exported. Default RSA 2048.
 *
 * @example
 * const keys = await generateKeyPair({ type: 'EC', curve: 'P-256' });
 */
export async function generateKeyPair(
  spec: KeySpec = { type: 'RSA', size: 2048 },
  options: { crypto?: Crypto } = {},
): Promise<CryptoKeyPair> {
  const { subtle } = resolveCrypto(options.crypto);
  if (spec?.type === 'RSA' && RSA_SIZES.includes(spec.size ?? 2048)) {
    const algorithm = {
      name: 'RSASSA-PKCS1-v1_5',
      modulusLength: spec.size ?? 2048,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: 'SHA-256',
    };
    return subtle.generateKey(algorithm, true, ['sign', 'verify']) as Promise<CryptoKeyPair>;
  }
  if (spec?.type === 'EC' && ['P-256', 'P-384'].includes(spec.curve ?? 'P-256')) {
    return subtle.generateKey({ name: 'ECDSA', namedCurve: spec.curve ?? 'P-256' }, true, [
      'sign',
      'verify',
    ]) as Promise<CryptoKeyPair>;
  }
  throw keyError('x509.key.unsupported', { key: JSON.stringify(spec ?? null) });
}

/** The type and size or curve of a WebCrypto key. */
export function describeKey(key: CryptoKey): KeyDescription {
  const algorithm = key.algorithm as RsaHashedKeyAlgorithm & EcKeyAlgorithm;
  if (algorithm.name === 'ECDSA') return { type: 'EC', curve: algorithm.namedCurve };
  return { type: 'RSA', size: algorithm.modulusLength };
}

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
  key: CryptoKey,
  options: {
    readonly password?: string;
    readonly iterations?: number;
    readonly forCloudUpload?: boolean;
    readonly crypto?: Crypto;
  } = {},
): Promise<string> {
  const crypto = resolveCrypto(options.crypto);
  if (!key?.extractable || key.type !== 'private') throw keyError('x509.key.not-extractable', {});
  if (options.password !== undefined && options.forCloudUpload === true)
    throw keyError('x509.key.cloud-password', {}, 'CSR-06');
  const pkcs8 = await crypto.subtle.exportKey('pkcs8', key);
  if (options.password === undefined) return writePem(pkcs8, 'PRIVATE KEY');
  const encrypted = await encryptPkcs8(crypto, new Uint8Array(pkcs8), options.password, options.iterations);
  return writePem(encrypted, 'ENCRYPTED PRIVATE KEY');
}

/**
 * PKCS#8 bytes as a DER `EncryptedPrivateKeyInfo` (PBES2: PBKDF2-HMAC-SHA256, AES-256-CBC, random
 * salt and IV) — what `exportPrivateKey` writes as PEM and a PFX carries in its key bag.
 * Throws `x509.key.password` for an empty password or iterations outside 1,000–2,000,000 (the
 * default `limits.maxPbkdf2Iterations`: certkit writes no key it would refuse to read).
 */
export async function encryptPkcs8(
  crypto: Crypto,
  pkcs8: Uint8Array,
  password: string,
  iterations = DEFAULT_PBKDF2_ITERATIONS,
): Promise<Uint8Array> {
  if (typeof password !== 'string' || password === '')
    throw keyError('x509.key.password', { reason: 'empty' }, 'CSR-06');
  if (!Number.isInteger(iterations) || iterations < 1000 || iterations > DEFAULT_LIMITS.maxPbkdf2Iterations)
    throw keyError('x509.key.password', { reason: 'iterations' }, 'CSR-06');
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(16));
  const aesKey = await deriveAesKey(crypto, password, salt, iterations, 'SHA-256', 256);
  const encrypted = await crypto.subtle.encrypt({ name: 'AES-CBC', iv }, aesKey, bufferSource(pkcs8));
  return writeEncryptedPrivateKeyInfo(salt, iterations, iv, new Uint8Array(encrypted));
}

/** The public key of an extractable private key, recomputed through JWK (WebCrypto has no direct way). */
export async function publicKeyFromPrivate(crypto: Crypto, privateKey: CryptoKey): Promise<CryptoKey> {
  const jwk = await crypto.subtle.exportKey('jwk', privateKey);
  const publicJwk =
    jwk.kty === 'RSA' ? { kty: 'RSA', n: jwk.n, e: jwk.e } : { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y };
  return crypto.subtle.importKey('jwk', publicJwk, privateKey.algorithm, true, ['verify']);
}

/**
 * Imports a private key (CHAIN-04) from `PRIVATE KEY` (PKCS#8), `ENCRYPTED PRIVATE KEY` (PBES2:
 * PBKDF2 with HMAC-SHA1/256/384/512, AES-128/192/256-CBC), `RSA PRIVATE KEY` (PKCS#1) or
 * `EC PRIVATE KEY` (SEC1), and returns the key pair (the public key is recomputed). Throws
 * `CertkitError`: `x509.key.password` (missing or wrong password), `x509.key.unsupported`
 * (DSA, Ed25519, other curves), `x509.key.encryption-unsupported` (legacy PBE, PEM `Proc-Type`),
 * `x509.key.malformed`, `x509.limit.exceeded` (a PBKDF2 count above the policy's
 * `limits.maxPbkdf2Iterations`, refused before any key derivation: the file, not the caller,
 * would otherwise choose the work).
 *
 * @example
 * const { privateKey, publicKey } = await importPrivateKey(pem, { password: 'secret' });
 */
export async function importPrivateKey(
  input: PemOrDer,
  options: { readonly password?: string; readonly crypto?: Crypto } & LimitsOption = {},
): Promise<CryptoKeyPair> {
  const crypto = resolveCrypto(options.crypto);
  const limits = limitsOf(options.policy);
  const { der, label } = readPem(
    input,
    ['PRIVATE KEY', 'ENCRYPTED PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY'],
    limits.maxInputLength,
  );
  return keyPairFromPkcs8(await toPkcs8(crypto, der, label, options.password, limits), { crypto });
}

/**
 * The key pair of a plain PKCS#8 private key (the public key is recomputed through JWK). The
 * lighter path `generateCsr` uses; `importPrivateKey` reads every format.
 */
export async function keyPairFromPkcs8(
  pkcs8: Uint8Array,
  options: { readonly crypto?: Crypto } = {},
): Promise<CryptoKeyPair> {
  const crypto = resolveCrypto(options.crypto);
  const algorithm = importAlgorithm(parse(pkcs8, readPrivateKeyInfo, 'PrivateKeyInfo'));
  let privateKey: CryptoKey;
  try {
    privateKey = await crypto.subtle.importKey('pkcs8', toArrayBuffer(pkcs8), algorithm, true, ['sign']);
  } catch {
    throw keyError('x509.key.malformed', { format: 'PKCS#8' });
  }
  const publicKey = await publicKeyFromPrivate(crypto, privateKey);
  return { privateKey, publicKey };
}

/**
 * A random password for `keystorePass.txt` (CSR-06): ASCII letters and digits without look-alikes
 * (Java keytool refuses non-ASCII), from `crypto.getRandomValues`. Default 20 characters.
 *
 * @example
 * generatePassword() // => 'h7KmPq2xVbN4rTz9WcYd'
 */
export function generatePassword(length = 20, options: { crypto?: Crypto } = {}): string {
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

/** PKCS#8 bytes from any supported format. */
async function toPkcs8(
  crypto: Crypto,
  der: Uint8Array,
  label: string,
  password: string | undefined,
  limits: WorkLimits,
): Promise<Uint8Array> {
  if (label === 'RSA PRIVATE KEY') return wrapPkcs8(der);
  if (label === 'EC PRIVATE KEY') {
    const curve = parse(der, readSec1Curve, 'ECPrivateKey');
    if (curve === undefined) throw keyError('x509.key.unsupported', { key: 'EC key without a named curve' });
    return wrapPkcs8(der, curve);
  }
  if (label === 'ENCRYPTED PRIVATE KEY' || (label === '' && looksEncrypted(der))) {
    if (password === undefined || password === '') throw keyError('x509.key.password', { reason: 'missing' }, 'CSR-06');
    return decryptPkcs8(crypto, parse(der, readEncryptedPrivateKeyInfo, 'EncryptedPrivateKeyInfo'), password, limits);
  }
  return der;
}

function importAlgorithm({ oid, curve }: { oid: string; curve?: string }): RsaHashedImportParams | EcKeyImportParams {
  if (oid === OID.rsaEncryption) return { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
  const namedCurve = oid === OID.ecPublicKey ? CURVES[curve ?? ''] : undefined;
  if (namedCurve !== undefined) return { name: 'ECDSA', namedCurve };
  throw keyError('x509.key.unsupported', { key: oid });
}

/** PBES2 (RFC 8018) with PBKDF2 and AES-CBC; other schemes are refused. */
async function decryptPkcs8(
  crypto: Crypto,
  info: ReturnType<typeof readEncryptedPrivateKeyInfo>,
  password: string,
  limits: WorkLimits,
): Promise<Uint8Array> {
  const { scheme, parameters } = info;
  if (scheme !== OID.pbes2 || parameters === undefined) throw keyError('x509.key.encryption-unsupported', { scheme });
  const pbes2 = readPbes2(parameters);
  if (pbes2 === undefined)
    throw keyError('x509.key.encryption-unsupported', { scheme: 'PBES2 with unsupported parameters' });
  if (pbes2.iterations > limits.maxPbkdf2Iterations)
    throw new CertkitError(
      createIssue('x509.limit.exceeded', null, {
        limit: 'maxPbkdf2Iterations',
        value: pbes2.iterations,
        max: limits.maxPbkdf2Iterations,
      }),
    );
  const aesKey = await deriveAesKey(crypto, password, pbes2.salt, pbes2.iterations, pbes2.hash, pbes2.keyBits);
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-CBC', iv: bufferSource(pbes2.iv) },
      aesKey,
      bufferSource(info.data),
    );
    const bytes = new Uint8Array(plain);
    readPrivateKeyInfo(bytes); // a wrong password that happens to unpad still fails here
    return bytes;
  } catch {
    throw keyError('x509.key.password', { reason: 'wrong' }, 'CSR-06');
  }
}

async function deriveAesKey(
  crypto: Crypto,
  password: string,
  salt: Uint8Array,
  iterations: number,
  hash: string,
  bits: number,
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', salt: toArrayBuffer(salt), iterations, hash },
    material,
    { name: 'AES-CBC', length: bits },
    false,
    ['encrypt', 'decrypt'],
  );
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

/** A DER reader with any failure turned into `x509.key.malformed`. */
function parse<T>(der: Uint8Array, read: (der: Uint8Array) => T, format: string): T {
  try {
    return read(der);
  } catch (error) {
    if (error instanceof DerError) throw keyError('x509.key.malformed', { format });
    throw error;
  }
}

function keyError(
  code: Parameters<typeof createIssue>[0],
  params: Record<string, IssueParam>,
  rule: 'CHAIN-04' | 'CSR-06' = 'CHAIN-04',
): CertkitError {
  return new CertkitError(createIssue(code, rule, params));
}
