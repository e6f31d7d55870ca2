/**
 * The PKCS#8 (RFC 5208/5958), SEC1 (RFC 5915) and PBES2 (RFC 8018) structures keys travel in,
 * read with the strict DER reader and written with the DER writer. Readers throw `DerError`.
 */

import { OID, PBES2 } from '../der/oids.js';
import {
  content,
  contextTag,
  DerError,
  type DerNode,
  expectTag,
  fields,
  optionalFields,
  readNull,
  readOid,
  readRoot,
  readSmallInteger,
  TAG,
} from '../der/reader.js';
import { derInteger, derNull, derOctetString, derOid, derSequence } from '../der/writer.js';

/**
 * `PrivateKeyInfo` / `OneAsymmetricKey` (RFC 5958): `SEQUENCE { version, privateKeyAlgorithm,
 * privateKey OCTET STRING, attributes [0] OPTIONAL, publicKey [1] OPTIONAL (v2 only) }`, read
 * whole; returns the key algorithm OID and its parameters (a curve OID for EC keys).
 */
export function readPrivateKeyInfo(der: Uint8Array): { oid: string; curve?: string } {
  const [version, algorithm, key, ...optional] = fields(
    expectTag(readRoot(der, 'PrivateKeyInfo'), TAG.sequence, 'PrivateKeyInfo'),
    3,
    5,
    'PrivateKeyInfo',
  );
  const versionNumber = readSmallInteger(version as DerNode, 'PrivateKeyInfo');
  if (versionNumber > 1) throw new DerError('PrivateKeyInfo');
  expectTag(key, TAG.octetString, 'PrivateKeyInfo');
  const [, publicKey] = optionalFields(optional, [contextTag(0, true), contextTag(1, false)], 'PrivateKeyInfo');
  if (publicKey !== undefined && versionNumber !== 1) throw new DerError('PrivateKeyInfo');
  const [oid, parameters] = fields(expectTag(algorithm, TAG.sequence, 'PrivateKeyInfo'), 1, 2, 'PrivateKeyInfo');
  const algorithmOid = readOid(oid as DerNode, 'PrivateKeyInfo');
  if (parameters?.tag === TAG.null) readNull(parameters, 'PrivateKeyInfo');
  return parameters?.tag === TAG.oid ? { oid: algorithmOid, curve: readOid(parameters) } : { oid: algorithmOid };
}

/** `PrivateKeyInfo` around a PKCS#1 RSA key or a SEC1 EC key (`curve`: the curve OID). */
export function wrapPkcs8(privateKey: Uint8Array, curve?: string): Uint8Array {
  const algorithm =
    curve === undefined
      ? derSequence(derOid(OID.rsaEncryption), derNull())
      : derSequence(derOid(OID.ecPublicKey), derOid(curve));
  return derSequence(derInteger(0), algorithm, derOctetString(privateKey));
}

/**
 * The named curve OID of a SEC1 `ECPrivateKey` (`SEQUENCE { version 1, privateKey OCTET STRING,
 * parameters [0] OPTIONAL, publicKey [1] OPTIONAL }`, read whole), or `undefined` when it names none.
 */
export function readSec1Curve(der: Uint8Array): string | undefined {
  const [version, privateKey, ...optional] = fields(
    expectTag(readRoot(der, 'ECPrivateKey'), TAG.sequence, 'ECPrivateKey'),
    2,
    4,
    'ECPrivateKey',
  );
  if (readSmallInteger(version as DerNode, 'ECPrivateKey') !== 1) throw new DerError('ECPrivateKey');
  expectTag(privateKey, TAG.octetString, 'ECPrivateKey');
  const [parameters, publicKey] = optionalFields(optional, [contextTag(0, true), contextTag(1, true)], 'ECPrivateKey');
  if (publicKey !== undefined) fields(publicKey, 1, 1, 'ECPrivateKey');
  if (parameters === undefined) return undefined;
  const [inner] = fields(parameters, 1, 1, 'ECPrivateKey') as [DerNode];
  return inner.tag === TAG.oid ? readOid(inner, 'ECPrivateKey') : undefined;
}

/** `EncryptedPrivateKeyInfo`: the scheme OID, its parameters and the ciphertext. */
export function readEncryptedPrivateKeyInfo(der: Uint8Array): {
  scheme: string;
  parameters?: DerNode;
  data: Uint8Array;
} {
  const part = 'EncryptedPrivateKeyInfo';
  const [algorithm, data] = fields(expectTag(readRoot(der, part), TAG.sequence, part), 2, 2, part);
  const [oid, parameters] = fields(expectTag(algorithm, TAG.sequence, part), 1, 2, part);
  const scheme = readOid(oid as DerNode, 'EncryptedPrivateKeyInfo');
  const ciphertext = content(expectTag(data, TAG.octetString, 'EncryptedPrivateKeyInfo'));
  return parameters === undefined ? { scheme, data: ciphertext } : { scheme, parameters, data: ciphertext };
}

/** What PBES2 with PBKDF2 and AES-CBC needs. */
export interface Pbes2 {
  readonly salt: Uint8Array;
  readonly iterations: number;
  /** The PBKDF2 PRF's hash: `SHA-1` (the default), `SHA-256`, … */
  readonly hash: string;
  readonly keyBits: number;
  readonly iv: Uint8Array;
}

const PRF_HASHES: Readonly<Record<string, string>> = {
  [PBES2.hmacWithSHA1]: 'SHA-1',
  [PBES2.hmacWithSHA256]: 'SHA-256',
  [PBES2.hmacWithSHA384]: 'SHA-384',
  [PBES2.hmacWithSHA512]: 'SHA-512',
};
const AES_BITS: Readonly<Record<string, number>> = {
  [PBES2.aes128Cbc]: 128,
  [PBES2.aes192Cbc]: 192,
  [PBES2.aes256Cbc]: 256,
};

/** `PBES2-params` with PBKDF2 and AES-CBC, or `undefined` for anything else (other KDFs, ciphers, PRFs). */
export function readPbes2(parameters: DerNode): Pbes2 | undefined {
  try {
    // PBES2-params ::= SEQUENCE { keyDerivationFunc AlgorithmIdentifier, encryptionScheme AlgorithmIdentifier }
    const [kdf, encryption] = fields(expectTag(parameters, TAG.sequence, 'PBES2'), 2, 2, 'PBES2');
    const [kdfOid, kdfParameters] = fields(expectTag(kdf, TAG.sequence, 'PBES2'), 2, 2, 'PBES2');
    const [encryptionOid, iv] = fields(expectTag(encryption, TAG.sequence, 'PBES2'), 2, 2, 'PBES2');
    if (readOid(kdfOid as DerNode) !== PBES2.pbkdf2) return undefined;
    // PBKDF2-params ::= SEQUENCE { salt OCTET STRING, iterationCount INTEGER, keyLength INTEGER OPTIONAL, prf DEFAULT hmacWithSHA1 }
    const [salt, iterations, ...rest] = fields(expectTag(kdfParameters, TAG.sequence, 'PBKDF2'), 2, 4, 'PBKDF2');
    const [keyLengthNode, prfNode] = optionalFields(rest, [TAG.integer, TAG.sequence], 'PBKDF2');
    const keyLength = keyLengthNode === undefined ? undefined : readSmallInteger(keyLengthNode);
    const prf = prfNode === undefined ? undefined : fields(prfNode, 1, 2, 'PBKDF2');
    if (prf?.[1] !== undefined) readNull(prf[1], 'PBKDF2');
    const hash = PRF_HASHES[prf === undefined ? PBES2.hmacWithSHA1 : readOid(prf[0] as DerNode)];
    const keyBits = AES_BITS[readOid(encryptionOid as DerNode)];
    const count = readSmallInteger(iterations as DerNode);
    const ivBytes = content(expectTag(iv, TAG.octetString, 'PBES2'));
    if (hash === undefined || keyBits === undefined || count < 1 || ivBytes.length !== 16) return undefined;
    if (keyLength !== undefined && keyLength * 8 !== keyBits) return undefined;
    return {
      salt: content(expectTag(salt, TAG.octetString, 'PBKDF2')),
      iterations: count,
      hash,
      keyBits,
      iv: ivBytes,
    };
  } catch (error) {
    if (error instanceof DerError) return undefined;
    throw error;
  }
}

/** `EncryptedPrivateKeyInfo` with PBES2: PBKDF2-HMAC-SHA256 and AES-256-CBC. */
export function writeEncryptedPrivateKeyInfo(
  salt: Uint8Array,
  iterations: number,
  iv: Uint8Array,
  ciphertext: Uint8Array,
): Uint8Array {
  const kdf = derSequence(
    derOid(PBES2.pbkdf2),
    derSequence(derOctetString(salt), derInteger(iterations), derSequence(derOid(PBES2.hmacWithSHA256), derNull())),
  );
  const encryption = derSequence(derOid(PBES2.aes256Cbc), derOctetString(iv));
  return derSequence(derSequence(derOid(PBES2.pbes2), derSequence(kdf, encryption)), derOctetString(ciphertext));
}
