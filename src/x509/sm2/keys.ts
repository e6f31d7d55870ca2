import { optionsArgument } from '../../core/argument.js';
import type { LimitsOption } from '../../policy/limits.js';
import { OID } from '../der/oids.js';
import type { PemOrDer } from '../der/pem.js';
import { derBitString, derExplicit, derInteger, derOctetString, derOid, derSequence } from '../der/writer.js';
import { resolveCrypto } from '../keys/crypto.js';
import { type PrivateKeyExportOptions, pemOfPkcs8 } from '../keys/export.js';
import { readPrivateKeyPkcs8 } from '../keys/import.js';
import type { WebCrypto } from '../keys/web-crypto.js';
import { SM2P256V1, toBytes } from './curve.js';
import {
  isSm2KeyPair,
  keyPairOf,
  type Sm2KeyPair,
  type Sm2PrivateKey,
  sm2KeyPairFromPkcs8,
  sm2Secret,
} from './key-pair.js';
import { publicPoint, type RandomBytes, randomScalar } from './sign.js';

/** A fresh-bytes source from WebCrypto's CSPRNG. */
export const randomBytesOf =
  (crypto: WebCrypto): RandomBytes =>
  (length) =>
    crypto.getRandomValues(new Uint8Array(length));

/**
 * Generates an SM2 key pair on sm2p256v1 (GB/T 32918.1 §6.1): d uniform in [1, n − 2] from
 * WebCrypto's random source, P = [d]G. In a browser the key never leaves the page.
 *
 * @example
 * const keys = await generateSm2KeyPair();
 * keys.publicKey.algorithm // => 'SM2'
 */
export async function generateSm2KeyPair(options: { readonly crypto?: WebCrypto } = {}): Promise<Sm2KeyPair> {
  const crypto = resolveCrypto(optionsArgument(options).crypto);
  const d = randomScalar(randomBytesOf(crypto), SM2P256V1.n - 1n);
  return keyPairOf(d, publicPoint(d));
}

/**
 * Imports an SM2 private key from any format `importPrivateKey` reads — `PRIVATE KEY` (what
 * `openssl genpkey -algorithm SM2` writes), `ENCRYPTED PRIVATE KEY`, `EC PRIVATE KEY` with the
 * sm2p256v1 curve, also OpenSSL-encrypted — and checks it: the scalar in [1, n − 2], and the
 * public key the file carries (if any) the one the scalar gives. Throws `CertkitError`:
 * `x509.key.unsupported` (not an SM2 key), `x509.key.malformed`, `x509.key.password`,
 * `x509.limit.exceeded`.
 *
 * @example
 * const keys = await importSm2PrivateKey(sm2KeyPem);
 * await keyMatchesCertificate(keys, sm2CertificatePem) // => true
 */
export async function importSm2PrivateKey(
  input: PemOrDer,
  options: { readonly password?: string; readonly crypto?: WebCrypto } & LimitsOption = {},
): Promise<Sm2KeyPair> {
  optionsArgument(options);
  const crypto = resolveCrypto(options.crypto);
  return sm2KeyPairFromPkcs8(await readPrivateKeyPkcs8(input, options, crypto));
}

/**
 * Exports an SM2 private key as PEM, with `exportPrivateKey`'s options: PKCS#8 (`PRIVATE KEY`, as
 * OpenSSL 3 writes SM2 keys), encrypted PKCS#8 with a password, or SEC1 (`EC PRIVATE KEY`, the
 * curve named) with `format: 'traditional'`.
 *
 * @example
 * await exportSm2PrivateKey(keys.privateKey) // => '-----BEGIN PRIVATE KEY-----…'
 */
export async function exportSm2PrivateKey(
  key: Sm2PrivateKey | Sm2KeyPair,
  options: PrivateKeyExportOptions = {},
): Promise<string> {
  optionsArgument(options);
  const crypto = resolveCrypto(options.crypto);
  const { d, point } = sm2Secret(isSm2KeyPair(key) ? key.privateKey : key);
  const ecPrivateKey = derSequence(
    derInteger(1),
    derOctetString(toBytes(d)),
    derExplicit(1, derBitString(Uint8Array.of(0x04, ...point.x, ...point.y))),
  );
  const algorithm = derSequence(derOid(OID.ecPublicKey), derOid(OID.sm2));
  return pemOfPkcs8(crypto, derSequence(derInteger(0), algorithm, derOctetString(ecPrivateKey)), options);
}
