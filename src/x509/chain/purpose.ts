import { EXTENDED_KEY_USAGES, oidOf } from '../der/oids.js';
import type { KeyPurpose, ResolvedPathRules } from './path-rules.js';

const ANY_EKU = oidOf(EXTENDED_KEY_USAGES, 'anyExtendedKeyUsage');
const PURPOSE_OIDS: Readonly<Record<Exclude<KeyPurpose, 'any'>, string>> = {
  serverAuth: oidOf(EXTENDED_KEY_USAGES, 'serverAuth'),
  clientAuth: oidOf(EXTENDED_KEY_USAGES, 'clientAuth'),
};
/** Usages a TLS leaf must not combine with its purpose when EKUs are read strictly (CA/B BR 7.1.2.7.10, Chromium). */
const NOT_WITH_TLS = (['codeSigning', 'OCSPSigning', 'timeStamping'] as const).map((name) =>
  oidOf(EXTENDED_KEY_USAGES, name),
);

/** Why a certificate's EKU does not allow the purpose; `undefined` when it does. */
export type PurposeProblem = 'eku-missing' | 'eku-lacks-purpose' | 'eku-prohibited-usage';

/**
 * The EKU rule for one certificate of a path (RFC 5280 §4.2.1.12 as Chromium and Go apply it to
 * CAs too): without `strictEku`, an EKU where present must include the purpose or
 * anyExtendedKeyUsage; strictly, the leaf must have an EKU naming the purpose and no
 * code-signing/OCSP/time-stamping usage, and a CA's EKU where present must name the purpose.
 *
 * @example
 * purposeProblem(['1.3.6.1.5.5.7.3.2'], 'leaf', rules) // => 'eku-lacks-purpose' for serverAuth
 * purposeProblem(undefined, 'leaf', { ...rules, strictEku: true }) // => 'eku-missing'
 */
export function purposeProblem(
  eku: readonly string[] | undefined,
  role: 'leaf' | 'ca',
  rules: Pick<ResolvedPathRules, 'purpose' | 'strictEku'>,
): PurposeProblem | undefined {
  if (rules.purpose === 'any') return undefined;
  const wanted = PURPOSE_OIDS[rules.purpose];
  const strict = rules.strictEku === true || (rules.strictEku === 'leaf' && role === 'leaf');
  if (eku === undefined) return strict && role === 'leaf' ? 'eku-missing' : undefined;
  if (!eku.includes(wanted) && (strict || !eku.includes(ANY_EKU))) return 'eku-lacks-purpose';
  if (strict && role === 'leaf' && eku.some((usage) => NOT_WITH_TLS.includes(usage))) return 'eku-prohibited-usage';
  return undefined;
}

/** The web PKI leaf's EKU (CA/B BR 7.1.2.7.10): neither anyExtendedKeyUsage nor a code-signing, OCSP or time-stamping usage. */
export function webPkiLeafEkuProblem(eku: readonly string[] | undefined): string | undefined {
  if (eku === undefined) return undefined;
  if (eku.includes(ANY_EKU)) return 'leaf-any-extended-key-usage';
  return eku.some((usage) => NOT_WITH_TLS.includes(usage)) ? 'leaf-prohibited-extended-key-usage' : undefined;
}
