import { bufferSource } from '../der/encoding.js';
import { HASHES, PSS, SIGNATURE_ALGORITHMS, SM2_WITH_SM3 } from '../der/oids.js';
import { children, contextTag, type DerNode, readOid, readRoot, readSmallInteger } from '../der/reader.js';
import { derToRawSignature } from './ecdsa-signature.js';
import { type ImportForm, importForm } from './import-form.js';
import type { PublicKeyInfo } from './public-key.js';
import type { WebCrypto } from './web-crypto.js';

/** A signature algorithm as found in a certificate or CSR: OID and the encoded parameters, if any. */
export interface SignatureAlgorithm {
  readonly oid: string;
  readonly parameters?: Uint8Array;
}

const RSA_PSS = PSS.rsassaPss;
const MGF1 = PSS.mgf1;
const EC_SIZES: Readonly<Record<string, number>> = { 'P-256': 32, 'P-384': 48, 'P-521': 66 };

/**
 * Verifies `signature` over `signed` with the key `spki` using WebCrypto: RSA PKCS#1 v1.5, RSA-PSS
 * (MGF1 with the same hash), ECDSA P-256/P-384/P-521 and Ed25519 where the runtime has it.
 * `true`/`false` when it could check, `null` when it cannot (MD5, DSA, an unsupported curve, a
 * key that does not fit the algorithm, a runtime without Ed25519).
 */
export async function verifySignature(
  crypto: WebCrypto,
  algorithm: SignatureAlgorithm,
  key: PublicKeyInfo,
  spki: Uint8Array | ArrayBuffer,
  signed: Uint8Array | ArrayBuffer,
  signature: Uint8Array | ArrayBuffer,
): Promise<boolean | null> {
  if (algorithm.oid === SM2_WITH_SM3) {
    const sm2 = await import('../sm2/signature.js'); // SM2 (国密) only when an SM2 signature is met
    return sm2.verifySm2Signature(new Uint8Array(spki), new Uint8Array(signed), new Uint8Array(signature));
  }
  const params = webCryptoParameters(algorithm, key);
  if (params === undefined) return null;
  return verifyWithKey(crypto, params, key, await importVerifyKey(crypto, params, key, spki), signed, signature);
}

/**
 * The key `spki` (described by `key`) imported for verifying with `params`, in its fastest form
 * ({@link importForm}: a JWK for RSA, the raw point for EC) and as the SPKI if that form is
 * refused; `null` when the platform refuses the key.
 */
export async function importVerifyKey(
  crypto: WebCrypto,
  params: WebCryptoParameters,
  key: PublicKeyInfo,
  spki: Uint8Array | ArrayBuffer,
): Promise<CryptoKey | null> {
  const bytes = spki instanceof Uint8Array ? spki : new Uint8Array(spki);
  const fast = importForm(bytes, key);
  const forms: ImportForm[] = fast.format === 'spki' ? [fast] : [fast, { format: 'spki', keyData: bytes }];
  for (const form of forms)
    try {
      return await (form.format === 'jwk'
        ? crypto.subtle.importKey('jwk', form.keyData, params.importAs, false, ['verify'])
        : crypto.subtle.importKey(form.format, bufferSource(form.keyData), params.importAs, false, ['verify']));
    } catch {
      // the next form; after the last, the platform does not support this key or algorithm
    }
  return null;
}

/** The second half of {@link verifySignature}, with the key already imported (`null`: it could not be). */
export async function verifyWithKey(
  crypto: WebCrypto,
  params: WebCryptoParameters,
  key: PublicKeyInfo,
  publicKey: CryptoKey | null,
  signed: Uint8Array | ArrayBuffer,
  signature: Uint8Array | ArrayBuffer,
): Promise<boolean | null> {
  if (publicKey === null) return null;
  let value = bufferSource(signature);
  if (key.type === 'EC') {
    const raw = derToRawSignature(signature, EC_SIZES[key.curve] as number);
    if (raw === undefined) return false;
    value = bufferSource(raw);
  }
  try {
    return await crypto.subtle.verify(params.verifyWith, publicKey, value, bufferSource(signed));
  } catch {
    return null; // the platform does not support this key or algorithm
  }
}

/** How WebCrypto imports the key and verifies with it. */
export type WebCryptoParameters = {
  importAs: RsaHashedImportParams | EcKeyImportParams | Algorithm;
  verifyWith: AlgorithmIdentifier | RsaPssParams | EcdsaParams;
};

/** The WebCrypto parameters for this signature algorithm and key; `undefined` when WebCrypto cannot check it. */
export function webCryptoParameters(
  algorithm: SignatureAlgorithm,
  key: PublicKeyInfo,
): WebCryptoParameters | undefined {
  if (algorithm.oid === RSA_PSS) {
    const pss = key.type === 'RSA' ? readPssParameters(algorithm.parameters) : undefined;
    if (pss === undefined) return undefined;
    return {
      importAs: { name: 'RSA-PSS', hash: pss.hash },
      verifyWith: { name: 'RSA-PSS', saltLength: pss.saltLength },
    };
  }
  const known = SIGNATURE_ALGORITHMS[algorithm.oid];
  if (known?.key === undefined || known.key !== key.type) return undefined;
  if (key.type === 'RSA')
    return { importAs: { name: 'RSASSA-PKCS1-v1_5', hash: known.hash as string }, verifyWith: 'RSASSA-PKCS1-v1_5' };
  if (key.type === 'EC') {
    if (EC_SIZES[key.curve] === undefined) return undefined;
    return {
      importAs: { name: 'ECDSA', namedCurve: key.curve },
      verifyWith: { name: 'ECDSA', hash: known.hash as string },
    };
  }
  return { importAs: { name: 'Ed25519' }, verifyWith: { name: 'Ed25519' } };
}

/**
 * RSASSA-PSS-params (RFC 4055): the hash, MGF1 with the same hash, the salt length; `undefined`
 * when they cannot be read or name a combination WebCrypto cannot verify.
 */
export function readPssParameters(encoded: Uint8Array | undefined): { hash: string; saltLength: number } | undefined {
  if (encoded === undefined) return undefined;
  try {
    const fields = children(readRoot(encoded, 'RSASSA-PSS-params'));
    const field = (number: number): DerNode | undefined => {
      const found = fields.find((candidate) => candidate.tag === contextTag(number, true));
      return found === undefined ? undefined : readRoot(found.bytes.subarray(found.contentStart, found.end), 'PSS');
    };
    const hashAlgorithm = field(0);
    const hash = hashAlgorithm === undefined ? 'SHA-1' : HASHES[readOid(children(hashAlgorithm)[0] as DerNode)];
    const mgf = field(1);
    if (mgf !== undefined) {
      const [mgfOid, mgfHash] = children(mgf);
      const inner = mgfHash === undefined ? undefined : HASHES[readOid(children(mgfHash)[0] as DerNode)];
      if (readOid(mgfOid as DerNode) !== MGF1 || inner !== hash) return undefined;
    } else if (hash !== 'SHA-1') return undefined;
    const salt = field(2);
    if (hash === undefined) return undefined;
    return { hash, saltLength: salt === undefined ? 20 : readSmallInteger(salt) };
  } catch {
    return undefined;
  }
}
