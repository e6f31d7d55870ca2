import type { DecodedCertificate } from '../certificate/decode.js';
import { EXTENDED_KEY_USAGES, oidOf } from '../der/oids.js';
import type { KeyPurpose, PathRole, ResolvedPathRules } from './path-rules.js';

const usage = (name: string) => oidOf(EXTENDED_KEY_USAGES, name);
const ANY_EKU = usage('anyExtendedKeyUsage');
const TIME_STAMPING = usage('timeStamping');
const RCS_MLS_CLIENT = usage('rcsMlsClient');
/** Usages a TLS leaf must not combine with its purpose when EKUs are read strictly (CA/B BR 7.1.2.7.10, Chromium). */
const NOT_WITH_TLS = ['codeSigning', 'OCSPSigning', 'timeStamping'].map(usage);
/** A C2PA claim-signing leaf signs for a person or organisation (C2PA 2.1 §14.5.1): e-mail protection or document signing. */
const C2PA_SIGNER = ['emailProtection', 'documentSigning'].map(usage);
/** Usages kept for the time-stamping and OCSP authorities' own certificates, and the usage that means any. */
const NOT_WITH_C2PA_CLAIMS = [ANY_EKU, TIME_STAMPING, usage('OCSPSigning')];

/**
 * Why a certificate's EKU does not allow the purpose; `undefined` when it does. `eku-missing`: it
 * has none where one is required; `eku-lacks-purpose`; `eku-prohibited-usage`: a usage the
 * purpose excludes; `eku-not-only-purpose`: the purpose must be its only usage (RCS MLS).
 */
export type PurposeProblem = 'eku-missing' | 'eku-lacks-purpose' | 'eku-prohibited-usage' | 'eku-not-only-purpose';

type Judged = Exclude<KeyPurpose, 'any'>;
/** One purpose's EKU rule for a certificate in `role` (the anchor's only when it has an EKU). */
type EkuRule = (eku: readonly string[] | undefined, role: PathRole, strict: boolean) => PurposeProblem | undefined;

/** TLS, as Chromium reads it (RFC 5280 §4.2.1.12 applied to CAs too). */
function tls(wanted: string, caNeedsEku: boolean): EkuRule {
  return (eku, role, strict) => {
    if (eku === undefined)
      return strict && (role === 'leaf' || (caNeedsEku && role === 'intermediate')) ? 'eku-missing' : undefined;
    if (!eku.includes(wanted) && (strict || !eku.includes(ANY_EKU))) return 'eku-lacks-purpose';
    if (strict && role === 'leaf' && eku.some((oid) => NOT_WITH_TLS.includes(oid))) return 'eku-prohibited-usage';
    return undefined;
  };
}

/** A leaf-only purpose (C2PA): CAs' EKUs are not read, as Chromium does not. */
function leafOnly(signs: readonly string[], prohibited: readonly string[]): EkuRule {
  return (eku, role) => {
    if (role !== 'leaf') return undefined;
    if (eku === undefined) return 'eku-missing';
    if (!eku.some((oid) => signs.includes(oid))) return 'eku-lacks-purpose';
    return eku.some((oid) => prohibited.includes(oid)) ? 'eku-prohibited-usage' : undefined;
  };
}

const EKU_RULES: Readonly<Record<Judged, EkuRule>> = {
  serverAuth: tls(usage('serverAuth'), false),
  // Chromium's strict client auth holds intermediates to an EKU of their own; its strict server
  // auth still lets the public CAs' EKU-less intermediates through
  clientAuth: tls(usage('clientAuth'), true),
  // GSMA RCS MLS (Chromium's RCS_MLS_CLIENT_AUTH): the leaf and every CA carry rcsMlsClient alone
  rcsMlsClientAuth: (eku, role) => {
    if (eku === undefined) return role === 'anchor' ? undefined : 'eku-missing';
    return eku.length === 1 && eku[0] === RCS_MLS_CLIENT ? undefined : 'eku-not-only-purpose';
  },
  c2paManifest: leafOnly(C2PA_SIGNER, NOT_WITH_C2PA_CLAIMS),
  c2paTimestamping: leafOnly([TIME_STAMPING], [ANY_EKU]),
};

/**
 * The EKU rule for one certificate of a path. For `serverAuth` and `clientAuth` (RFC 5280
 * §4.2.1.12 as Chromium and Go apply it to CAs too): without `strictEku`, an EKU where present
 * includes the purpose or anyExtendedKeyUsage; strictly, the leaf has an EKU naming the purpose
 * and no code-signing/OCSP/time-stamping usage, a CA's EKU where present names the purpose, and
 * for `clientAuth` every intermediate has one. `rcsMlsClientAuth`: the leaf and every CA carry
 * rcsMlsClient as their only usage. `c2paManifest`: the leaf has e-mail protection or document
 * signing, and none of anyExtendedKeyUsage, time stamping, OCSP signing; `c2paTimestamping`: the
 * leaf has time stamping and not anyExtendedKeyUsage. An anchor without an EKU passes every rule.
 *
 * @example
 * purposeProblem(['1.3.6.1.5.5.7.3.2'], 'leaf', rules) // => 'eku-lacks-purpose' for serverAuth
 * purposeProblem(undefined, 'leaf', { ...rules, strictEku: true }) // => 'eku-missing'
 */
export function purposeProblem(
  eku: readonly string[] | undefined,
  role: PathRole,
  rules: Pick<ResolvedPathRules, 'purpose' | 'strictEku'>,
): PurposeProblem | undefined {
  if (rules.purpose === 'any') return undefined;
  const strict = rules.strictEku === true || (rules.strictEku === 'leaf' && role === 'leaf');
  return EKU_RULES[rules.purpose](eku, role, strict);
}

/** The key usage a purpose asks of the leaf beside its EKU, read from keyUsage names; `undefined` when it has it. */
const LEAF_KEY_USAGE: Partial<Record<KeyPurpose, (keyUsage: readonly string[] | undefined) => string | undefined>> = {
  // Chromium (GSMA RCS): keyUsage with digitalSignature and no other bit
  rcsMlsClientAuth: (keyUsage) =>
    keyUsage?.length === 1 && keyUsage[0] === 'digitalSignature' ? undefined : 'digitalSignature-only',
  // C2PA 2.1 §14.5.1: keyUsage present and asserting digitalSignature
  c2paManifest: (keyUsage) => (keyUsage?.includes('digitalSignature') ? undefined : 'digitalSignature'),
};

/**
 * The key usage the purpose requires of the leaf that it lacks, as the usage it must show.
 *
 * @example
 * leafKeyUsageProblem(['digitalSignature', 'keyEncipherment'], 'rcsMlsClientAuth') // => 'digitalSignature-only'
 * leafKeyUsageProblem(undefined, 'serverAuth') // => undefined
 */
export function leafKeyUsageProblem(keyUsage: readonly string[] | undefined, purpose: KeyPurpose): string | undefined {
  return LEAF_KEY_USAGE[purpose]?.(keyUsage);
}

/**
 * Strict TLS EKUs hold the leaf to the CA/B Forum's leaf rules, its not being a CA among them
 * (BR 7.1.2.7.8, Chromium's …_STRICT): under the `rfc5280` profile, which lacks that rule, a CA
 * leaf breaks the web-pki one. (The web-pki profile reports it by itself.)
 *
 * @example
 * strictLeafIsCa(caCertificate, { profile: 'rfc5280', purpose: 'serverAuth', strictEku: true }) // => true
 */
export function strictLeafIsCa(
  leaf: DecodedCertificate,
  rules: Pick<ResolvedPathRules, 'profile' | 'purpose' | 'strictEku'>,
): boolean {
  const tls = rules.purpose === 'serverAuth' || rules.purpose === 'clientAuth';
  return rules.profile === 'rfc5280' && tls && rules.strictEku !== false && leaf.decoded.basicConstraints?.ca === true;
}

/** The web PKI leaf's EKU (CA/B BR 7.1.2.7.10): neither anyExtendedKeyUsage nor a code-signing, OCSP or time-stamping usage. */
export function webPkiLeafEkuProblem(eku: readonly string[] | undefined): string | undefined {
  if (eku === undefined) return undefined;
  if (eku.includes(ANY_EKU)) return 'leaf-any-extended-key-usage';
  return eku.some((oid) => NOT_WITH_TLS.includes(oid)) ? 'leaf-prohibited-extended-key-usage' : undefined;
}
