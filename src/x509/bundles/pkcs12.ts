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
  derTlv,
} from '../der/writer.js';
import { resolveCrypto } from '../keys/crypto.js';
import { encryptPkcs8 } from '../keys/pbes2.js';
import type { WebCrypto, WebCryptoKey } from '../keys/web-crypto.js';
import { bmpPassword, KDF_PURPOSE, pkcs12Kdf } from '../pkcs12/kdf.js';
import { loadLegacyCiphers } from '../pkcs12/legacy.js';

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
  /**
   * The legacy format Windows Server 2012 R2 and 2016 import (they cannot read AES): key and
   * certificates encrypted with `pbeWithSHAAnd3-KeyTripleDES-CBC` (2048 iterations), a SHA-1
   * MAC — what `openssl pkcs12 -export -keypbe PBE-SHA1-3DES -certpbe PBE-SHA1-3DES -macalg sha1` writes.
   */
  readonly legacy?: boolean;
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
 * OpenSSL 3 (`openssl pkcs12 -info`), Java 9+ keytool and Windows Server 2019+ open it; with
 * `legacy: true`, Triple DES and a SHA-1 MAC for Windows Server 2016 and older (certkit's own
 * Triple DES: WebCrypto has none).
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
  const legacy = options.legacy === true;
  // CHAIN-05: the export password may be left empty (IIS and `openssl pkcs12 -passin pass:` open it)
  const shroudedKey = legacy
    ? await pbeEncrypt(crypto, pkcs8, password)
    : await encryptPkcs8(crypto, pkcs8, password, options.iterations ?? PKCS12_KEY_ITERATIONS, true);
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
  const certificateContent = legacy
    ? await encryptedContent(crypto, derSequence(...certBags), password)
    : dataContent(derSequence(...certBags));
  const authenticatedSafe = derSequence(certificateContent, dataContent(derSequence(keyBag)));
  const hash = legacy ? 'SHA-1' : 'SHA-256';
  const macData = await macDataOf(crypto, authenticatedSafe, password, hash);
  return derSequence(derInteger(3), dataContent(authenticatedSafe), macData);
}

/** RFC 7292 §5.1: the HMAC of the authenticated safe, keyed by the PKCS#12 key derivation (ID 3). */
async function macDataOf(
  crypto: WebCrypto,
  authenticatedSafe: Uint8Array,
  password: string,
  hash: 'SHA-1' | 'SHA-256',
) {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const macKey = pkcs12Kdf(
    hash,
    bmpPassword(password),
    salt,
    PKCS12_MAC_ITERATIONS,
    KDF_PURPOSE.mac,
    hash === 'SHA-1' ? 20 : 32,
  );
  const hmacKey = await crypto.subtle.importKey('raw', bufferSource(macKey), { name: 'HMAC', hash }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', hmacKey, bufferSource(authenticatedSafe)));
  return derSequence(
    derSequence(derSequence(derOid(oidOf(HASHES, hash)), derNull()), derOctetString(mac)),
    derOctetString(salt),
    derInteger(PKCS12_MAC_ITERATIONS),
  );
}

/** An `EncryptedPrivateKeyInfo` with `pbeWithSHAAnd3-KeyTripleDES-CBC`, for the legacy format. */
async function pbeEncrypt(crypto: WebCrypto, plain: Uint8Array, password: string): Promise<Uint8Array> {
  const { algorithm, ciphertext } = await tripleDesPbe(crypto, plain, password);
  return derSequence(algorithm, derOctetString(ciphertext));
}

/** An `encryptedData` ContentInfo of `safeContents`, with `pbeWithSHAAnd3-KeyTripleDES-CBC`. */
async function encryptedContent(crypto: WebCrypto, safeContents: Uint8Array, password: string): Promise<Uint8Array> {
  const { algorithm, ciphertext } = await tripleDesPbe(crypto, safeContents, password);
  const encryptedContentInfo = derSequence(derOid(OIDS.data), algorithm, derTlv(0x80, ciphertext));
  return derSequence(derOid(OIDS.encryptedData), derExplicit(0, derSequence(derInteger(0), encryptedContentInfo)));
}

/** RFC 7292 Appendix C with Triple DES: a fresh salt, key and IV from the PKCS#12 key derivation. */
async function tripleDesPbe(crypto: WebCrypto, plain: Uint8Array, password: string) {
  const { tripleDesCbc } = await loadLegacyCiphers();
  const salt = crypto.getRandomValues(new Uint8Array(8));
  const bmp = bmpPassword(password);
  const key = pkcs12Kdf('SHA-1', bmp, salt, PKCS12_MAC_ITERATIONS, KDF_PURPOSE.key, 24);
  const iv = pkcs12Kdf('SHA-1', bmp, salt, PKCS12_MAC_ITERATIONS, KDF_PURPOSE.iv, 8);
  const algorithm = derSequence(
    derOid(OIDS.pbeWithSHAAnd3KeyTripleDesCbc),
    derSequence(derOctetString(salt), derInteger(PKCS12_MAC_ITERATIONS)),
  );
  return { algorithm, ciphertext: tripleDesCbc('encrypt', key, iv, plain) as Uint8Array };
}
