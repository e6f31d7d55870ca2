import { ECParameters, ECPrivateKey } from '@peculiar/asn1-ecc';
import { EncryptedData, EncryptedPrivateKeyInfo, PrivateKeyInfo } from '@peculiar/asn1-pkcs8';
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import { AlgorithmIdentifier } from '@peculiar/asn1-x509';
import * as asn1js from 'asn1js';
import { CertkitError } from '../core/error.js';
import { createIssue, type IssueParam } from '../core/issue.js';
import { resolveCrypto } from './crypto.js';
import { toArrayBuffer } from './encoding.js';
import { CURVES, OID } from './oids.js';
import { type PemOrDer, readPem, writePem } from './pem.js';

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
const NULL_PARAMETERS = new Uint8Array([5, 0]).buffer;

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
  if (typeof options.password !== 'string' || options.password === '')
    throw keyError('x509.key.password', { reason: 'empty' }, 'CSR-06');
  const iterations = options.iterations ?? DEFAULT_PBKDF2_ITERATIONS;
  if (!Number.isInteger(iterations) || iterations < 1000 || iterations > 10_000_000)
    throw keyError('x509.key.password', { reason: 'iterations' }, 'CSR-06');
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(16));
  const aesKey = await deriveAesKey(crypto, options.password, salt, iterations, 'SHA-256', 256);
  const encrypted = await crypto.subtle.encrypt({ name: 'AES-CBC', iv }, aesKey, pkcs8);
  const info = new EncryptedPrivateKeyInfo({
    encryptionAlgorithm: new AlgorithmIdentifier({
      algorithm: OID.pbes2,
      parameters: pbes2Parameters(salt, iterations, iv),
    }),
    encryptedData: new EncryptedData(encrypted),
  });
  return writePem(AsnConvert.serialize(info), 'ENCRYPTED PRIVATE KEY');
}

/**
 * Imports a private key (CHAIN-04) from `PRIVATE KEY` (PKCS#8), `ENCRYPTED PRIVATE KEY` (PBES2:
 * PBKDF2 with HMAC-SHA1/256/384/512, AES-128/192/256-CBC), `RSA PRIVATE KEY` (PKCS#1) or
 * `EC PRIVATE KEY` (SEC1), and returns the key pair (the public key is recomputed). Throws
 * `CertkitError`: `x509.key.password` (missing or wrong password), `x509.key.unsupported`
 * (DSA, Ed25519, other curves), `x509.key.encryption-unsupported` (legacy PBE, PEM `Proc-Type`),
 * `x509.key.malformed`.
 *
 * @example
 * const { privateKey, publicKey } = await importPrivateKey(pem, { password: 'secret' });
 */
export async function importPrivateKey(
  input: PemOrDer,
  options: { readonly password?: string; readonly crypto?: Crypto } = {},
): Promise<CryptoKeyPair> {
  const crypto = resolveCrypto(options.crypto);
  const { der, label } = readPem(input, ['PRIVATE KEY', 'ENCRYPTED PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY']);
  return keyPairFromPkcs8(await toPkcs8(crypto, der, label, options.password), { crypto });
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
  const info = parse(pkcs8, PrivateKeyInfo);
  const algorithm = importAlgorithm(info);
  let privateKey: CryptoKey;
  try {
    privateKey = await crypto.subtle.importKey('pkcs8', toArrayBuffer(pkcs8), algorithm, true, ['sign']);
  } catch {
    throw keyError('x509.key.malformed', { format: 'PKCS#8' });
  }
  const jwk = await crypto.subtle.exportKey('jwk', privateKey);
  const publicJwk =
    jwk.kty === 'RSA' ? { kty: 'RSA', n: jwk.n, e: jwk.e } : { kty: 'EC', crv: jwk.crv, x: jwk.x, y: jwk.y };
  const publicKey = await crypto.subtle.importKey('jwk', publicJwk, algorithm, true, ['verify']);
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
): Promise<Uint8Array> {
  if (label === 'RSA PRIVATE KEY') {
    return wrapPkcs8(OID.rsaEncryption, NULL_PARAMETERS, der);
  }
  if (label === 'EC PRIVATE KEY') {
    const sec1 = parse(der, ECPrivateKey);
    const curve = sec1.parameters?.namedCurve;
    if (curve === undefined) throw keyError('x509.key.unsupported', { key: 'EC key without a named curve' });
    return wrapPkcs8(OID.ecPublicKey, AsnConvert.serialize(new ECParameters({ namedCurve: curve })), der);
  }
  if (label === 'ENCRYPTED PRIVATE KEY' || (label === '' && looksEncrypted(der))) {
    if (password === undefined || password === '') throw keyError('x509.key.password', { reason: 'missing' }, 'CSR-06');
    return decryptPkcs8(crypto, parse(der, EncryptedPrivateKeyInfo), password);
  }
  return der;
}

function wrapPkcs8(algorithm: string, parameters: ArrayBuffer, privateKey: Uint8Array): Uint8Array {
  const info = new PrivateKeyInfo({
    version: 0,
    privateKeyAlgorithm: new AlgorithmIdentifier({ algorithm, parameters }),
    privateKey: new OctetString(toArrayBuffer(privateKey)),
  });
  return new Uint8Array(AsnConvert.serialize(info));
}

function importAlgorithm(info: PrivateKeyInfo): RsaHashedImportParams | EcKeyImportParams {
  const oid = info.privateKeyAlgorithm.algorithm;
  if (oid === OID.rsaEncryption) return { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
  if (oid === OID.ecPublicKey) {
    const parameters = info.privateKeyAlgorithm.parameters;
    const curve = parameters ? CURVES[AsnConvert.parse(parameters, ECParameters).namedCurve ?? ''] : undefined;
    if (curve !== undefined) return { name: 'ECDSA', namedCurve: curve };
  }
  throw keyError('x509.key.unsupported', { key: oid });
}

/** PBES2 (RFC 8018) with PBKDF2 and AES-CBC; other schemes are refused. */
async function decryptPkcs8(crypto: Crypto, info: EncryptedPrivateKeyInfo, password: string): Promise<Uint8Array> {
  const scheme = info.encryptionAlgorithm.algorithm;
  const parameters = info.encryptionAlgorithm.parameters;
  if (scheme !== OID.pbes2 || !parameters) throw keyError('x509.key.encryption-unsupported', { scheme });
  const pbes2 = readPbes2(parameters);
  if (pbes2 === undefined)
    throw keyError('x509.key.encryption-unsupported', { scheme: 'PBES2 with unsupported parameters' });
  const aesKey = await deriveAesKey(crypto, password, pbes2.salt, pbes2.iterations, pbes2.hash, pbes2.keyBits);
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-CBC', iv: pbes2.iv },
      aesKey,
      toArrayBuffer(new Uint8Array(info.encryptedData.buffer)),
    );
    const bytes = new Uint8Array(plain);
    AsnConvert.parse(bytes, PrivateKeyInfo); // a wrong password that happens to unpad still fails here
    return bytes;
  } catch {
    throw keyError('x509.key.password', { reason: 'wrong' }, 'CSR-06');
  }
}

const PRF_HASHES: Readonly<Record<string, string>> = {
  [OID.hmacWithSHA1]: 'SHA-1',
  [OID.hmacWithSHA256]: 'SHA-256',
  [OID.hmacWithSHA384]: 'SHA-384',
  [OID.hmacWithSHA512]: 'SHA-512',
};
const AES_BITS: Readonly<Record<string, number>> = { [OID.aes128Cbc]: 128, [OID.aes192Cbc]: 192, [OID.aes256Cbc]: 256 };

/** PBES2-params → salt, iterations, PRF hash, AES key size and IV, or `undefined` when unsupported. */
function readPbes2(parameters: ArrayBuffer) {
  const parsed = asn1js.fromBER(parameters);
  if (parsed.offset === -1 || !(parsed.result instanceof asn1js.Sequence)) return undefined;
  const [kdf, encryption] = parsed.result.valueBlock.value as asn1js.Sequence[];
  const [kdfOid, kdfParams] = (kdf?.valueBlock.value ?? []) as [asn1js.ObjectIdentifier?, asn1js.Sequence?];
  const [encOid, ivValue] = (encryption?.valueBlock.value ?? []) as [asn1js.ObjectIdentifier?, asn1js.OctetString?];
  if (kdfOid?.valueBlock.toString() !== OID.pbkdf2 || kdfParams === undefined || ivValue === undefined)
    return undefined;
  const fields = kdfParams.valueBlock.value;
  const salt = fields[0] instanceof asn1js.OctetString ? new Uint8Array(fields[0].valueBlock.valueHexView) : undefined;
  const iterations = fields[1] instanceof asn1js.Integer ? fields[1].valueBlock.valueDec : undefined;
  const prf = fields.find((field): field is asn1js.Sequence => field instanceof asn1js.Sequence);
  const prfOid =
    prf === undefined ? OID.hmacWithSHA1 : (prf.valueBlock.value[0] as asn1js.ObjectIdentifier).valueBlock.toString();
  const hash = PRF_HASHES[prfOid];
  const keyBits = AES_BITS[encOid?.valueBlock.toString() ?? ''];
  if (
    salt === undefined ||
    iterations === undefined ||
    iterations < 1 ||
    iterations > 10_000_000 ||
    hash === undefined ||
    keyBits === undefined
  )
    return undefined;
  return { salt, iterations, hash, keyBits, iv: new Uint8Array(ivValue.valueBlock.valueHexView) };
}

function pbes2Parameters(salt: Uint8Array, iterations: number, iv: Uint8Array): ArrayBuffer {
  const oid = (value: string) => new asn1js.ObjectIdentifier({ value });
  const kdf = new asn1js.Sequence({
    value: [
      oid(OID.pbkdf2),
      new asn1js.Sequence({
        value: [
          new asn1js.OctetString({ valueHex: toArrayBuffer(salt) }),
          new asn1js.Integer({ value: iterations }),
          new asn1js.Sequence({ value: [oid(OID.hmacWithSHA256), new asn1js.Null()] }),
        ],
      }),
    ],
  });
  const encryption = new asn1js.Sequence({
    value: [oid(OID.aes256Cbc), new asn1js.OctetString({ valueHex: toArrayBuffer(iv) })],
  });
  return new asn1js.Sequence({ value: [kdf, encryption] }).toBER(false);
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
    AsnConvert.parse(der, EncryptedPrivateKeyInfo);
    return !isPrivateKeyInfo(der);
  } catch {
    return false;
  }
}

function isPrivateKeyInfo(der: Uint8Array): boolean {
  try {
    AsnConvert.parse(der, PrivateKeyInfo);
    return true;
  } catch {
    return false;
  }
}

/** asn1-schema parsing with any failure turned into `x509.key.malformed`. */
function parse<T>(der: Uint8Array | ArrayBuffer, type: new () => T): T {
  try {
    return AsnConvert.parse(der, type);
  } catch {
    throw keyError('x509.key.malformed', { format: type.name });
  }
}

function keyError(
  code: Parameters<typeof createIssue>[0],
  params: Record<string, IssueParam>,
  rule: 'CHAIN-04' | 'CSR-06' = 'CHAIN-04',
): CertkitError {
  return new CertkitError(createIssue(code, rule, params));
}
