/** PBES2 (RFC 8018) with PBKDF2 and AES-CBC: what encrypted PKCS#8 keys and PFX key bags use. */
import { DEFAULT_LIMITS, type WorkLimits } from '../../policy/limits.js';
import { bufferSource, toArrayBuffer } from '../der/encoding.js';
import { PBES2 } from '../der/oids.js';
import { keyError } from './key-error.js';
import { withinLimit } from './limit.js';
import {
  type readEncryptedPrivateKeyInfo,
  readPbes2,
  readPrivateKeyInfo,
  writeEncryptedPrivateKeyInfo,
} from './pkcs8.js';
import type { WebCrypto, WebCryptoKey } from './web-crypto.js';

/** PBKDF2 iterations for encrypted keys unless told otherwise (OWASP 2023 for PBKDF2-HMAC-SHA256). */
export const DEFAULT_PBKDF2_ITERATIONS = 600_000;

/**
 * PKCS#8 bytes as a DER `EncryptedPrivateKeyInfo` (PBES2: PBKDF2-HMAC-SHA256, AES-256-CBC, random
 * salt and IV) — what `exportPrivateKey` writes as PEM and a PFX carries in its key bag.
 * Throws `x509.key.password` for an empty password (unless `emptyAllowed`: a PFX may have none,
 * CHAIN-05) or iterations outside 1,000–2,000,000 (the default `limits.maxPbkdf2Iterations`:
 * certkit writes no key it would refuse to read).
 */
export async function encryptPkcs8(
  crypto: WebCrypto,
  pkcs8: Uint8Array,
  password: string,
  iterations = DEFAULT_PBKDF2_ITERATIONS,
  emptyAllowed = false,
): Promise<Uint8Array> {
  if (typeof password !== 'string' || (password === '' && !emptyAllowed))
    throw keyError('x509.key.password', { reason: 'empty' }, 'CSR-06');
  if (!Number.isInteger(iterations) || iterations < 1000 || iterations > DEFAULT_LIMITS.maxPbkdf2Iterations)
    throw keyError('x509.key.password', { reason: 'iterations' }, 'CSR-06');
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(16));
  const aesKey = await deriveAesKey(crypto, password, salt, iterations, 'SHA-256', 256);
  const encrypted = await crypto.subtle.encrypt({ name: 'AES-CBC', iv }, aesKey, bufferSource(pkcs8));
  return writeEncryptedPrivateKeyInfo(salt, iterations, iv, new Uint8Array(encrypted));
}

/** PBES2 (RFC 8018) with PBKDF2 and AES-CBC; other schemes are refused. */
export async function decryptPkcs8(
  crypto: WebCrypto,
  info: ReturnType<typeof readEncryptedPrivateKeyInfo>,
  password: string,
  limits: WorkLimits,
): Promise<Uint8Array> {
  const { scheme, parameters } = info;
  if (scheme !== PBES2.pbes2 || parameters === undefined) throw keyError('x509.key.encryption-unsupported', { scheme });
  const pbes2 = readPbes2(parameters);
  if (pbes2 === undefined)
    throw keyError('x509.key.encryption-unsupported', { scheme: 'PBES2 with unsupported parameters' });
  withinLimit(limits, 'maxPbkdf2Iterations', pbes2.iterations);
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

export async function deriveAesKey(
  crypto: WebCrypto,
  password: string,
  salt: Uint8Array,
  iterations: number,
  hash: string,
  bits: number,
): Promise<WebCryptoKey> {
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
