/**
 * The PKCS#8 (RFC 5208/5958), SEC1 (RFC 5915) and PBES2 (RFC 8018) structures keys travel in,
 * read with the strict DER reader and written with the DER writer. Readers throw `DerError`.
 */
import {
  children,
  content,
  contextTag,
  DerError,
  type DerNode,
  expectTag,
  fields,
  readNode,
  readNull,
  readOid,
  readRoot,
  readSmallInteger,
  TAG,
} from './der.js';
import { derInteger, derNull, derOctetString, derOid, derSequence } from './der-write.js';
import { OID } from './oids.js';

/** `PrivateKeyInfo`: the key algorithm OID and its parameters (a curve OID for EC keys). */
export function readPrivateKeyInfo(der: Uint8Array): { oid: string; curve?: string } {
  const [version, algorithm, key] = children(
    expectTag(readRoot(der, 'PrivateKeyInfo'), TAG.sequence, 'PrivateKeyInfo'),
    'PrivateKeyInfo',
  );
  if (readSmallInteger(version as DerNode, 'PrivateKeyInfo') > 1) throw new DerError('PrivateKeyInfo');
  expectTag(key, TAG.octetString, 'PrivateKeyInfo');
  const [oid, parameters] = children(expectTag(algorithm, TAG.sequence, 'PrivateKeyInfo'), 'PrivateKeyInfo');
  const algorithmOid = readOid(oid as DerNode, 'PrivateKeyInfo');
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

/** The named curve OID of a SEC1 `ECPrivateKey`, or `undefined` when it names none. */
export function readSec1Curve(der: Uint8Array): string | undefined {
  const fields = children(expectTag(readRoot(der, 'ECPrivateKey'), TAG.sequence, 'ECPrivateKey'), 'ECPrivateKey');
  if (readSmallInteger(fields[0] as DerNode, 'ECPrivateKey') !== 1) throw new DerError('ECPrivateKey');
  expectTag(fields[1], TAG.octetString, 'ECPrivateKey');
  const parameters = fields.find((field) => field.tag === contextTag(0, true));
  if (parameters === undefined) return undefined;
  const inner = readNode(parameters.bytes, parameters.contentStart, parameters.end, 'ECPrivateKey');
  return inner.tag === TAG.oid ? readOid(inner, 'ECPrivateKey') : undefined;
}

/** `EncryptedPrivateKeyInfo`: the scheme OID, its parameters and the ciphertext. */
export function readEncryptedPrivateKeyInfo(der: Uint8Array): {
  scheme: string;
  parameters?: DerNode;
  data: Uint8Array;
} {
  const [algorithm, data, extra] = children(
    expectTag(readRoot(der, 'EncryptedPrivateKeyInfo'), TAG.sequence, 'EncryptedPrivateKeyInfo'),
    'EncryptedPrivateKeyInfo',
  );
  if (extra !== undefined) throw new DerError('EncryptedPrivateKeyInfo');
  const [oid, parameters] = children(
    expectTag(algorithm, TAG.sequence, 'EncryptedPrivateKeyInfo'),
    'EncryptedPrivateKeyInfo',
  );
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
  [OID.hmacWithSHA1]: 'SHA-1',
  [OID.hmacWithSHA256]: 'SHA-256',
  [OID.hmacWithSHA384]: 'SHA-384',
  [OID.hmacWithSHA512]: 'SHA-512',
};
const AES_BITS: Readonly<Record<string, number>> = { [OID.aes128Cbc]: 128, [OID.aes192Cbc]: 192, [OID.aes256Cbc]: 256 };

/** `PBES2-params` with PBKDF2 and AES-CBC, or `undefined` for anything else (other KDFs, ciphers, PRFs). */
export function readPbes2(parameters: DerNode): Pbes2 | undefined {
  try {
    // PBES2-params ::= SEQUENCE { keyDerivationFunc AlgorithmIdentifier, encryptionScheme AlgorithmIdentifier }
    const [kdf, encryption] = fields(expectTag(parameters, TAG.sequence, 'PBES2'), 2, 2, 'PBES2');
    const [kdfOid, kdfParameters] = fields(expectTag(kdf, TAG.sequence, 'PBES2'), 2, 2, 'PBES2');
    const [encryptionOid, iv] = fields(expectTag(encryption, TAG.sequence, 'PBES2'), 2, 2, 'PBES2');
    if (readOid(kdfOid as DerNode) !== OID.pbkdf2) return undefined;
    // PBKDF2-params ::= SEQUENCE { salt OCTET STRING, iterationCount INTEGER, keyLength INTEGER OPTIONAL, prf DEFAULT hmacWithSHA1 }
    const [salt, iterations, ...rest] = fields(expectTag(kdfParameters, TAG.sequence, 'PBKDF2'), 2, 4, 'PBKDF2');
    const keyLength = rest[0]?.tag === TAG.integer ? readSmallInteger(rest[0]) : undefined;
    const prfs = rest.slice(keyLength === undefined ? 0 : 1);
    if (prfs.length > 1) throw new DerError('PBKDF2');
    const prf = prfs[0] === undefined ? undefined : fields(expectTag(prfs[0], TAG.sequence, 'PBKDF2'), 1, 2, 'PBKDF2');
    if (prf?.[1] !== undefined) readNull(prf[1], 'PBKDF2');
    const hash = PRF_HASHES[prf === undefined ? OID.hmacWithSHA1 : readOid(prf[0] as DerNode)];
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
    derOid(OID.pbkdf2),
    derSequence(derOctetString(salt), derInteger(iterations), derSequence(derOid(OID.hmacWithSHA256), derNull())),
  );
  const encryption = derSequence(derOid(OID.aes256Cbc), derOctetString(iv));
  return derSequence(derSequence(derOid(OID.pbes2), derSequence(kdf, encryption)), derOctetString(ciphertext));
}
