import { invalidArgument, objectArgument, stringsArgument } from '../../core/argument.js';
import type { PolicyOptions } from './policies.js';

/**
 * Which rules a path is judged by. `web-pki` (the default): RFC 5280 §6 and the CA/Browser Forum
 * profile of publicly trusted TLS certificates (the subject CN among the SANs, a leaf that is not
 * a CA and carries no anyExtendedKeyUsage, critical CA basicConstraints, key identifiers, serial
 * numbers, RSA moduli in whole bytes…). `rfc5280`: RFC 5280 §6 alone with the algorithm floor —
 * for the private PKI of a company, a device fleet or client certificates.
 */
export type ValidationProfile = 'web-pki' | 'rfc5280';

/**
 * What the leaf is to be used for, read from extendedKeyUsage (RFC 5280 §4.2.1.12): a TLS server
 * or client; an RCS MLS client (GSMA, Chromium's RCS_MLS_CLIENT_AUTH); a C2PA claim (manifest)
 * signer or time-stamping authority. `any`: no EKU rule. The RCS and C2PA purposes are outside the
 * public web's TLS profile and need `profile: 'rfc5280'`.
 */
export type KeyPurpose = 'serverAuth' | 'clientAuth' | 'rcsMlsClientAuth' | 'c2paManifest' | 'c2paTimestamping' | 'any';

/** Every {@link KeyPurpose}. */
export const KEY_PURPOSES = [
  'serverAuth',
  'clientAuth',
  'any',
  'rcsMlsClientAuth',
  'c2paManifest',
  'c2paTimestamping',
] as const satisfies readonly KeyPurpose[];

/** The purposes the web-pki profile (the CA/B Forum's TLS rules) can judge. */
export const TLS_PURPOSES: readonly KeyPurpose[] = ['serverAuth', 'clientAuth', 'any'];

/** Where a certificate sits in the path being judged. */
export type PathRole = 'leaf' | 'intermediate' | 'anchor';

/** The weakest keys and signatures a path may use (the certificates' own, not the anchor's signature). */
export interface AlgorithmFloor {
  /** Smallest RSA modulus, in bits. Default 2048. */
  readonly minRsaBits?: number;
  /**
   * Accept SHA-1 signatures (PKCS#1, ECDSA, DSA and RSASSA-PSS whose parameters name SHA-1) below
   * the anchor. Default `false`; MD2, MD4 and MD5 are refused whatever this says.
   */
  readonly allowSha1?: boolean;
}

/**
 * The rule choices of path validation, shared by `assembleChain`, a chain validator's `assemble`
 * and `validatePath`. Every field is optional; the defaults are the public web's.
 */
export interface PathRules {
  /** Default `web-pki`. */
  readonly profile?: ValidationProfile;
  /** Default `serverAuth`. */
  readonly purpose?: KeyPurpose;
  /**
   * How EKUs are read for `purpose`. `false` (default): an EKU, where a certificate has one,
   * includes the purpose or anyExtendedKeyUsage. `true`: the leaf carries an EKU that names the
   * purpose and no code-signing, OCSP-signing or time-stamping usage, and every CA's EKU, where
   * present, names the purpose itself (anyExtendedKeyUsage is not enough); for `clientAuth` every
   * intermediate has an EKU; a leaf that is not the whole path is no CA (the web-pki rule, as
   * Chromium's strict modes have it). `'leaf'`: strict for the leaf only. The RCS and C2PA
   * purposes have one reading and ignore this.
   */
  readonly strictEku?: boolean | 'leaf';
  /**
   * Whether a trust anchor's own validity, basicConstraints, keyUsage, path length, name
   * constraints, EKU and critical extensions bind the path. Default `true` (fail closed, as
   * OpenSSL and Chromium's TRUSTED_ANCHOR_WITH_EXPIRATION_AND_CONSTRAINTS); `false` takes the
   * anchor as its name and key alone (RFC 5280 §6.1.1, Chromium's TRUSTED_ANCHOR). Its key is held
   * to the algorithm floor either way.
   */
  readonly anchorConstraints?: boolean;
  /**
   * Whether the trust anchor's notBefore/notAfter bind the path, apart from its constraints
   * (Chromium's TRUSTED_ANCHOR_WITH_EXPIRATION or …_WITH_CONSTRAINTS). Default: as
   * `anchorConstraints`.
   */
  readonly anchorValidity?: boolean;
  /** Default `{ minRsaBits: 2048, allowSha1: false }`. */
  readonly algorithms?: AlgorithmFloor;
  /** RFC 5280 §6.1 policy inputs; by default any policy will do and none is required. */
  readonly policies?: PolicyOptions;
}

/** {@link PathRules} with every default filled in. */
export interface ResolvedPathRules {
  readonly profile: ValidationProfile;
  readonly purpose: KeyPurpose;
  readonly strictEku: boolean | 'leaf';
  readonly anchorConstraints: boolean;
  readonly anchorValidity: boolean;
  readonly minRsaBits: number;
  readonly allowSha1: boolean;
  readonly policies: PolicyOptions;
}

/** The public web's rules: what {@link resolvePathRules} fills in (and answers for options without rules). */
export const DEFAULT_PATH_RULES: ResolvedPathRules = Object.freeze({
  profile: 'web-pki',
  purpose: 'serverAuth',
  strictEku: false,
  anchorConstraints: true,
  anchorValidity: true,
  minRsaBits: 2048,
  allowSha1: false,
  policies: Object.freeze({}),
});

/** The options that choose rules: none given, the rules are {@link DEFAULT_PATH_RULES}. */
const RULE_FIELDS = [
  'profile',
  'purpose',
  'strictEku',
  'anchorConstraints',
  'anchorValidity',
  'algorithms',
  'policies',
] as const satisfies readonly (keyof PathRules)[];
/** Compiles only while {@link RULE_FIELDS} names every field of {@link PathRules}. */
const RULE_FIELDS_COMPLETE: [Exclude<keyof PathRules, (typeof RULE_FIELDS)[number]>] extends [never] ? true : never =
  true;
void RULE_FIELDS_COMPLETE;

const CHOICES = {
  profile: ['web-pki', 'rfc5280'],
  purpose: KEY_PURPOSES,
  strictEku: [true, false, 'leaf'],
  anchorConstraints: [true, false],
  anchorValidity: [true, false],
} as const;

/**
 * The rules `options` asks for, defaults filled in; a value outside its choices throws
 * `argument.invalid` naming it (`options.profile`, `options.algorithms.minRsaBits`).
 *
 * @example
 * resolvePathRules({ profile: 'rfc5280' }).purpose // => 'serverAuth'
 * resolvePathRules({ profile: 'x' }) // throws argument.invalid { path: 'options.profile' }
 * resolvePathRules({ purpose: 'c2paManifest' }) // throws argument.invalid { path: 'options.purpose' }: web-pki is TLS
 */
export function resolvePathRules(options: PathRules, path = 'options'): ResolvedPathRules {
  if (RULE_FIELDS.every((field) => options[field] === undefined)) return DEFAULT_PATH_RULES;
  for (const [field, allowed] of Object.entries(CHOICES)) {
    const value = options[field as keyof typeof CHOICES];
    if (value !== undefined && !(allowed as readonly unknown[]).includes(value))
      throw invalidArgument(`${path}.${field}`, allowed.map((choice) => JSON.stringify(choice)).join(' | '), value);
  }
  const purpose = options.purpose ?? DEFAULT_PATH_RULES.purpose;
  if ((options.profile ?? DEFAULT_PATH_RULES.profile) === 'web-pki' && !TLS_PURPOSES.includes(purpose))
    throw invalidArgument(`${path}.purpose`, "serverAuth | clientAuth | any (or profile 'rfc5280')", options.purpose);
  const algorithms =
    options.algorithms === undefined ? {} : objectArgument<AlgorithmFloor>(options.algorithms, `${path}.algorithms`);
  const { minRsaBits, allowSha1 } = algorithms;
  if (minRsaBits !== undefined && !(Number.isInteger(minRsaBits) && minRsaBits >= 512 && minRsaBits <= 16384))
    throw invalidArgument(`${path}.algorithms.minRsaBits`, 'an integer from 512 to 16384', minRsaBits);
  if (allowSha1 !== undefined && typeof allowSha1 !== 'boolean')
    throw invalidArgument(`${path}.algorithms.allowSha1`, 'boolean', allowSha1);
  return {
    policies: options.policies === undefined ? {} : policyOptions(options.policies, `${path}.policies`),
    profile: options.profile ?? DEFAULT_PATH_RULES.profile,
    purpose,
    strictEku: options.strictEku ?? DEFAULT_PATH_RULES.strictEku,
    anchorConstraints: options.anchorConstraints ?? DEFAULT_PATH_RULES.anchorConstraints,
    anchorValidity: options.anchorValidity ?? options.anchorConstraints ?? DEFAULT_PATH_RULES.anchorValidity,
    minRsaBits: minRsaBits ?? DEFAULT_PATH_RULES.minRsaBits,
    allowSha1: allowSha1 ?? DEFAULT_PATH_RULES.allowSha1,
  };
}

const POLICY_FLAGS = ['requireExplicit', 'inhibitMapping', 'inhibitAnyPolicy'] as const;

/** `policies` checked: `initial` dotted OIDs, the flags booleans. */
function policyOptions(value: PolicyOptions, path: string): PolicyOptions {
  const options = objectArgument<PolicyOptions>(value, path);
  if (options.initial !== undefined)
    stringsArgument(options.initial, `${path}.initial`).forEach((oid, index) => {
      if (!/^[0-2](?:\.(?:0|[1-9]\d*))+$/.test(oid))
        throw invalidArgument(`${path}.initial[${index}]`, 'a dotted OID', oid);
    });
  for (const flag of POLICY_FLAGS)
    if (options[flag] !== undefined && typeof options[flag] !== 'boolean')
      throw invalidArgument(`${path}.${flag}`, 'boolean', options[flag]);
  return options;
}
