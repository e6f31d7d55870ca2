import { optionsArgument } from '../../core/argument.js';
import { describeReceived } from '../../core/issue.js';
import { resolveCrypto } from './crypto.js';
import { keyError } from './key-error.js';
import type { WebCrypto, WebCryptoKey, WebCryptoKeyPair } from './web-crypto.js';

/** Keys certkit generates (CSR-02). */
export type KeySpec =
  | { readonly type: 'RSA'; readonly size?: 2048 | 3072 | 4096 }
  | { readonly type: 'EC'; readonly curve?: 'P-256' | 'P-384' };

/** What a key is: `{ type: 'RSA', size: 2048 }`, `{ type: 'EC', curve: 'P-256' }`. */
export type KeyDescription =
  | { readonly type: 'RSA'; readonly size: number }
  | { readonly type: 'EC'; readonly curve: string };

const RSA_SIZES = [2048, 3072, 4096];

/**
 * Generates a signing key pair with WebCrypto (CSR-02): RSA 2048/3072/4096 (e = 65537) or ECDSA
 * P-256/P-384. The private key is extractable so it can be exported. Default RSA 2048.
 *
 * @example
 * const keys = await generateKeyPair({ type: 'EC', curve: 'P-256' });
 */
export async function generateKeyPair(
  spec: KeySpec = { type: 'RSA', size: 2048 },
  options: { crypto?: WebCrypto } = {},
): Promise<WebCryptoKeyPair> {
  optionsArgument(options);
  const { subtle } = resolveCrypto(options.crypto);
  if (spec?.type === 'RSA' && RSA_SIZES.includes(spec.size ?? 2048)) {
    const algorithm = {
      name: 'RSASSA-PKCS1-v1_5',
      modulusLength: spec.size ?? 2048,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: 'SHA-256',
    };
    return subtle.generateKey(algorithm, true, ['sign', 'verify']) as Promise<WebCryptoKeyPair>;
  }
  if (spec?.type === 'EC' && ['P-256', 'P-384'].includes(spec.curve ?? 'P-256')) {
    return subtle.generateKey({ name: 'ECDSA', namedCurve: spec.curve ?? 'P-256' }, true, [
      'sign',
      'verify',
    ]) as Promise<WebCryptoKeyPair>;
  }
  throw keyError('x509.key.unsupported', { key: specText(spec) });
}

/**
 * The spec as the error quotes it (`RSA 1024`, `EC P-521`), from its own fields only: a caller's
 * object is never serialised whole (a deep one would overflow the stack).
 */
function specText(spec: unknown): string {
  if (typeof spec !== 'object' || spec === null) return describeReceived(spec);
  const { type, size, curve } = spec as Record<string, unknown>;
  const shown = [type, size ?? curve].map((field) =>
    typeof field === 'number' ? String(field) : describeReceived(field),
  );
  return shown.join(' ');
}

/**
 * The type and size or curve of a WebCrypto key.
 *
 * @example
 * describeKey((await generateKeyPair({ type: 'EC', curve: 'P-384' })).privateKey) // => { type: 'EC', curve: 'P-384' }
 */
export function describeKey(key: WebCryptoKey): KeyDescription {
  const algorithm = (typeof key === 'object' && key !== null ? key.algorithm : undefined) as
    | (RsaHashedKeyAlgorithm & EcKeyAlgorithm)
    | undefined;
  if (algorithm?.name === 'ECDSA') return { type: 'EC', curve: algorithm.namedCurve };
  if (algorithm?.name === 'RSASSA-PKCS1-v1_5' || algorithm?.name === 'RSA-PSS')
    return { type: 'RSA', size: algorithm.modulusLength };
  throw keyError('x509.key.unsupported', { key: describeReceived(algorithm?.name ?? typeof key) });
}
