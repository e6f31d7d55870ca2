import { toHex } from '../der/encoding.js';
import { sha256 } from '../hash/sha.js';
import { keyPairFromPkcs8 } from './import.js';
import { describePublicKey, type PublicKeyInfo } from './public-key.js';
import type { WebCrypto } from './web-crypto.js';

/**
 * A PKCS#8 private key read from a keystore, described: its public key's type and size or curve,
 * and SHA-256 of its SubjectPublicKeyInfo (CSR-04), comparable with a certificate's
 * `publicKeyFingerprint`. Importing it is also the check that the key is sound.
 *
 * @example
 * (await describePkcs8(crypto, pkcs8)).publicKeyFingerprint === certificate.publicKeyFingerprint
 */
export async function describePkcs8(
  crypto: WebCrypto,
  pkcs8: Uint8Array,
): Promise<{ readonly key: PublicKeyInfo; readonly publicKeyFingerprint: string }> {
  const pair = await keyPairFromPkcs8(pkcs8, { crypto });
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey));
  return { key: describePublicKey(spki), publicKeyFingerprint: toHex(sha256(spki)) };
}
