import { CertkitError } from '../../core/error.js';
import { createIssue } from '../../core/issue.js';
import type { WorkLimits } from '../../policy/limits.js';
import { bufferSource } from '../der/encoding.js';
import { PBES2 } from '../der/oids.js';
import { content, type DerNode, expectTag, fields, readOid, readSmallInteger } from '../der/reader.js';
import { TAG } from '../der/tags.js';
import { withinLimit } from '../keys/limit.js';
import { deriveAesKey } from '../keys/pbes2.js';
import { readPbes2 } from '../keys/pkcs8.js';
import type { WebCrypto } from '../keys/web-crypto.js';
import { bmpPassword, KDF_PURPOSE, pkcs12Kdf } from './kdf.js';
import { loadLegacyCiphers } from './legacy.js';

/** The password as each scheme takes it: PKCS#12's own PBE the BMPString, PBES2 the text. */
export interface Pkcs12Password {
  readonly text: string;
  /** `bmpPassword(text)`, or no bytes for the "absent" password some Windows exports use. */
  readonly bmp: Uint8Array;
}

/** RFC 7292 Appendix C: the PKCS#12 password-based encryption schemes, all on SHA-1. */
const PKCS12_PBE: Readonly<
  Record<string, { readonly name: string; readonly cipher: '3des' | 'rc2'; readonly keyLength: number }>
> = {
  '1.2.840.113549.1.12.1.3': { name: 'pbeWithSHAAnd3-KeyTripleDES-CBC', cipher: '3des', keyLength: 24 },
  '1.2.840.113549.1.12.1.4': { name: 'pbeWithSHAAnd2-KeyTripleDES-CBC', cipher: '3des', keyLength: 16 },
  '1.2.840.113549.1.12.1.5': { name: 'pbeWithSHAAnd128BitRC2-CBC', cipher: 'rc2', keyLength: 16 },
  '1.2.840.113549.1.12.1.6': { name: 'pbeWithSHAAnd40BitRC2-CBC', cipher: 'rc2', keyLength: 5 },
};

/** The names of the schemes read, for the result and the issues. */
export function schemeName(oid: string): string {
  return oid === PBES2.pbes2 ? 'PBES2' : (PKCS12_PBE[oid]?.name ?? oid);
}

/**
 * Decrypts what one PKCS#12 scheme encrypted — PBES2 (PBKDF2 + AES-CBC) or PKCS#12's PBE with
 * Triple DES or RC2 — or returns `null` when the password does not fit (bad padding, a failed
 * AES unpad). Refuses an unknown scheme (`x509.pkcs12.unsupported`) and an iteration count above
 * `limits.maxPbkdf2Iterations` (`x509.limit.exceeded`), before any work.
 */
export async function pbeDecrypt(
  crypto: WebCrypto,
  algorithm: DerNode,
  data: Uint8Array,
  password: Pkcs12Password,
  limits: WorkLimits,
): Promise<Uint8Array | null> {
  const [oidNode, parameters] = fields(
    expectTag(algorithm, TAG.sequence, 'encryption algorithm'),
    1,
    2,
    'encryption algorithm',
  );
  const oid = readOid(oidNode as DerNode, 'encryption algorithm');
  if (oid === PBES2.pbes2) {
    const pbes2 = parameters === undefined ? undefined : readPbes2(parameters);
    if (pbes2 === undefined) throw unsupported('PBES2 with unsupported parameters');
    boundIterations(pbes2.iterations, limits);
    const key = await deriveAesKey(crypto, password.text, pbes2.salt, pbes2.iterations, pbes2.hash, pbes2.keyBits);
    try {
      const iv = bufferSource(pbes2.iv);
      return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-CBC', iv }, key, bufferSource(data)));
    } catch {
      return null;
    }
  }
  const scheme = PKCS12_PBE[oid];
  if (scheme === undefined || parameters === undefined) throw unsupported(oid);
  const [salt, count] = fields(expectTag(parameters, TAG.sequence, 'PBE parameters'), 2, 2, 'PBE parameters');
  const iterations = readSmallInteger(count as DerNode, 'PBE parameters');
  boundIterations(iterations, limits);
  const saltBytes = content(expectTag(salt, TAG.octetString, 'PBE parameters'));
  const key = pkcs12Kdf('SHA-1', password.bmp, saltBytes, iterations, KDF_PURPOSE.key, scheme.keyLength);
  const iv = pkcs12Kdf('SHA-1', password.bmp, saltBytes, iterations, KDF_PURPOSE.iv, 8);
  const { rc2CbcDecrypt, tripleDesCbc } = await loadLegacyCiphers();
  if (scheme.cipher === 'rc2') return rc2CbcDecrypt(key, scheme.keyLength * 8, iv, data);
  // two-key Triple DES is K1, K2, K1
  const fullKey = key.length === 16 ? Uint8Array.from([...key, ...key.subarray(0, 8)]) : key;
  return tripleDesCbc('decrypt', fullKey, iv, data);
}

/** An iteration count the file chose, held to the policy before any key derivation. */
export function boundIterations(iterations: number, limits: WorkLimits): void {
  if (iterations < 1)
    throw new CertkitError(createIssue('x509.pkcs12.malformed', 'CHAIN-05', { part: 'iteration count' }));
  withinLimit(limits, 'maxPbkdf2Iterations', iterations);
}

export function unsupported(algorithm: string): CertkitError {
  return new CertkitError(createIssue('x509.pkcs12.unsupported', 'CHAIN-05', { algorithm }));
}

export { bmpPassword };
