import { arrayArgument, bytesArgument, objectArgument, optionsArgument, stringArgument } from '../../core/argument.js';
import { CertkitError } from '../../core/error.js';
import { type Instant, toDate } from '../../core/instant.js';
import { createIssue } from '../../core/issue.js';
import { type LimitsOption, limitsOf, type WorkLimits } from '../../policy/limits.js';
import { type CertInfo, type Certificate, decodeCertificateDer, readCertificate } from '../certificate/parse.js';
import { concatBytes } from '../der/bytes.js';
import { writePem } from '../der/pem.js';
import { content, DerError, type DerNode, expectTag, fields, readOid, readRoot } from '../der/reader.js';
import { TAG } from '../der/tags.js';
import { derNull, derOctetString, derOid, derSequence } from '../der/writer.js';
import { sha1 } from '../hash/sha.js';
import { resolveCrypto } from '../keys/crypto.js';
import { describePkcs8 } from '../keys/describe-pkcs8.js';
import { withinLimit } from '../keys/limit.js';
import { readPrivateKeyInfo } from '../keys/pkcs8.js';
import type { PublicKeyInfo } from '../keys/public-key.js';
import { createSignatureVerifier } from '../keys/verifier.js';
import type { WebCrypto, WebCryptoKey } from '../keys/web-crypto.js';

/**
 * The Java KeyStore format (`JKS`, Sun's, still what older Tomcat installs and the vendor's Tomcat
 * packages carry): magic `FEEDFEED`, version 2, entries — a private key protected by Sun's key
 * protector (a SHA-1 keystream, OID 1.3.6.1.4.1.42.2.17.1.1) with its chain, or a trusted
 * certificate — and a SHA-1 integrity digest over the password, "Mighty Aphrodite" and the rest.
 */

const MAGIC = 0xfeedfeed;
const JCEKS_MAGIC = 0xcececece;
const VERSION = 2;
const PRIVATE_KEY_ENTRY = 1;
const TRUSTED_CERTIFICATE_ENTRY = 2;
const KEY_PROTECTOR = '1.3.6.1.4.1.42.2.17.1.1';
const WHITENER = new TextEncoder().encode('Mighty Aphrodite');
const DIGEST_LENGTH = 20;

/** One private key entry of a keystore, with its chain. */
export interface KeystoreKey {
  readonly alias: string;
  /** When the entry was made (ISO 8601). */
  readonly createdAt: string;
  /** The key as unencrypted PKCS#8 DER, and as `PRIVATE KEY` PEM. */
  readonly pkcs8: Uint8Array;
  readonly pem: string;
  readonly key: PublicKeyInfo;
  readonly publicKeyFingerprint: string;
  /** The entry's chain, leaf first, as the keystore holds it. */
  readonly chain: readonly CertInfo[];
  /** Whether the chain's first certificate carries this key. */
  readonly matches: boolean;
}

/** One trusted certificate entry. */
export interface KeystoreCertificate {
  readonly alias: string;
  readonly createdAt: string;
  readonly certificate: CertInfo;
}

/** What {@link parseJks} read. */
export interface JksContents {
  readonly keys: readonly KeystoreKey[];
  readonly trustedCertificates: readonly KeystoreCertificate[];
}

/** Options of {@link parseJks}. */
export interface ParseJksOptions extends LimitsOption {
  /** The store password; it checks the integrity digest and, unless `keyPassword` is given, opens the keys. */
  readonly password: string;
  /** The keys' password, when it differs from the store's (keytool's `-keypass`). */
  readonly keyPassword?: string;
  readonly crypto?: WebCrypto;
}

/** Java's `String.getBytes("UTF-16BE")` of a password, what JKS hashes. */
function utf16(password: string): Uint8Array {
  const bytes = new Uint8Array(password.length * 2);
  for (let i = 0; i < password.length; i += 1) {
    bytes[i * 2] = password.charCodeAt(i) >> 8;
    bytes[i * 2 + 1] = password.charCodeAt(i) & 0xff;
  }
  return bytes;
}

/** A big-endian reader over the keystore's bytes that refuses to read past the end. */
class Reader {
  offset = 0;
  constructor(readonly bytes: Uint8Array) {}
  take(length: number): Uint8Array {
    if (length < 0 || this.offset + length > this.bytes.length) throw new DerError('JKS');
    const out = this.bytes.subarray(this.offset, this.offset + length);
    this.offset += length;
    return out;
  }
  unsigned(size: 2 | 4): number {
    return this.take(size).reduce((value, byte) => value * 256 + byte, 0);
  }
  long(): number {
    return this.unsigned(4) * 2 ** 32 + this.unsigned(4);
  }
  /** Java's modified UTF-8 (`DataInput.readUTF`): a u2 length, then 1–3 bytes per UTF-16 unit. */
  utf(): string {
    const bytes = this.take(this.unsigned(2));
    let text = '';
    for (let i = 0; i < bytes.length; ) {
      const first = bytes[i] as number;
      const size = first < 0x80 ? 1 : (first & 0xe0) === 0xc0 ? 2 : (first & 0xf0) === 0xe0 ? 3 : 0;
      if (size === 0 || i + size > bytes.length) throw new DerError('JKS alias');
      const unit =
        size === 1
          ? first
          : size === 2
            ? ((first & 0x1f) << 6) | ((bytes[i + 1] as number) & 0x3f)
            : ((first & 0x0f) << 12) | (((bytes[i + 1] as number) & 0x3f) << 6) | ((bytes[i + 2] as number) & 0x3f);
      text += String.fromCharCode(unit);
      i += size;
    }
    return text;
  }
}

/** Java's modified UTF-8 of `text` with its u2 length (`DataOutput.writeUTF`). */
function writeUtf(text: string): Uint8Array {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit >= 0x01 && unit <= 0x7f) bytes.push(unit);
    else if (unit <= 0x7ff) bytes.push(0xc0 | (unit >> 6), 0x80 | (unit & 0x3f));
    else bytes.push(0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f));
  }
  if (bytes.length > 0xffff)
    throw new CertkitError(createIssue('x509.jks.malformed', 'CHAIN-05', { part: 'alias too long' }));
  return Uint8Array.from([bytes.length >> 8, bytes.length & 0xff, ...bytes]);
}

const u32 = (value: number) => Uint8Array.of(value >>> 24, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff);
const u64 = (value: number) => concatBytes(u32(Math.floor(value / 2 ** 32)), u32(value >>> 0));

/** Sun's key protector keystream: SHA-1(password ‖ previous), starting from the salt, to `length` bytes. */
function keystream(password: Uint8Array, salt: Uint8Array, length: number): Uint8Array {
  const out = new Uint8Array(Math.ceil(length / DIGEST_LENGTH) * DIGEST_LENGTH);
  let digest = salt;
  for (let offset = 0; offset < length; offset += DIGEST_LENGTH) {
    digest = sha1(concatBytes(password, digest));
    out.set(digest, offset);
  }
  return out.subarray(0, length);
}

const xor = (a: Uint8Array, b: Uint8Array) => a.map((byte, i) => byte ^ (b[i] as number));
const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((byte, i) => byte === b[i]);

/** Sun's key protector undone: the PKCS#8 key, or `null` when the password does not open it. */
function recoverKey(protectedKey: Uint8Array, password: Uint8Array): Uint8Array | null {
  if (protectedKey.length <= 2 * DIGEST_LENGTH) return null;
  const salt = protectedKey.subarray(0, DIGEST_LENGTH);
  const encrypted = protectedKey.subarray(DIGEST_LENGTH, protectedKey.length - DIGEST_LENGTH);
  const check = protectedKey.subarray(protectedKey.length - DIGEST_LENGTH);
  const plain = xor(encrypted, keystream(password, salt, encrypted.length));
  return sameBytes(sha1(concatBytes(password, plain)), check) ? plain : null;
}

/** Sun's key protector: salt ‖ key ⊕ keystream ‖ SHA-1(password ‖ key), as an EncryptedPrivateKeyInfo. */
function protectKey(crypto: WebCrypto, pkcs8: Uint8Array, password: Uint8Array): Uint8Array {
  const salt = crypto.getRandomValues(new Uint8Array(DIGEST_LENGTH));
  const encrypted = xor(pkcs8, keystream(password, salt, pkcs8.length));
  const protectedKey = concatBytes(salt, encrypted, sha1(concatBytes(password, pkcs8)));
  return derSequence(derSequence(derOid(KEY_PROTECTOR), derNull()), derOctetString(protectedKey));
}

/** An entry as read, before its key is opened and its certificates parsed. */
type RawEntry =
  | {
      readonly kind: 'key';
      readonly alias: string;
      readonly createdAt: number;
      readonly key: Uint8Array;
      readonly chain: Uint8Array[];
    }
  | {
      readonly kind: 'certificate';
      readonly alias: string;
      readonly createdAt: number;
      readonly certificate: Uint8Array;
    };

/** One certificate of an entry: its type (only X.509 is read) and DER. */
function readCertificateField(reader: Reader): Uint8Array {
  const type = reader.utf();
  if (type !== 'X.509')
    throw new CertkitError(createIssue('x509.jks.unsupported', 'CHAIN-05', { format: `certificate type ${type}` }));
  return reader.take(reader.unsigned(4));
}

/** The entries and the integrity digest of a JKS file (no password needed yet). */
function readEntries(
  bytes: Uint8Array,
  limits: WorkLimits,
): { entries: RawEntry[]; signed: Uint8Array; digest: Uint8Array } {
  const reader = new Reader(bytes);
  const magic = reader.unsigned(4);
  if (magic === JCEKS_MAGIC)
    throw new CertkitError(createIssue('x509.jks.unsupported', 'CHAIN-05', { format: 'JCEKS' }));
  if (magic !== MAGIC || reader.unsigned(4) !== VERSION) throw new DerError('JKS header');
  const count = reader.unsigned(4);
  if (count > limits.maxCertificates)
    throw new CertkitError(
      createIssue('x509.certificate.too-many', 'CHAIN-04', { count, limit: limits.maxCertificates }),
    );
  const entries: RawEntry[] = [];
  let certificates = 0;
  for (let index = 0; index < count; index += 1) {
    const tag = reader.unsigned(4);
    const alias = reader.utf();
    const createdAt = reader.long();
    if (tag === TRUSTED_CERTIFICATE_ENTRY) {
      entries.push({ kind: 'certificate', alias, createdAt, certificate: readCertificateField(reader) });
      certificates += 1;
    } else if (tag === PRIVATE_KEY_ENTRY) {
      const key = reader.take(reader.unsigned(4));
      const length = reader.unsigned(4);
      certificates += length;
      if (certificates > limits.maxCertificates)
        throw new CertkitError(
          createIssue('x509.certificate.too-many', 'CHAIN-04', { count: certificates, limit: limits.maxCertificates }),
        );
      const chain = Array.from({ length }, () => readCertificateField(reader));
      entries.push({ kind: 'key', alias, createdAt, key, chain });
    } else
      throw new CertkitError(
        createIssue('x509.jks.unsupported', 'CHAIN-05', { format: `entry type ${tag} (a secret key)` }),
      );
  }
  const signed = bytes.subarray(0, reader.offset);
  const digest = reader.take(DIGEST_LENGTH);
  if (reader.offset !== bytes.length) throw new DerError('JKS trailing bytes');
  return { entries, signed, digest };
}

/**
 * Reads a Java KeyStore (`.jks`, `keytool -storetype JKS`): the integrity digest is checked with
 * the store password first (a wrong one is `x509.jks.password`, never ignored), then each private
 * key is opened (`keyPassword` when it differs) and given with its chain; trusted certificates
 * come apart. JCEKS and secret-key entries are refused (`x509.jks.unsupported`).
 *
 * @example
 * const { keys } = await parseJks(jksBytes, { password: 'changeit' });
 * keys[0]?.alias // => 'tomcat'
 */
export async function parseJks(input: Uint8Array | ArrayBuffer, options: ParseJksOptions): Promise<JksContents> {
  optionsArgument(options);
  const bytes = bytesArgument(input, 'input');
  const password = utf16(stringArgument(options?.password, 'options.password'));
  const keyPassword =
    options.keyPassword === undefined ? password : utf16(stringArgument(options.keyPassword, 'options.keyPassword'));
  const limits = limitsOf(options.policy);
  withinLimit(limits, 'maxInputLength', bytes.length);
  let read: ReturnType<typeof readEntries>;
  try {
    read = readEntries(bytes, limits);
  } catch (error) {
    if (error instanceof DerError)
      throw new CertkitError(createIssue('x509.jks.malformed', 'CHAIN-05', { part: error.part }));
    throw error;
  }
  if (!sameBytes(sha1(concatBytes(password, WHITENER, read.signed)), read.digest))
    throw new CertkitError(createIssue('x509.jks.password', 'CHAIN-05', { reason: 'wrong' }));
  const crypto = resolveCrypto(options.crypto);
  const verifier = createSignatureVerifier(crypto);
  const parse = (der: Uint8Array) => readCertificate(der, verifier);
  const keys: KeystoreKey[] = [];
  const trustedCertificates: KeystoreCertificate[] = [];
  for (const entry of read.entries) {
    const createdAt = new Date(entry.createdAt).toISOString();
    if (entry.kind === 'certificate') {
      trustedCertificates.push({ alias: entry.alias, createdAt, certificate: (await parse(entry.certificate)).info });
      continue;
    }
    const chain = await Promise.all(entry.chain.map(parse));
    keys.push(await openKey(crypto, entry.alias, createdAt, entry.key, keyPassword, chain));
  }
  return { keys, trustedCertificates };
}

/** A private key entry opened: the PKCS#8 key, described and matched with its chain's first certificate. */
async function openKey(
  crypto: WebCrypto,
  alias: string,
  createdAt: string,
  protectedInfo: Uint8Array,
  password: Uint8Array,
  chain: readonly Certificate[],
): Promise<KeystoreKey> {
  let protectedKey: Uint8Array;
  try {
    const [algorithm, data] = fields(
      expectTag(readRoot(protectedInfo, 'JKS key'), TAG.sequence, 'JKS key'),
      2,
      2,
      'JKS key',
    );
    const [oid] = fields(expectTag(algorithm, TAG.sequence, 'JKS key'), 1, 2, 'JKS key');
    const scheme = readOid(oid as DerNode);
    if (scheme !== KEY_PROTECTOR)
      throw new CertkitError(createIssue('x509.jks.unsupported', 'CHAIN-05', { format: `key protection ${scheme}` }));
    protectedKey = content(expectTag(data, TAG.octetString, 'JKS key'));
  } catch (error) {
    if (error instanceof DerError)
      throw new CertkitError(createIssue('x509.jks.malformed', 'CHAIN-05', { part: error.part }));
    throw error;
  }
  const pkcs8 = recoverKey(protectedKey, password);
  if (pkcs8 === null) throw new CertkitError(createIssue('x509.jks.password', 'CHAIN-05', { reason: 'key' }));
  readPrivateKeyInfo(pkcs8);
  const { key, publicKeyFingerprint } = await describePkcs8(crypto, pkcs8);
  return {
    alias,
    createdAt,
    pkcs8,
    pem: writePem(pkcs8, 'PRIVATE KEY'),
    key,
    publicKeyFingerprint,
    chain: chain.map((certificate) => certificate.info),
    matches: chain[0]?.info.publicKeyFingerprint === publicKeyFingerprint,
  };
}

/** Options of {@link createJks}. */
export interface JksOptions {
  /** DER certificates, the one matching the key first, then its issuers. */
  readonly certificates: readonly Uint8Array[];
  /** An extractable private key. */
  readonly privateKey: WebCryptoKey;
  /** The store password (keytool asks for at least 6 characters). */
  readonly password: string;
  /** The key entry's password; the store's by default, as Tomcat expects. */
  readonly keyPassword?: string;
  /** The entry's alias, Tomcat's `certificateKeyAlias`; default `tomcat`. */
  readonly alias?: string;
  /** The entry's creation date; the leaf's notBefore by default (certkit never reads the clock). */
  readonly createdAt?: Instant;
  readonly crypto?: WebCrypto;
}

/**
 * A Java KeyStore (JKS) with one private key entry and its chain, for Tomcat installs that take
 * JKS (`certificateKeystoreType="JKS"`): the key under Sun's key protector, the SHA-1 integrity
 * digest — what `keytool -list -storetype JKS` opens. Throws `x509.key.not-extractable`,
 * `x509.bundle.chain` (no certificate), `x509.jks.password` (a password under 6 characters,
 * which keytool would refuse to open).
 *
 * @example
 * const jks = await createJks({ certificates: [leafDer, intermediateDer], privateKey, password: 'changeit' });
 */
export async function createJks(options: JksOptions): Promise<Uint8Array> {
  objectArgument(options, 'options');
  const crypto = resolveCrypto(options.crypto);
  if (!options.privateKey?.extractable || options.privateKey.type !== 'private')
    throw new CertkitError(createIssue('x509.key.not-extractable', 'CHAIN-04'));
  const certificates = arrayArgument<Uint8Array>(options.certificates, 'options.certificates').map((der, index) =>
    bytesArgument(der, `options.certificates[${index}]`),
  );
  if (certificates.length === 0) throw new CertkitError(createIssue('x509.bundle.chain', 'CHAIN-05'));
  const password = stringArgument(options.password, 'options.password');
  const keyPassword =
    options.keyPassword === undefined ? password : stringArgument(options.keyPassword, 'options.keyPassword');
  if (password.length < 6 || keyPassword.length < 6)
    throw new CertkitError(createIssue('x509.jks.password', 'CHAIN-05', { reason: 'short' }));
  const alias = stringArgument(options.alias ?? 'tomcat', 'options.alias').toLowerCase(); // keytool lower-cases JKS aliases
  const createdAt =
    options.createdAt === undefined
      ? decodeCertificateDer(certificates[0] as Uint8Array).notBefore
      : toDate(options.createdAt, 'options.createdAt').getTime();
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', options.privateKey));
  const key = protectKey(crypto, pkcs8, utf16(keyPassword));
  const chain = certificates.flatMap((der) => [writeUtf('X.509'), u32(der.length), der]);
  const body = concatBytes(
    u32(MAGIC),
    u32(VERSION),
    u32(1),
    u32(PRIVATE_KEY_ENTRY),
    writeUtf(alias),
    u64(createdAt),
    u32(key.length),
    key,
    u32(certificates.length),
    ...chain,
  );
  return concatBytes(body, sha1(concatBytes(utf16(password), WHITENER, body)));
}
