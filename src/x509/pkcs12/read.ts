import { bytesArgument, optionsArgument, stringArgument } from '../../core/argument.js';
import { CertkitError } from '../../core/error.js';
import { createIssue } from '../../core/issue.js';
import { type LimitsOption, limitsOf, type WorkLimits } from '../../policy/limits.js';
import { type CertInfo, type Certificate, readCertificate } from '../certificate/parse.js';
import { bufferSource, toHex } from '../der/encoding.js';
import { HASHES, PKCS12 } from '../der/oids.js';
import { writePem } from '../der/pem.js';
import {
  children,
  content,
  DerError,
  type DerNode,
  expectTag,
  fields,
  readOid,
  readRoot,
  readSmallInteger,
  readString,
} from '../der/reader.js';
import { TAG } from '../der/tags.js';
import { resolveCrypto } from '../keys/crypto.js';
import { describePkcs8 } from '../keys/describe-pkcs8.js';
import { withinLimit } from '../keys/limit.js';
import { readPrivateKeyInfo } from '../keys/pkcs8.js';
import type { PublicKeyInfo } from '../keys/public-key.js';
import { createSignatureVerifier } from '../keys/verifier.js';
import type { WebCrypto } from '../keys/web-crypto.js';
import { berToDer } from './ber.js';
import { bmpPassword, KDF_PURPOSE, kdfSupports, pkcs12Kdf } from './kdf.js';
import { boundIterations, type Pkcs12Password, pbeDecrypt, schemeName, unsupported } from './pbe.js';

/** One private key of a PKCS#12 file, with the certificate it belongs to and that certificate's chain. */
export interface Pkcs12Key {
  /** The key as unencrypted PKCS#8 DER, and as `PRIVATE KEY` PEM. */
  readonly pkcs8: Uint8Array;
  readonly pem: string;
  readonly key: PublicKeyInfo;
  /** CSR-04: SHA-256 of the public key's SubjectPublicKeyInfo, as a certificate's `publicKeyFingerprint`. */
  readonly publicKeyFingerprint: string;
  readonly friendlyName: string | null;
  /** The `localKeyId` attribute, lower-case hex. */
  readonly localKeyId: string | null;
  /** The certificate with this key's public key; `null` when the file has none. */
  readonly certificate: CertInfo | null;
  /** That certificate and its issuers found in the file, leaf first, up to a self-signed one. */
  readonly chain: readonly CertInfo[];
  /** How the key was protected: `PBES2`, `pbeWithSHAAnd3-KeyTripleDES-CBC`, or `none` (a plain key bag). */
  readonly encryption: string;
}

/** A certificate of the file, with its bag's attributes. */
export interface Pkcs12Certificate {
  readonly certificate: CertInfo;
  readonly friendlyName: string | null;
  readonly localKeyId: string | null;
  /** `none` when the certificate bag was not encrypted. */
  readonly encryption: string;
}

/** What {@link parsePkcs12} read. */
export interface Pkcs12Contents {
  readonly keys: readonly Pkcs12Key[];
  readonly certificates: readonly Pkcs12Certificate[];
  /** The integrity MAC that was checked (`SHA-1`, `SHA-256`) and its iterations; `null` without one (`-nomac`). */
  readonly mac: { readonly hash: string; readonly iterations: number } | null;
}

/** Options of {@link parsePkcs12}. */
export interface ParsePkcs12Options extends LimitsOption {
  /** The file's password; absent or `''` for a file without one. */
  readonly password?: string;
  readonly crypto?: WebCrypto;
}

/** The MAC hashes the PKCS#12 key derivation runs on here, by OID. */
const MAC_HASHES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(HASHES).filter(([, hash]) => kdfSupports(hash)),
);
const SAFE_CONTENTS_BAG = '1.2.840.113549.1.12.10.1.6';
const PLAIN_KEY_BAG = '1.2.840.113549.1.12.10.1.1';
/** Nested safe-contents bags deeper than this are refused. */
const MAX_NESTING = 4;

interface Bag {
  /** A plain key bag's PrivateKeyInfo, a shrouded one's EncryptedPrivateKeyInfo, a certificate's DER. */
  readonly kind: 'key' | 'shrouded' | 'certificate';
  readonly value: Uint8Array;
  readonly friendlyName: string | null;
  readonly localKeyId: string | null;
  readonly encryption: string;
}

/** What reading the bags needs. */
interface Reading {
  readonly crypto: WebCrypto;
  readonly password: Pkcs12Password;
  readonly limits: WorkLimits;
  readonly bags: Bag[];
}

/**
 * Reads a PKCS#12 file (`.pfx`, `.p12`) — what OpenSSL 1.x and 3.x, Windows, macOS Keychain and
 * Java keytool write: PBES2 (PBKDF2 + AES-CBC) or PKCS#12's PBE with Triple DES and 40/128-bit
 * RC2, SHA-1 or SHA-256 MACs, certificates in encrypted or plain bags, keys in shrouded or plain
 * key bags, `friendlyName` and `localKeyId`, BER or DER. Each key comes with its certificate (by
 * public key) and that certificate's chain from the file, leaf first.
 *
 * Throws `CertkitError`: `x509.pkcs12.password` (wrong or missing password: the MAC or the
 * decryption fails — a MAC mismatch is never ignored), `x509.pkcs12.malformed`,
 * `x509.pkcs12.unsupported` (public-key integrity or privacy, RC4, PBMAC1), `x509.limit.exceeded`
 * (an iteration count above the policy's `limits.maxPbkdf2Iterations`, refused before any work),
 * `x509.key.sm2` for an SM2 key (CHAIN-04).
 *
 * @example
 * const { keys } = await parsePkcs12(pfxBytes, { password: 'secret' });
 * keys[0]?.certificate?.commonName // => 'www.example.com'
 * keys[0]?.pem                     // => '-----BEGIN PRIVATE KEY-----…'
 */
export async function parsePkcs12(
  input: Uint8Array | ArrayBuffer,
  options: ParsePkcs12Options = {},
): Promise<Pkcs12Contents> {
  optionsArgument(options);
  const bytes = bytesArgument(input, 'input');
  const limits = limitsOf(options.policy);
  withinLimit(limits, 'maxInputLength', bytes.length);
  const text = options.password === undefined ? '' : stringArgument(options.password, 'options.password');
  const crypto = resolveCrypto(options.crypto);
  const { authSafe, macData } = malformedAs('PFX', () => readPfx(bytes));
  const { password, mac } = await checkMac(crypto, authSafe, macData, text, options.password === undefined, limits);
  const reading: Reading = { crypto, password, limits, bags: [] };
  await readAuthenticatedSafe(reading, authSafe);
  return pairKeys(reading, mac);
}

/** The PFX's authenticated safe (the bytes the MAC covers) and its MacData. */
function readPfx(bytes: Uint8Array): { authSafe: Uint8Array; macData: DerNode | undefined } {
  const [version, authSafe, macData] = fields(
    expectTag(readRoot(berToDer(bytes), 'PFX'), TAG.sequence, 'PFX'),
    2,
    3,
    'PFX',
  );
  if (readSmallInteger(version as DerNode, 'PFX version') !== 3) throw new DerError('PFX version');
  const [type, wrapped] = fields(expectTag(authSafe, TAG.sequence, 'authSafe'), 2, 2, 'authSafe');
  const contentType = readOid(type as DerNode, 'authSafe');
  if (contentType !== PKCS12.data) throw unsupported(`authSafe ${contentType} (public-key integrity mode)`);
  const [octets] = fields(expectTag(wrapped, 0xa0, 'authSafe'), 1, 1, 'authSafe');
  return { authSafe: content(expectTag(octets, TAG.octetString, 'authSafe')), macData };
}

/**
 * RFC 7292 §5.1's integrity check. The password is tried as given and, when it is empty, also as
 * "absent" (no bytes, as some Windows exports write it); the one that verifies is used for the
 * rest. No MAC (`-nomac`): the password is taken as given and decryption tells.
 */
async function checkMac(
  crypto: WebCrypto,
  authSafe: Uint8Array,
  macData: DerNode | undefined,
  text: string,
  absent: boolean,
  limits: WorkLimits,
): Promise<{ password: Pkcs12Password; mac: Pkcs12Contents['mac'] }> {
  const candidates: Pkcs12Password[] = [{ text, bmp: bmpPassword(text) }];
  if (text === '') candidates.push({ text, bmp: bmpPassword(null) });
  if (macData === undefined) return { password: candidates[0] as Pkcs12Password, mac: null };
  const { hash, digest, salt, iterations } = malformedAs('MacData', () => readMacData(macData));
  boundIterations(iterations, limits);
  for (const password of candidates) {
    const key = pkcs12Kdf(hash, password.bmp, salt, iterations, KDF_PURPOSE.mac, digest.length);
    const hmac = await crypto.subtle.importKey('raw', bufferSource(key), { name: 'HMAC', hash }, false, ['verify']);
    if (await crypto.subtle.verify('HMAC', hmac, bufferSource(digest), bufferSource(authSafe)))
      return { password, mac: { hash, iterations } };
  }
  throw passwordError(absent ? 'missing' : 'wrong');
}

function readMacData(macData: DerNode): { hash: string; digest: Uint8Array; salt: Uint8Array; iterations: number } {
  const [digestInfo, salt, count] = fields(expectTag(macData, TAG.sequence, 'MacData'), 2, 3, 'MacData');
  const [algorithm, digest] = fields(expectTag(digestInfo, TAG.sequence, 'MacData'), 2, 2, 'MacData');
  const [oid] = fields(expectTag(algorithm, TAG.sequence, 'MacData'), 1, 2, 'MacData');
  const hashOid = readOid(oid as DerNode, 'MacData');
  const hash = MAC_HASHES[hashOid];
  if (hash === undefined) throw unsupported(`MAC ${HASHES[hashOid] ?? hashOid}`);
  return {
    hash,
    digest: content(expectTag(digest, TAG.octetString, 'MacData')),
    salt: content(expectTag(salt, TAG.octetString, 'MacData')),
    iterations: count === undefined ? 1 : readSmallInteger(count, 'MacData'),
  };
}

/** Every ContentInfo of the authenticated safe: plain `data`, or `encryptedData` decrypted. */
async function readAuthenticatedSafe(reading: Reading, authSafe: Uint8Array): Promise<void> {
  const infos = malformedAs('authenticated safe', () =>
    children(expectTag(readRoot(berToDer(authSafe), 'authSafe'), TAG.sequence, 'authSafe')),
  );
  for (const info of infos) {
    const [type, wrapped] = malformedAs('ContentInfo', () =>
      fields(expectTag(info, TAG.sequence, 'ContentInfo'), 2, 2, 'ContentInfo'),
    );
    const contentType = malformedAs('ContentInfo', () => readOid(type as DerNode));
    const inner = malformedAs(
      'ContentInfo',
      () => fields(expectTag(wrapped, 0xa0, 'ContentInfo'), 1, 1, 'ContentInfo')[0] as DerNode,
    );
    if (contentType === PKCS12.data) {
      const safe = malformedAs('SafeContents', () => content(expectTag(inner, TAG.octetString, 'SafeContents')));
      readSafeContents(reading, safe, 'none', 0);
    } else if (contentType === PKCS12.encryptedData) {
      const { algorithm, data } = malformedAs('EncryptedData', () => readEncryptedData(inner));
      const plain = await pbeDecrypt(reading.crypto, algorithm, data, reading.password, reading.limits);
      if (plain === null) throw passwordError('wrong');
      readSafeContents(reading, plain, schemeName(readOid(children(algorithm)[0] as DerNode)), 0);
    } else throw unsupported(`ContentInfo ${contentType} (public-key privacy mode)`);
  }
}

/** `EncryptedData`'s algorithm and ciphertext (the `[0] IMPLICIT` content, primitive or in BER segments). */
function readEncryptedData(node: DerNode): { algorithm: DerNode; data: Uint8Array } {
  const [, encryptedContentInfo] = fields(expectTag(node, TAG.sequence, 'EncryptedData'), 2, 3, 'EncryptedData');
  const [, algorithm, encrypted] = fields(
    expectTag(encryptedContentInfo, TAG.sequence, 'EncryptedData'),
    3,
    3,
    'EncryptedData',
  );
  const data =
    encrypted?.tag === 0x80
      ? content(encrypted)
      : Uint8Array.from(
          children(expectTag(encrypted, 0xa0, 'EncryptedData')).flatMap((part) => [
            ...content(expectTag(part, TAG.octetString, 'EncryptedData')),
          ]),
        );
  return { algorithm: algorithm as DerNode, data };
}

/** The bags of one SafeContents (DER or BER), into `reading.bags`. */
function readSafeContents(reading: Reading, bytes: Uint8Array, encryption: string, depth: number): void {
  if (depth > MAX_NESTING) throw malformed('nested safe contents');
  const bags = malformedAs('SafeContents', () =>
    children(expectTag(readRoot(berToDer(bytes), 'SafeContents'), TAG.sequence, 'SafeContents')),
  );
  for (const bag of bags) {
    const [idNode, valueNode, attributes] = malformedAs('SafeBag', () =>
      fields(expectTag(bag, TAG.sequence, 'SafeBag'), 2, 3, 'SafeBag'),
    );
    const id = malformedAs('SafeBag', () => readOid(idNode as DerNode));
    const value = malformedAs(
      'SafeBag',
      () => fields(expectTag(valueNode, 0xa0, 'SafeBag'), 1, 1, 'SafeBag')[0] as DerNode,
    );
    const named = { ...malformedAs('SafeBag attributes', () => readAttributes(attributes)), encryption };
    const der = value.bytes.subarray(value.start, value.end);
    if (id === SAFE_CONTENTS_BAG) readSafeContents(reading, der, encryption, depth + 1);
    else if (id === PLAIN_KEY_BAG) reading.bags.push({ kind: 'key', value: der, ...named });
    else if (id === PKCS12.keyBag) reading.bags.push({ kind: 'shrouded', value: der, ...named });
    else if (id === PKCS12.certBag)
      reading.bags.push({ kind: 'certificate', value: malformedAs('CertBag', () => certificateOf(value)), ...named });
    // CRL and secret bags carry nothing a server needs: left out
  }
}

/** A CertBag's X.509 certificate DER; SDSI certificates are refused. */
function certificateOf(bag: DerNode): Uint8Array {
  const [type, wrapped] = fields(expectTag(bag, TAG.sequence, 'CertBag'), 2, 2, 'CertBag');
  const certType = readOid(type as DerNode, 'CertBag');
  if (certType !== PKCS12.x509Certificate) throw unsupported(`certificate type ${certType}`);
  const [octets] = fields(expectTag(wrapped, 0xa0, 'CertBag'), 1, 1, 'CertBag');
  return content(expectTag(octets, TAG.octetString, 'CertBag'));
}

function readAttributes(attributes: DerNode | undefined): { friendlyName: string | null; localKeyId: string | null } {
  let friendlyName: string | null = null;
  let localKeyId: string | null = null;
  for (const attribute of attributes === undefined ? [] : children(expectTag(attributes, TAG.set, 'attributes'))) {
    const [type, values] = fields(expectTag(attribute, TAG.sequence, 'attribute'), 2, 2, 'attribute');
    const oid = readOid(type as DerNode);
    const first = children(expectTag(values, TAG.set, 'attribute'))[0];
    if (oid === PKCS12.friendlyName && first !== undefined) friendlyName = readString(first) ?? null;
    if (oid === PKCS12.localKeyId && first !== undefined)
      localKeyId = toHex(content(expectTag(first, TAG.octetString, 'localKeyId')));
  }
  return { friendlyName, localKeyId };
}

/** Each key decrypted and paired with its certificate and chain. */
async function pairKeys(reading: Reading, mac: Pkcs12Contents['mac']): Promise<Pkcs12Contents> {
  const { crypto, bags, limits } = reading;
  const certificateBags = bags.filter((bag) => bag.kind === 'certificate');
  if (certificateBags.length > limits.maxCertificates)
    throw new CertkitError(
      createIssue('x509.certificate.too-many', 'CHAIN-04', {
        count: certificateBags.length,
        limit: limits.maxCertificates,
      }),
    );
  const verifier = createSignatureVerifier(crypto);
  const certificates = await Promise.all(certificateBags.map((bag) => readCertificate(bag.value, verifier)));
  const keys: Pkcs12Key[] = [];
  for (const bag of bags.filter((candidate) => candidate.kind !== 'certificate'))
    keys.push(await readKey(crypto, bag.kind === 'shrouded' ? await unshroud(reading, bag) : bag, certificates));
  return {
    keys,
    certificates: certificates.map((certificate, index) => {
      const { friendlyName, localKeyId, encryption } = certificateBags[index] as Bag;
      return { certificate: certificate.info, friendlyName, localKeyId, encryption };
    }),
    mac,
  };
}

/** A shrouded key bag decrypted: its PrivateKeyInfo, or `x509.pkcs12.password` when the password does not open it. */
async function unshroud(reading: Reading, bag: Bag): Promise<Bag> {
  const [algorithm, data] = malformedAs('EncryptedPrivateKeyInfo', () =>
    fields(
      expectTag(readRoot(bag.value, 'EncryptedPrivateKeyInfo'), TAG.sequence, 'EncryptedPrivateKeyInfo'),
      2,
      2,
      'EncryptedPrivateKeyInfo',
    ),
  ) as [DerNode, DerNode];
  const ciphertext = malformedAs('EncryptedPrivateKeyInfo', () =>
    content(expectTag(data, TAG.octetString, 'EncryptedPrivateKeyInfo')),
  );
  const plain = await pbeDecrypt(reading.crypto, algorithm, ciphertext, reading.password, reading.limits);
  // a wrong password that happens to unpad still fails to read as a PrivateKeyInfo
  if (plain === null || !isPrivateKeyInfo(plain)) throw passwordError('wrong');
  const encryption = schemeName(
    malformedAs('EncryptedPrivateKeyInfo', () => readOid(children(algorithm)[0] as DerNode)),
  );
  return { ...bag, kind: 'key', value: plain, encryption };
}

function isPrivateKeyInfo(der: Uint8Array): boolean {
  try {
    readPrivateKeyInfo(der);
    return true;
  } catch {
    return false;
  }
}

async function readKey(crypto: WebCrypto, bag: Bag, certificates: readonly Certificate[]): Promise<Pkcs12Key> {
  const pkcs8 = bag.value;
  const { key, publicKeyFingerprint } = await describePkcs8(crypto, pkcs8);
  const leaf = certificates.find((certificate) => certificate.info.publicKeyFingerprint === publicKeyFingerprint);
  return {
    pkcs8,
    pem: writePem(pkcs8, 'PRIVATE KEY'),
    key,
    publicKeyFingerprint,
    friendlyName: bag.friendlyName,
    localKeyId: bag.localKeyId,
    certificate: leaf?.info ?? null,
    chain: leaf === undefined ? [] : chainOf(leaf, certificates).map((certificate) => certificate.info),
    encryption: bag.encryption,
  };
}

/** The leaf and its issuers among the file's certificates, by name, until a self-issued one or a gap. */
function chainOf(leaf: Certificate, certificates: readonly Certificate[]): Certificate[] {
  const chain = [leaf];
  for (let current = leaf; current.decoded.subject.key !== current.decoded.issuer.key; ) {
    const issuer = certificates.find(
      (candidate) => !chain.includes(candidate) && candidate.decoded.subject.key === current.decoded.issuer.key,
    );
    if (issuer === undefined) break;
    chain.push(issuer);
    current = issuer;
  }
  return chain;
}

function passwordError(reason: 'wrong' | 'missing'): CertkitError {
  return new CertkitError(createIssue('x509.pkcs12.password', 'CHAIN-05', { reason }));
}

function malformed(part: string): CertkitError {
  return new CertkitError(createIssue('x509.pkcs12.malformed', 'CHAIN-05', { part }));
}

/** `read()`, with a `DerError` reported as `x509.pkcs12.malformed` naming `part`. */
function malformedAs<T>(part: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof DerError) throw malformed(part);
    throw error;
  }
}
