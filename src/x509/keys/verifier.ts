import { createLru } from '../../core/lru.js';
import { bytesKey, combinedKey, sameBytes } from '../der/bytes.js';
import { SM2_WITH_SM3 } from '../der/oids.js';
import type { PublicKeyInfo } from './public-key.js';
import {
  importVerifyKey,
  type SignatureAlgorithm,
  verifyWithKey,
  type WebCryptoParameters,
  webCryptoParameters,
} from './signature.js';
import type { WebCrypto } from './web-crypto.js';

/** A public key to verify with: its description and its DER SubjectPublicKeyInfo (a decoded certificate is one). */
export interface VerifyKey {
  readonly key: PublicKeyInfo;
  readonly spki: Uint8Array;
}

/**
 * Verifies signatures with each key imported into WebCrypto once. Importing an RSA key costs more
 * than verifying with it (Node 20: about 220 µs against 40–120 µs), and a chain checks several
 * signatures with the same CA key — a root's self-signature and the intermediate below it, every
 * leaf a validator sees from one intermediate.
 */
export interface SignatureVerifier {
  /** As `verifySignature`: `true`/`false` when it could check, `null` when WebCrypto cannot. */
  verify(
    algorithm: SignatureAlgorithm,
    key: VerifyKey,
    signed: Uint8Array,
    signature: Uint8Array,
  ): Promise<boolean | null>;
  /**
   * Resolves once the keys being imported now are (WebCrypto imports on the caller's thread, then
   * settles a few promise ticks later): by then the checks waiting on them have been handed to
   * WebCrypto, and run while the caller goes on. `undefined` when no key is being imported.
   */
  imported(): Promise<void> | undefined;
}

/** Imported keys a verifier keeps unless told otherwise: every CA a validator meets, in practice. */
export const DEFAULT_IMPORTED_KEYS = 1000;

/**
 * A verifier keeping at most `capacity` imported keys (least recently used forgotten first). A key
 * is reused only for the same SPKI bytes (found by {@link bytesKey}, compared in full) and the
 * same import parameters.
 *
 * @example
 * const verifier = createSignatureVerifier(globalThis.crypto);
 * await verifier.verify(child.signatureAlgorithm, issuerKey, child.tbs, child.signature) // => true
 */
export function createSignatureVerifier(crypto: WebCrypto, capacity = DEFAULT_IMPORTED_KEYS): SignatureVerifier {
  const imported = createLru<number, ImportedKey>(capacity);
  const pending = new Set<Promise<CryptoKey | null>>();
  return {
    imported: () => (pending.size === 0 ? undefined : Promise.all(pending).then(() => undefined)),
    verify(algorithm, key, signed, signature) {
      // SM2 (国密): certkit's own verification, loaded only when an SM2 signature is met
      if (algorithm.oid === SM2_WITH_SM3)
        return import('../sm2/signature.js').then((sm2) => sm2.verifySm2Signature(key.spki, signed, signature));
      const params = webCryptoParameters(algorithm, key.key);
      if (params === undefined) return Promise.resolve(null);
      const name = importName(params.importAs);
      const cacheKey = combinedKey(bytesKey(key.spki), textKey(name));
      let entry = imported.get(cacheKey);
      if (entry === undefined || entry.name !== name || !sameBytes(entry.spki, key.spki)) {
        const importing: ImportedKey = {
          spki: key.spki,
          name,
          ready: importVerifyKey(crypto, params, key.key, key.spki),
        };
        pending.add(importing.ready);
        void importing.ready.then((publicKey) => {
          importing.key = publicKey;
          pending.delete(importing.ready);
        });
        entry = importing;
        imported.set(cacheKey, entry);
      }
      const { key: publicKey, ready } = entry;
      // an imported key verifies now, not a promise tick later: the check runs while the caller works
      return publicKey === undefined
        ? ready.then((later) => verifyWithKey(crypto, params, key.key, later, signed, signature))
        : verifyWithKey(crypto, params, key.key, publicKey, signed, signature);
    },
  };
}

/** A key being imported, and once it is, the key itself (`null`: WebCrypto could not import it). */
interface ImportedKey {
  readonly spki: Uint8Array;
  /** The import parameters ({@link importName}). */
  readonly name: string;
  readonly ready: Promise<CryptoKey | null>;
  key?: CryptoKey | null;
}

/** A 32-bit mix of a short text, for {@link combinedKey}. */
function textKey(text: string): number {
  let mix = 0;
  for (let i = 0; i < text.length; i += 1) mix = (Math.imul(mix, 31) + text.charCodeAt(i)) | 0;
  return mix >>> 0;
}

/** The import parameters as a short key: `RSA-PSS/SHA-256`, `ECDSA/P-256`, `Ed25519`. */
function importName(importAs: WebCryptoParameters['importAs']): string {
  const { name, hash, namedCurve } = importAs as { name: string; hash?: string; namedCurve?: string };
  return `${name}/${hash ?? namedCurve ?? ''}`;
}
