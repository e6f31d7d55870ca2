import { invalidArgument, objectArgument } from '../../core/argument.js';
import { type CsrRequest, requestContent, signedRequest } from '../csr/generate.js';
import { bufferSource, toHex } from '../der/encoding.js';
import { SM2_WITH_SM3 } from '../der/oids.js';
import { derOid, derSequence } from '../der/writer.js';
import { resolveCrypto } from '../keys/crypto.js';
import type { WebCrypto } from '../keys/web-crypto.js';
import { sm2Id } from './id.js';
import { isSm2KeyPair, type Sm2KeyPair, sm2Secret } from './key-pair.js';
import { exportSm2PrivateKey, generateSm2KeyPair, importSm2PrivateKey, randomBytesOf } from './keys.js';
import { signSm2 } from './sign.js';
import { sm2SignatureDer } from './signature.js';

/** What `generateSm2Csr` needs: `generateCsr`'s request, an SM2 key, the distinguishing ID. */
export interface Sm2CsrOptions extends CsrRequest {
  /** An SM2 key pair, or its PEM in any format `importSm2PrivateKey` reads; default a new key. */
  readonly key?: Sm2KeyPair | string;
  /** The password of `key` when it is encrypted PEM. */
  readonly keyPassword?: string;
  /** Encrypts the returned private key (encrypted PKCS#8, PBES2). */
  readonly password?: string;
  /** PBKDF2 iterations for `password` (default 600,000). */
  readonly iterations?: number;
  /**
   * The SM2 distinguishing identifier the signature is bound to (default `1234567812345678`, GM/T
   * 0009 and GB/T 35276; what Chinese CAs expect and `openssl req -verify -vfyopt distid:…` checks).
   */
  readonly distinguishingId?: string;
  readonly crypto?: WebCrypto;
}

/** A generated SM2 CSR and its key. */
export interface GeneratedSm2Csr {
  readonly csrPem: string;
  /** PKCS#8 PEM (encrypted with `password`), as OpenSSL 3 writes SM2 keys. */
  readonly privateKeyPem: string;
  /** CSR-04: lower-case hex SHA-256 of the SubjectPublicKeyInfo DER. */
  readonly publicKeyFingerprint: string;
  readonly key: { readonly type: 'EC'; readonly curve: 'SM2' };
  readonly keyPair: Sm2KeyPair;
}

/**
 * Generates an SM2 key on sm2p256v1 (or uses the given one) and a PKCS#10 CSR signed with
 * SM2-with-SM3 (GB/T 32918.2, OID 1.2.156.10197.1.501), for the vendor's 国密 SM2 DV/OV/EV
 * certificates — the same subject and name rules as `generateCsr` (CSR-01, CSR-03), in the
 * browser with the key kept in the page. `openssl req -verify -vfyopt distid:1234567812345678`
 * accepts what it makes.
 *
 * @example
 * const { csrPem, privateKeyPem } = await generateSm2Csr({
 *   domains: ['sm2.example.com'],
 *   subject: { C: 'CN', O: '示例科技有限公司' },
 * });
 */
export async function generateSm2Csr(options: Sm2CsrOptions): Promise<GeneratedSm2Csr> {
  const crypto = resolveCrypto(objectArgument<Sm2CsrOptions>(options, 'options').crypto);
  const request = requestContent(options);
  const id = sm2Id(options.distinguishingId, 'options.distinguishingId');
  const keyPair = await resolveSm2KeyPair(options, crypto);
  const spki = keyPair.publicKey.spki;
  const info = request(spki);
  const { d, point } = sm2Secret(keyPair.privateKey);
  const signature = signSm2(info, d, point, randomBytesOf(crypto), id);
  return {
    csrPem: signedRequest(info, derSequence(derOid(SM2_WITH_SM3)), sm2SignatureDer(signature)),
    privateKeyPem: await exportSm2PrivateKey(keyPair, {
      password: options.password,
      iterations: options.iterations,
      crypto,
    }),
    publicKeyFingerprint: toHex(await crypto.subtle.digest('SHA-256', bufferSource(spki))),
    key: { type: 'EC', curve: 'SM2' },
    keyPair,
  };
}

async function resolveSm2KeyPair(options: Sm2CsrOptions, crypto: WebCrypto): Promise<Sm2KeyPair> {
  const { key } = options;
  if (key === undefined) return generateSm2KeyPair({ crypto });
  if (typeof key === 'string')
    return importSm2PrivateKey(key, {
      crypto,
      ...(options.keyPassword === undefined ? {} : { password: options.keyPassword }),
    });
  if (isSm2KeyPair(key)) return key;
  throw invalidArgument('options.key', 'an SM2 key pair or its PEM', key);
}
