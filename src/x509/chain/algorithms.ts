import type { DecodedCertificate } from '../certificate/decode.js';
import { PSS, SIGNATURE_ALGORITHMS } from '../der/oids.js';
import { readPssParameters } from '../keys/signature.js';
import type { ResolvedPathRules } from './path-rules.js';

/** Broken digests, refused whatever the floor says. */
const BROKEN = /-MD[245]$/;
const CURVES_BROWSERS_TAKE = ['P-256', 'P-384', 'P-521'];

/**
 * Why a certificate's key is below the floor, as its label (`RSA 1024`, `EC secp256k1`), or
 * `undefined`: RSA under `minRsaBits` (and, in the web PKI profile, a modulus that is not a whole
 * number of bytes, CA/B BR 6.1.5), EC other than P-256/P-384/P-521, DSA and unknown key types.
 *
 * @example
 * keyWeakness(certWithRsa1024, rules) // => 'RSA 1024' with the default floor of 2048 bits
 */
export function keyWeakness(
  cert: DecodedCertificate,
  rules: Pick<ResolvedPathRules, 'minRsaBits' | 'profile'>,
): string | undefined {
  const { key } = cert;
  if (key.type === 'RSA') {
    const wholeBytes = rules.profile !== 'web-pki' || key.size % 8 === 0;
    return key.size < rules.minRsaBits || !wholeBytes ? `RSA ${key.size}` : undefined;
  }
  if (key.type === 'EC') return CURVES_BROWSERS_TAKE.includes(key.curve) ? undefined : `EC ${key.curve}`;
  return key.type === 'Ed25519' ? undefined : key.oid;
}

/**
 * The signature algorithm's name when it is below the floor, else `undefined`: MD2/MD4/MD5 always,
 * SHA-1 unless `allowSha1` — including RSASSA-PSS whose parameters name SHA-1 (shown as
 * `RSA-PSS (SHA-1)`), the default of RFC 4055 when the parameters leave the hash out.
 *
 * @example
 * signatureWeakness(sha1Signed, rules) // => 'RSA-SHA1'
 */
export function signatureWeakness(
  cert: Pick<DecodedCertificate, 'signatureAlgorithm'>,
  rules: Pick<ResolvedPathRules, 'allowSha1'>,
): string | undefined {
  const { oid, parameters } = cert.signatureAlgorithm;
  const name = SIGNATURE_ALGORITHMS[oid]?.name ?? oid;
  if (BROKEN.test(name)) return name;
  const hash = oid === PSS.rsassaPss ? readPssParameters(parameters)?.hash : SIGNATURE_ALGORITHMS[oid]?.hash;
  if (hash === 'SHA-1' && !rules.allowSha1) return oid === PSS.rsassaPss ? `${name} (SHA-1)` : name;
  return undefined;
}
