import { concatBytes } from '../der/bytes.js';
import { bufferSource, fromBase64, toHex } from '../der/encoding.js';
import { OID } from '../der/oids.js';
import { scanPem, writePem } from '../der/pem.js';
import {
  content,
  contextTag,
  type DerNode,
  expectTag,
  fields,
  optionalFields,
  readOid,
  readRoot,
} from '../der/reader.js';
import { TAG } from '../der/tags.js';
import { derExplicit, derOid, derSequence } from '../der/writer.js';
import { loadLegacyCiphers } from '../pkcs12/legacy.js';
import { keyError } from './key-error.js';
import type { WebCrypto } from './web-crypto.js';

/**
 * OpenSSL's "traditional" encrypted PEM keys (RFC 1421 headers): `RSA PRIVATE KEY` (PKCS#1) or
 * `EC PRIVATE KEY` (SEC1) with `Proc-Type: 4,ENCRYPTED` and `DEK-Info: <cipher>,<IV hex>`, the key
 * from `EVP_BytesToKey(MD5, salt = the first 8 bytes of the IV, one round)` — what `openssl rsa
 * -aes256`, `openssl ec -aes128` and `genrsa -des3` write and many control panels still ask for.
 */

/** The DEK-Info ciphers read and written: AES-CBC (WebCrypto) and Triple DES (certkit's own). */
export const TRADITIONAL_CIPHERS = {
  'AES-128-CBC': { keyLength: 16, ivLength: 16 },
  'AES-192-CBC': { keyLength: 24, ivLength: 16 },
  'AES-256-CBC': { keyLength: 32, ivLength: 16 },
  'DES-EDE3-CBC': { keyLength: 24, ivLength: 8 },
} as const;

/** A DEK-Info cipher name. */
export type TraditionalCipher = keyof typeof TRADITIONAL_CIPHERS;

/** One traditional encrypted block: its label, cipher, IV and ciphertext. */
export interface TraditionalBlock {
  /** `SM2 PRIVATE KEY` is OpenSSL 3's label for an SM2 SEC1 key (`openssl ec` on an SM2 key). */
  readonly label: 'RSA PRIVATE KEY' | 'EC PRIVATE KEY' | 'SM2 PRIVATE KEY';
  readonly cipher: string;
  readonly iv: Uint8Array;
  readonly ciphertext: Uint8Array;
}

const LABELS = ['RSA PRIVATE KEY', 'EC PRIVATE KEY', 'SM2 PRIVATE KEY'] as const;

/**
 * The encrypted traditional key block of `text`, or `undefined` when it has none (a plain key,
 * PKCS#8, anything else: the ordinary readers take it). Throws `x509.key.malformed` for headers
 * that are not `Proc-Type: 4,ENCRYPTED` + `DEK-Info: cipher,hex`.
 */
export function readTraditionalBlock(text: string): TraditionalBlock | undefined {
  const block = scanPem(text).blocks.find((candidate) => (LABELS as readonly string[]).includes(candidate.label));
  if (block === undefined || !/^Proc-Type:/m.test(block.body)) return undefined;
  const [headers = '', body = ''] = block.body.replace(/\r\n/g, '\n').split(/\n[ \t]*\n/);
  const procType = /^Proc-Type:\s*4,\s*ENCRYPTED\s*$/m.test(headers);
  const dekInfo = /^DEK-Info:\s*([A-Za-z0-9-]+)\s*,\s*([0-9A-Fa-f]+)\s*$/m.exec(headers);
  const ciphertext = fromBase64(body.replace(/\s+/g, ''));
  if (!procType || dekInfo === null || ciphertext === undefined || ciphertext.length === 0)
    throw keyError('x509.key.malformed', { format: `${block.label} (Proc-Type/DEK-Info headers)` });
  const iv = Uint8Array.from((dekInfo[2] as string).match(/../g) ?? [], (byte) => Number.parseInt(byte, 16));
  return {
    label: block.label as TraditionalBlock['label'],
    cipher: (dekInfo[1] as string).toUpperCase(),
    iv,
    ciphertext,
  };
}

/** `EVP_BytesToKey` with MD5, one round: D_i = MD5(D_{i−1} ‖ password ‖ salt), concatenated to `length`. */
async function bytesToKey(password: Uint8Array, salt: Uint8Array, length: number): Promise<Uint8Array> {
  const { md5 } = await loadLegacyCiphers();
  let key: Uint8Array = new Uint8Array(0);
  let previous: Uint8Array = new Uint8Array(0);
  while (key.length < length) {
    previous = md5(concatBytes(previous, password, salt));
    key = concatBytes(key, previous);
  }
  return key.slice(0, length);
}

/**
 * The PKCS#1 or SEC1 DER of a traditional encrypted block. Throws `x509.key.password` (`wrong`:
 * the padding or the DER does not come out right) and `x509.key.encryption-unsupported` for a
 * cipher other than AES-CBC and Triple DES.
 */
export async function decryptTraditional(
  crypto: WebCrypto,
  block: TraditionalBlock,
  password: string,
): Promise<Uint8Array> {
  const cipher = TRADITIONAL_CIPHERS[block.cipher as TraditionalCipher];
  if (cipher === undefined || !Object.hasOwn(TRADITIONAL_CIPHERS, block.cipher))
    throw keyError('x509.key.encryption-unsupported', { scheme: `PEM DEK-Info ${block.cipher}` });
  if (block.iv.length !== cipher.ivLength)
    throw keyError('x509.key.malformed', { format: `${block.label} (DEK-Info IV)` });
  const key = await bytesToKey(new TextEncoder().encode(password), block.iv.subarray(0, 8), cipher.keyLength);
  let plain: Uint8Array | null;
  if (block.cipher === 'DES-EDE3-CBC')
    plain = (await loadLegacyCiphers()).tripleDesCbc('decrypt', key, block.iv, block.ciphertext);
  else {
    const aesKey = await crypto.subtle.importKey('raw', bufferSource(key), 'AES-CBC', false, ['decrypt']);
    plain = await crypto.subtle
      .decrypt({ name: 'AES-CBC', iv: bufferSource(block.iv) }, aesKey, bufferSource(block.ciphertext))
      .then(
        (bytes) => new Uint8Array(bytes),
        () => null,
      );
  }
  if (plain === null || !isSequence(plain)) throw keyError('x509.key.password', { reason: 'wrong' }, 'CSR-06');
  return plain;
}

function isSequence(der: Uint8Array): boolean {
  try {
    expectTag(readRoot(der, 'key'), TAG.sequence, 'key');
    return true;
  } catch {
    return false;
  }
}

/**
 * A PKCS#8 key as its traditional form: `RSA PRIVATE KEY` (the PKCS#1 RSAPrivateKey inside) or
 * `EC PRIVATE KEY` (the SEC1 ECPrivateKey, with its named curve written in, as OpenSSL needs it).
 * Throws `x509.key.unsupported` for any other key type.
 */
export function traditionalOf(pkcs8: Uint8Array): { label: TraditionalBlock['label']; der: Uint8Array } {
  const [, algorithm, privateKey] = fields(
    expectTag(readRoot(pkcs8, 'PrivateKeyInfo'), TAG.sequence, 'PrivateKeyInfo'),
    3,
    5,
    'PrivateKeyInfo',
  );
  const [oidNode, parameters] = fields(expectTag(algorithm, TAG.sequence, 'PrivateKeyInfo'), 1, 2, 'PrivateKeyInfo');
  const oid = readOid(oidNode as DerNode);
  const inner = content(expectTag(privateKey, TAG.octetString, 'PrivateKeyInfo'));
  if (oid === OID.rsaEncryption) return { label: 'RSA PRIVATE KEY', der: inner };
  if (oid !== OID.ecPublicKey || parameters?.tag !== TAG.oid) throw keyError('x509.key.unsupported', { key: oid });
  const [version, key, ...optional] = fields(
    expectTag(readRoot(inner, 'ECPrivateKey'), TAG.sequence, 'ECPrivateKey'),
    2,
    4,
    'ECPrivateKey',
  );
  const [curve, publicKey] = optionalFields(optional, [contextTag(0, true), contextTag(1, true)], 'ECPrivateKey');
  const raw = (node: DerNode | undefined) => (node === undefined ? [] : [node.bytes.subarray(node.start, node.end)]);
  const named = curve === undefined ? [derExplicit(0, derOid(readOid(parameters)))] : raw(curve);
  return { label: 'EC PRIVATE KEY', der: derSequence(...raw(version), ...raw(key), ...named, ...raw(publicKey)) };
}

/**
 * Traditional PEM of a PKCS#1/SEC1 key, encrypted with `cipher` as OpenSSL does (a random IV, its
 * first 8 bytes the salt), or plain without a password.
 *
 * @example
 * await writeTraditional(crypto, { label: 'RSA PRIVATE KEY', der }, 'secret', 'AES-256-CBC') // => '-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\n…'
 */
export async function writeTraditional(
  crypto: WebCrypto,
  key: { readonly label: TraditionalBlock['label']; readonly der: Uint8Array },
  password: string | undefined,
  cipherName: TraditionalCipher,
): Promise<string> {
  if (password === undefined) return writePem(key.der, key.label);
  const cipher = TRADITIONAL_CIPHERS[cipherName];
  const iv = crypto.getRandomValues(new Uint8Array(cipher.ivLength));
  const secret = await bytesToKey(new TextEncoder().encode(password), iv.subarray(0, 8), cipher.keyLength);
  let ciphertext: Uint8Array;
  if (cipherName === 'DES-EDE3-CBC')
    ciphertext = (await loadLegacyCiphers()).tripleDesCbc('encrypt', secret, iv, key.der) as Uint8Array;
  else {
    const aesKey = await crypto.subtle.importKey('raw', bufferSource(secret), 'AES-CBC', false, ['encrypt']);
    ciphertext = new Uint8Array(
      await crypto.subtle.encrypt({ name: 'AES-CBC', iv: bufferSource(iv) }, aesKey, bufferSource(key.der)),
    );
  }
  const body = writePem(ciphertext, key.label).split('\n');
  const headers = ['Proc-Type: 4,ENCRYPTED', `DEK-Info: ${cipherName},${toHex(iv).toUpperCase()}`, ''];
  return [body[0], ...headers, ...body.slice(1)].join('\n');
}
