import {
  array,
  boolean,
  enum as enumOf,
  int,
  literal,
  maximum,
  maxLength,
  minimum,
  minLength,
  nullable,
  optional,
  type output,
  record,
  regex,
  strictObject,
  string,
  union,
} from 'zod/mini';
import { domainTypes, giftKinds, validationLevels, wordMatchModes } from './vocabulary.js';

/**
 * The policy: every number and table the rules use, as JSON-serialisable data (DESIGN,
 * "Policy as data"). Each area adds its own section as it lands; unknown keys are refused, so a
 * misspelt setting fails loudly instead of being ignored.
 */

/** A top-level domain as an A-label in lower case: `ru`, `pw`, `xn--p1ai`. */
const topLevelDomain = string().check(regex(/^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/));

/** DOM rules: the vendor's limits on top of the DNS ones. */
export const domainPolicySchema = strictObject({
  /** DOM-02: longest bound domain in characters (A-label form, wildcard included). Vendor: 64. */
  maxLength: int().check(minimum(4), maximum(253)),
  /** DOM-03: most labels a bound domain may have. Vendor: 100 (the DNS allows 127). */
  maxLevels: int().check(minimum(2), maximum(127)),
  /** DOM-04: TLDs that can never be bound (2024 edition: `ru`). */
  refusedTlds: array(topLevelDomain).check(maxLength(1000)),
  /** DOM-05: TLDs that fail the DV security review (`pw`). */
  dvRefusedTlds: array(topLevelDomain).check(maxLength(1000)),
  /** DOM-06: whether the PSL's private section (`github.io`, …) makes its own primary domains. */
  privateSuffixes: boolean(),
});

/** One product of a brand: what it validates, what it binds, what it adds for free. */
export const productSchema = strictObject({
  /** DV, OV or EV; DOM-05 and SCREEN apply to DV, TYPE-08 lets individuals buy DV only. */
  validation: enumOf(validationLevels),
  /** Free certificates bind one ordinary domain (TYPE-05) and use the free quotas. */
  free: boolean(),
  /** The domain types the product is sold as (TYPE-01…04). */
  domainTypes: array(enumOf(domainTypes)).check(minLength(1), maxLength(4)),
  /** Most names the user may bind on a multi-domain / multi-wildcard certificate (TYPE-02/04). */
  maxDomains: int().check(minimum(1), maximum(1000)),
  /** Whether IP addresses may be bound (TYPE-06). */
  ipBinding: boolean(),
  /** The names added for free (GIFT-01/02); `[]` for none. */
  gifts: array(enumOf(giftKinds)).check(maxLength(2)),
  /** A Chinese SM2 (国密) certificate: not accepted by mini programs (TYPE-10). */
  sm2: boolean(),
  /** The validity the product's certificates are issued with, in hours, where it is fixed (Let's Encrypt's profiles). */
  validityHours: optional(int().check(minimum(1), maximum(24 * 3660))),
});

/** A brand name or product type as the vendor writes it: `TrustAsia`, `OV Pro`, `Free DV`. */
const catalogKey = string().check(regex(/^[A-Za-z0-9][A-Za-z0-9 ._-]{0,39}$/));

/** Brand × product catalog (TYPE-06, GIFT-04): a new brand is a data change. */
export const catalogSchema = record(catalogKey, record(catalogKey, productSchema));

/** A sensitive word: lower-case letters, digits, hyphens or non-ASCII, no dots, 1–63 characters. */
const screenWord = string().check(regex(/^(?:[a-z0-9-]|[^\p{ASCII}]){1,63}$/u));

/** SCREEN rules: the sensitive-word security review of DV certificates. */
export const screenPolicySchema = strictObject({
  /** SCREEN-01: the default list, for brands without their own. */
  words: array(screenWord).check(maxLength(100_000)),
  /** SCREEN-01: brand-specific lists (the list is CA-defined); a brand's list replaces the default. */
  brandWords: record(catalogKey, array(screenWord).check(maxLength(100_000))),
  /** How particular words match; words not listed match as substrings of labels. */
  matchModes: record(screenWord, enumOf(wordMatchModes)),
  /** SCREEN-02: words that are not hits when they are only the top-level domain (`live`, `pw`). */
  tldExceptions: array(screenWord).check(maxLength(1000)),
  /** Also screen a "leet" fold (0→o, 1→l, 3→e, 4→a, 5→s, 7→t), per validation level. */
  leetFold: strictObject({ DV: boolean(), OV: boolean(), EV: boolean() }),
});

/** One allowance of an account: a name, a size, and which domains may use it (QUOTA-06). */
const quotaPoolSchema = strictObject({
  name: string().check(regex(/^[a-z][a-z0-9-]{0,31}$/)),
  limit: int().check(minimum(0), maximum(100_000)),
  /** `vendor`: only domains registered with the vendor; `any`: every domain. */
  domains: enumOf(['vendor', 'any']),
});

/** An account class's pools, in deduction order. */
const poolList = array(quotaPoolSchema).check(maxLength(10));

/**
 * One token bucket (STD-10, Let's Encrypt's rate limits): `capacity` tokens, refilled one every
 * `periodSeconds / capacity` seconds; each counted event spends one token from the bucket of its
 * key.
 */
const rateLimitSchema = strictObject({
  /** How the refusal names the limit: `new-orders-per-account`. */
  name: string().check(regex(/^[a-z][a-z0-9-]{0,63}$/)),
  /** What spends a token: an order, an issued certificate, a failed authorization. */
  counts: enumOf(['order', 'certificate', 'authorizationFailure']),
  /**
   * Whose bucket: the account's; each registered domain of the order (an IPv4 address as itself,
   * an IPv6 address by its /64); the exact set of identifiers; each identifier, per account.
   */
  per: enumOf(['account', 'registeredDomain', 'identifierSet', 'accountIdentifier']),
  capacity: int().check(minimum(1), maximum(1_000_000)),
  periodSeconds: int().check(minimum(1), maximum(366 * 86_400)),
  /**
   * Renewals that neither spend from nor are refused by this bucket: `ari` (an order that
   * replaces a certificate through ACME Renewal Information), `sameIdentifiers` (an order for
   * exactly the identifiers of an earlier certificate).
   */
  exempt: array(enumOf(['ari', 'sameIdentifiers'])).check(maxLength(2)),
});

/** QUOTA rules: free-certificate allowances per account and per primary domain. */
export const quotaPolicySchema = strictObject({
  /**
   * QUOTA-01/06: the account's pools per account class, in deduction order (QUOTA-07); `null`
   * for a policy without hold-until-release allowances (Let's Encrypt).
   */
  accountPools: nullable(
    strictObject({
      'individual-standard': poolList,
      'individual-v1': poolList,
      'individual-v2': poolList,
      enterprise: poolList,
    }),
  ),
  /** QUOTA-02: free certificates held per primary domain, other platforms included; `null` for no such limit. */
  primaryDomainLimit: nullable(int().check(minimum(0), maximum(100_000))),
  /** STD-10: token buckets, checked next to the pools; absent or `[]` for none. */
  rateLimits: optional(array(rateLimitSchema).check(maxLength(20))),
  /** QUOTA-03: hours after revocation or expiry until the account slot is free (2023: 24, 2024: 0). */
  releaseDelayHours: int().check(minimum(0), maximum(24 * 366)),
  /**
   * QUOTA-04: how long a certificate revoked before expiry holds its primary-domain slot:
   * `null` = until its original expiry (2024); otherwise months from issuance or revocation (2023: 15).
   */
  earlyRevocationHold: nullable(
    strictObject({ months: int().check(minimum(0), maximum(120)), from: enumOf(['issuance', 'revocation']) }),
  ),
  /** QUOTA-05: whether a purchased free-certificate package is used once the free allowance is spent. */
  packageAfterAllowance: boolean(),
  /** LIFE-08: the validity of a free DV certificate in months (1 year in the 2023/2024 FAQs). */
  freeValidityMonths: int().check(minimum(1), maximum(24)),
});

/** An IPv4 or IPv6 address in text form (checked strictly where it is used). */
const ipText = string().check(regex(/^[0-9a-fA-F:.]{2,45}$/));
/** A CA's CAA issuer domain: `sectigo.com`. */
const issuerDomain = string().check(
  regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/),
);

/** DCV and CAA rules. */
export const dcvPolicySchema = strictObject({
  /** DCV-03: calendar days after submission by which the DNS record must be in place. */
  dnsDeadlineDays: int().check(minimum(1), maximum(90)),
  /** LIFE-06: the auto-renewal variant, when the domain's DNS is not hosted with the vendor. */
  autoRenewDnsDeadlineDays: int().check(minimum(1), maximum(90)),
  /** DCV-02: from this date file validation covers only the exact name validated. */
  fileValidationExactFrom: string().check(regex(/^\d{4}-\d{2}-\d{2}$/)),
  /** DCV-05: the CA's validation source addresses, to allow-list. */
  caSourceAddresses: array(ipText).check(maxLength(1000)),
  /** CAA-03: the CAA issuer domains of each brand's CA. */
  caaIdentifiers: record(catalogKey, array(issuerDomain).check(minLength(1), maxLength(20))),
});

const isoDate = string().check(regex(/^\d{4}-\d{2}-\d{2}$/));
const days = int().check(minimum(0), maximum(3660));

/** LIFE rules: renewal, reissue, revocation, auto-renewal, reminders, validity. */
export const lifecyclePolicySchema = strictObject({
  /** LIFE-05: days before expiry the renewal window opens. */
  renewalWindowDays: days,
  /** LIFE-11: a paid certificate reapplied for after a failed review is paid again (2024) or not (2023). */
  paidReapplyCharged: boolean(),
  /** LIFE-08: calendar months before expiry a free certificate may be reapplied for (1; a later API document says 3). */
  freeReapplyMonths: int().check(minimum(0), maximum(12)),
  /** LIFE-05: reminder days before expiry (2023: 29, 15, 3; 2024: the day after the window opens). */
  reminderDaysBefore: array(days).check(maxLength(20)),
  /** LIFE-05: advice, renew between these many business days before expiry. */
  suggestedRenewalBusinessDays: strictObject({ earliest: days, latest: days }),
  /** LIFE-02: reissue needs more than this many days left. */
  reissueMinDaysLeft: days,
  /** LIFE-02: how often a free DV certificate may be reissued. */
  freeReissueLimit: int().check(minimum(0), maximum(100)),
  /** LIFE-02: no new domain validation when reissuing within this many days of issuance. */
  reissueDcvGraceDays: days,
  /** LIFE-02: paid DV skips validation when the organization was validated within these months. */
  organizationRevalidationMonths: int().check(minimum(0), maximum(120)),
  /** LIFE-03: certificates issued before this date cannot be revoked self-service. */
  selfServiceRevocationFrom: isoDate,
  /** LIFE-03: no revocation this close to expiry while the certificate is "to be renewed"… */
  revokeToBeRenewedDays: days,
  /**
   * …except for these brands, which are also exempt from the other two LIFE-03 restrictions (no
   * self-service revocation before `selfServiceRevocationFrom`, a reissue revokes its original).
   */
  revokeToBeRenewedExemptBrands: array(catalogKey).check(maxLength(100)),
  /** LIFE-19: products whose reissue needs manual approval when the organization information changed (the others need none either way). */
  reissueApproval: array(
    strictObject({
      brand: optional(catalogKey),
      sm2: optional(boolean()),
      validation: optional(array(enumOf(validationLevels))),
    }),
  ).check(maxLength(50)),
  /**
   * LIFE-18: what a revocation needs, the first matching path winning (`brand`, `sm2` and
   * `validation` filter; absent, they match any): `review` (a reason, then manual review),
   * `application` (a reason and a stamped application file), `dcv` (domain validation within 3
   * days), `letter` (a reason and a stamped confirmation letter).
   */
  revocationPaths: array(
    strictObject({
      brand: optional(catalogKey),
      sm2: optional(boolean()),
      validation: optional(array(enumOf(validationLevels))),
      needs: enumOf(['review', 'application', 'dcv', 'letter']),
    }),
  ).check(minLength(1), maxLength(50)),
  /** LIFE-18: the files a revocation takes: types by path, and the size limit in bytes. */
  revocationFiles: strictObject({
    maxBytes: int().check(minimum(1), maximum(100_000_000)),
    application: array(string().check(regex(/^[a-z0-9]{2,5}$/))).check(minLength(1), maxLength(10)),
    letter: array(string().check(regex(/^[a-z0-9]{2,5}$/))).check(minLength(1), maxLength(10)),
  }),
  /** LIFE-18: DV products whose multi-year wildcard orders skip the ownership check with automatic validation configured. */
  revocationDcvExempt: array(
    strictObject({ brand: catalogKey, type: catalogKey, minTermYears: int().check(minimum(1), maximum(10)) }),
  ).check(maxLength(20)),
  /** LIFE-06: the products auto-renewal supports. */
  autoRenewProducts: array(
    strictObject({ brand: catalogKey, type: catalogKey, domainTypes: array(enumOf(domainTypes)) }),
  ).check(maxLength(100)),
  /** LIFE-06: auto-renewal can be switched on only while at least this many days remain (inclusive). */
  autoRenewMinDaysLeft: days,
  /** LIFE-06: the fee is charged this many days before expiry. */
  autoRenewChargeDaysBefore: days,
  /** LIFE-10: hours after submission (DV) or after the confirmation letter (OV, EV) before a reminder. */
  reviewReminderHours: strictObject({ DV: days, OV: days, EV: days }),
  /** LIFE-10: the product types whose reviewer can be reminded, per brand. */
  reviewReminders: record(catalogKey, array(catalogKey).check(maxLength(20))),
  /** LIFE-09: review time, DV in hours, OV and EV in business days. */
  reviewTime: strictObject({
    DV: strictObject({ minMinutes: days, maxHours: days }),
    OV: strictObject({ min: days, max: days }),
    EV: strictObject({ min: days, max: days }),
  }),
  /** LIFE-12: notifications may be ignored, and alarms fire, this many days before expiry. */
  expiryAlarmDays: days,
  /** The validity of a paid certificate in months. */
  paidValidityMonths: int().check(minimum(1), maximum(60)),
  /** LIFE-14: organization profiles per account. */
  maxOrganizationProfiles: int().check(minimum(0), maximum(1000)),
  /** LIFE-13: maximum validity by issuance date (CA/B Forum ballot SC-081). */
  maxValidity: array(strictObject({ from: isoDate, days: days })).check(minLength(1), maxLength(20)),
});

/** A BR validation method: its section number (`3.2.2.4.7`), a name, and the days it may be used. */
const dcvMethodEntry = strictObject({
  id: string().check(regex(/^3\.2\.2\.[45]\.\d{1,2}$/)),
  name: string().check(minLength(1), maxLength(200)),
  /** The first day it may be used, when it arrived after the others. */
  from: optional(isoDate),
  /** The first day it may no longer be used. */
  until: optional(isoDate),
});

/** The dated public rules (STD-01…12, LIFE-13's SHOULD limit), each step from its first day. */
export const standardsPolicySchema = strictObject({
  /** LIFE-13: the validity a certificate SHOULD NOT exceed, by issuance date. */
  recommendedValidity: array(strictObject({ from: isoDate, days })).check(minLength(1), maxLength(20)),
  /** STD-01: days validation data may be reused before issuance — domain/IP, and subject identity. */
  validationReuse: array(strictObject({ from: isoDate, domainDays: days, identityDays: days })).check(
    minLength(1),
    maxLength(20),
  ),
  /** STD-02: the validation methods, with their dates. */
  dcvMethods: array(dcvMethodEntry).check(minLength(1), maxLength(100)),
  /** STD-04: from this day no certificate for a name under `in-addr.arpa` or `ip6.arpa`. */
  reverseZoneNamesRefusedFrom: isoDate,
  /** STD-07: from these days subordinate CAs and subscriber certificates carry serverAuth as their only EKU. */
  serverAuthOnlyEku: strictObject({ subordinateCasFrom: isoDate, subscribersFrom: isoDate }),
  /** STD-11: from this day no SHA-1 signature in certificates and CRLs. */
  sha1RefusedFrom: isoDate,
});

/** CSR rules: the keys a CSR uploaded for an order may carry (CSR-02). */
export const csrPolicySchema = strictObject({
  uploadKeys: array(
    union([
      strictObject({
        type: literal('RSA'),
        sizes: array(int().check(minimum(1024), maximum(16384))).check(minLength(1)),
      }),
      strictObject({ type: literal('EC'), curves: array(enumOf(['P-256', 'P-384', 'P-521'])).check(minLength(1)) }),
    ]),
  ).check(minLength(1), maxLength(10)),
});

/** Work limits (see `limits.ts`): every bound on what one input may cost. */
export const limitsSchema = strictObject({
  maxInputLength: int().check(minimum(1000), maximum(100_000_000)),
  maxCertificates: int().check(minimum(1), maximum(10_000)),
  maxPbkdf2Iterations: int().check(minimum(1000), maximum(100_000_000)),
  pathSearch: strictObject({
    signatureChecks: int().check(minimum(1), maximum(100_000)),
    depth: int().check(minimum(2), maximum(64)),
    paths: int().check(minimum(1), maximum(10_000)),
  }),
  maxNameConstraintChecks: int().check(minimum(1), maximum(100_000_000)),
  maxTrustAnchors: int().check(minimum(1), maximum(100_000)),
});

/**
 * The zod schema every policy passes (`definePolicy`, `parsePolicy` validate with it); for tools
 * that want to validate or describe policy files themselves.
 *
 * @example
 * policySchema.safeParse(JSON.parse(JSON.stringify(presets['tencent-2024']))).success // => true
 */
export const policySchema = strictObject({
  /** A short identifier: `tencent-2024`, or your own for a derived policy. */
  id: string().check(minLength(1), maxLength(64)),
  /** The source edition the numbers come from, e.g. `2024-03`. */
  edition: string().check(maxLength(64)),
  /** One line on where the numbers come from. */
  description: string().check(maxLength(500)),
  domain: domainPolicySchema,
  catalog: catalogSchema,
  screen: screenPolicySchema,
  quota: quotaPolicySchema,
  dcv: dcvPolicySchema,
  lifecycle: lifecyclePolicySchema,
  csr: csrPolicySchema,
  limits: limitsSchema,
  /** The dated public rules; absent in a policy of your own, the CA/B Forum data of the presets. */
  standards: optional(standardsPolicySchema),
});

/** Deeply read-only: presets are shared, so their type forbids writing to them. */
export type DeepReadonly<T> = T extends readonly (infer Item)[]
  ? readonly DeepReadonly<Item>[]
  : T extends object
    ? { readonly [Key in keyof T]: DeepReadonly<T[Key]> }
    : T;

/** One product's entry in the catalog. */
export type Product = DeepReadonly<output<typeof productSchema>>;
export type {
  AccountClass,
  Applicant,
  ApplicantKind,
  DomainType,
  GiftKind,
  MembershipTier,
  ProductRef,
  ValidationLevel,
  WordMatchMode,
} from './vocabulary.js';

/** One account pool. */
export type QuotaPool = DeepReadonly<output<typeof quotaPoolSchema>>;

/** One token bucket of `quota.rateLimits` (STD-10). */
export type RateLimit = DeepReadonly<output<typeof rateLimitSchema>>;

/** A complete, validated policy. */
export type Policy = DeepReadonly<output<typeof policySchema>>;

/** The dated public rules of a policy (`policy.standards`). */
export type StandardsPolicy = DeepReadonly<output<typeof standardsPolicySchema>>;

/** The shape `definePolicy` takes: any subset of a policy, arrays replaced whole. */
export type PolicyOverrides = DeepPartial<output<typeof policySchema>>;

type DeepPartial<T> = T extends readonly (infer Item)[]
  ? readonly DeepReadonly<Item>[]
  : T extends object
    ? { readonly [Key in keyof T]?: DeepPartial<T[Key]> }
    : T;
