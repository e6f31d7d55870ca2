/**
 * The WebCrypto types of certkit's public API, written so its type files need no particular lib.
 *
 * They resolve to whatever the consumer's program declares as the global `crypto`: the DOM lib's
 * `Crypto` and `CryptoKey` in a browser project, `webcrypto.Crypto` and `webcrypto.CryptoKey`
 * from `@types/node` in a Node project compiled with `lib: ["ES2022"]`, and a small structural
 * stand-in when neither is present. A Node project therefore needs no `"DOM"` in its `lib`, and
 * `skipLibCheck` never has to hide a missing name (which would turn these types into `any`).
 *
 * @example
 * const pair: WebCryptoKeyPair = await generateKeyPair({ type: 'ec-p256' });
 * // In a browser project pair.privateKey is a DOM CryptoKey; under @types/node, webcrypto.CryptoKey.
 */

/** The minimum certkit reads when no lib declares a global `crypto`. */
export interface WebCryptoStandIn {
  /** The SubtleCrypto object. */
  readonly subtle: object;
  /** Fills `array` with cryptographically strong random values. */
  getRandomValues<T extends ArrayBufferView>(array: T): T;
}

/** The key a {@link WebCryptoStandIn} would hand out: what every `CryptoKey` has. */
export interface WebCryptoKeyStandIn {
  readonly type: string;
  readonly extractable: boolean;
  readonly algorithm: { readonly name: string };
  readonly usages: readonly string[];
}

/** The WebCrypto object (`globalThis.crypto`, Node's `webcrypto`) in the consumer's own types. */
export type WebCrypto = typeof globalThis extends { readonly crypto: infer Platform } ? Platform : WebCryptoStandIn;

/** A WebCrypto key (`CryptoKey`) in the consumer's own types. */
export type WebCryptoKey = WebCrypto extends {
  readonly subtle: {
    /** Any SubtleCrypto method that takes a key tells its type; this one is in every lib. */
    exportKey(format: 'spki', key: infer Key): unknown;
  };
}
  ? Key
  : WebCryptoKeyStandIn;

/** A WebCrypto key pair (`CryptoKeyPair`) in the consumer's own types. */
export interface WebCryptoKeyPair {
  readonly publicKey: WebCryptoKey;
  readonly privateKey: WebCryptoKey;
}
