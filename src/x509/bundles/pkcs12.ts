import { arrayArgument, bytesArgument, stringArgument } from '../../core/argument.js';
import { CertkitError } from '../../core/error.js';
import { createIssue } from '../../core/issue.js';
import { bufferSource } from '../der/encoding.js';
import { HASHES, oidOf, PKCS12 } from '../der/oids.js';
import {
  derBmpString,
  derExplicit,
  derInteger,
  derNull,
  derOctetString,
  derOid,
  derSequence,
  derSet,
  derSetOf,
} from '../der/writer.js';
import { resolveCrypto } from '../keys/crypto.js';
import { encryptPkcs8 } from '../keys/pbes2.js';
import type { WebCrypto, WebCryptoKey } from '../keys/web-crypto.js';

/** Options of {@link createPkcs12}. */
export interface Pkcs12Options {
  /** DER certificates, the one matching the key first. */
  readonly certificates: readonly Uint8Array[];
  /** An extractable private key. */
  readonly privateKey: WebCryptoKey;
  /** May be empty (CHAIN-05: Windows' export lets the password be left empty). */
  readonly password: string;
  /** Shown by Windows' certificate manager and used as keytool's alias. */
  readonly friendlyName?: string;
  /** PBKDF2 iterations for the key; default {@link PKCS12_KEY_ITERATIONS}. */
  readonly iterations?: number;
  readonly crypto?: WebCrypto;
}

/** PBKDF2 iterations for the key inside a PFX (Java keytool's default). */
export const PKCS12_KEY_ITERATIONS = 10_000;
/** Iterations of the PKCS#12 MAC key derivation (OpenSSL's default). */
export const PKCS12_MAC_ITERATIONS = 2048;

const OIDS = PKCS12;

/**
 * A PKCS#12 file (`.pfx`/`.p12`) for IIS and Tomcat (CHAIN-05): the private key as a shrouded key
 * bag (PBES2: PBKDF2-HMAC-SHA256 + AES-256-CBC), the certificates as certificate bags, the leaf
 * and key tied by `localKeyId` and `friendlyName`, and an HMAC-SHA256 integrity MAC (RFC 7292).
 * OpenSSL 3 (`openssl pkcs12 -info`), Java 9+ keytool and Windows Server 2019+ open it; the
 * legacy 3DES/RC2 format older Windows needs is not offered, because WebCrypto has no 3DES.
 *
 * @example
 * const pfx = await createPkcs12({ certificates: [leafDer, intermediateDer], privateKey, password: 'secret' });
 */
export async function createPkcs12(options: Pkcs12Options): Promise<Uint8Array> {
  const crypto = resolveCrypto(options?.crypto);
  if (!options?.privateKey?.extractable || options.privateKey.type !== 'private')
    throw new CertkitError(createIssue('x509.key.not-extractable', 'CHAIN-04'));
  const certificates = arrayArgument(options.certificates, 'options.certificates').map((certificate, index) =>
    bytesArgument(certificate, `options.certificates[${index}]`),
  );
  if (options.friendlyName !== undefined) stringArgument(options.friendlyName, 'options.friendlyName');
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', options.privateKey));
  const password = stringArgument(options.password, 'options.password');
  // CHAIN-05: the export password may be left empty (IIS and `openssl pkcs12 -passin pass:` open it)
  const shroudedKey = await encryptPkcs8(crypto, pkcs8, password, options.iterations ?? PKCS12_KEY_ITERATIONS, true);
  const leaf = certificates[0];
  if (leaf === undefined) throw new CertkitError(createIssue('x509.bundle.chain', 'CHAIN-05'));
  const localKeyId = new Uint8Array(await crypto.subtle.digest('SHA-1', bufferSource(leaf)));
  // the key and the leaf's certificate share localKeyId (and the friendly name), as OpenSSL writes them
  const sharedAttributes = derSetOf([
    ...(options.friendlyName === undefined
      ? []
      : [derSequence(derOid(OIDS.friendlyName), derSet(derBmpString(options.friendlyName)))]),
    derSequence(derOid(OIDS.localKeyId), derSet(derOctetString(localKeyId))),
  ]);
  const certBags = certificates.map((certificate, index) =>
    derSequence(
      derOid(OIDS.certBag),
      derExplicit(0, derSequence(derOid(OIDS.x509Certificate), derExplicit(0, derOctetString(certificate)))),
      ...(index === 0 ? [sharedAttributes] : []),
    ),
  );
  const keyBag = derSequence(derOid(OIDS.keyBag), derExplicit(0, shroudedKey), sharedAttributes);
  const dataContent = (bytes: Uint8Array) => derSequence(derOid(OIDS.data), derExplicit(0, derOctetString(bytes)));
  const authenticatedSafe = derSequence(dataContent(derSequence(...certBags)), dataContent(derSequence(keyBag)));

  const salt = crypto.getRandomValues(new Uint8Array(16));
  const macKey = await pkcs12MacKey(crypto, password, salt, PKCS12_MAC_ITERATIONS);
  const hmacKey = await crypto.subtle.importKey('raw', bufferSource(macKey), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', hmacKey, bufferSource(authenticatedSafe)));
  const macData = derSequence(
    derSequence(derSequence(derOid(oidOf(HASHES, 'SHA-256')), derNull()), derOctetString(mac)),
    derOctetString(salt),
    derInteger(PKCS12_MAC_ITERATIONS),
  );
  return derSequence(derInteger(3), dataContent(authenticatedSafe), macData);
}

/**
 * The MAC key of RFC 7292 Appendix B.2 (ID = 3) with SHA-256: u = 32, v = 64 bytes. One output
 * block is enough for HMAC-SHA256, so `I` never needs the block update step.
 */
async function pkcs12MacKey(
  crypto: WebCrypto,
  password: string,
  salt: Uint8Array,
  iterations: number,
): Promise<Uint8Array> {
  const v = 64;
  const passwordBytes = new Uint8Array((password.length + 1) * 2); // BMPString with a NUL terminator
  for (let i = 0; i < password.length; i += 1) {
    passwordBytes[i * 2] = password.charCodeAt(i) >> 8;
    passwordBytes[i * 2 + 1] = password.charCodeAt(i) & 0xff;
  }
  const stretch = (bytes: Uint8Array) => {
    const out = new Uint8Array(v * Math.ceil(bytes.length / v));
    for (let i = 0; i < out.length; i += 1) out[i] = bytes[i % bytes.length] as number;
    return out;
  };
  const input = new Uint8Array([...new Uint8Array(v).fill(3), ...stretch(salt), ...stretch(passwordBytes)]);
  let digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bufferSource(input)));
  for (let round = 1; round < iterations; round += 1)
    digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bufferSource(digest)));
  return digest;
}
