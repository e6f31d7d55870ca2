/**
 * The words policies are written in, as constants with no dependency, so code that needs them
 * (checkDomains) does not pull the schema library into a bundle.
 */

/** The validation levels of certificates. */
export const validationLevels = /* @__PURE__ */ Object.freeze(['DV', 'OV', 'EV'] as const);
/** What a product may bind (TYPE-01…04). */
export const domainTypes = /* @__PURE__ */ Object.freeze(['single', 'multi', 'wildcard', 'multi-wildcard'] as const);
/** Names a brand adds for free (GIFT-01, GIFT-02). */
export const giftKinds = /* @__PURE__ */ Object.freeze(['www', 'parent'] as const);

/** `DV`, `OV` or `EV`: how much the CA validates (DOM-05, SCREEN and TYPE-08 depend on it). */
export type ValidationLevel = (typeof validationLevels)[number];
/** How many and which names a product binds: one name, several, a wildcard, several wildcards (TYPE-01…04). */
export type DomainType = (typeof domainTypes)[number];
/** A name a brand adds for free: the `www.` form or the parent (GIFT-01/02). */
export type GiftKind = (typeof giftKinds)[number];

/** How a sensitive word matches a label (SCREEN-01): anywhere, as a whole label, or as a token. */
export const wordMatchModes = ['substring', 'label', 'token'] as const;
export type WordMatchMode = (typeof wordMatchModes)[number];

/** Who holds an account, for the 2023 quota pools (QUOTA-06). */
export const accountClasses = ['individual-standard', 'individual-v1', 'individual-v2', 'enterprise'] as const;
export type AccountClass = (typeof accountClasses)[number];

/** Who applies for a certificate (TYPE-08: individuals may buy DV only; QUOTA-06: pools). */
export const applicantKinds = /* @__PURE__ */ Object.freeze(['individual', 'enterprise'] as const);
/** Who applies: a person or an organisation (QUOTA-06, TYPE-08). */
export type ApplicantKind = (typeof applicantKinds)[number];
/** An individual account's membership tier, for the 2023 quota pools (QUOTA-06). */
export const membershipTiers = /* @__PURE__ */ Object.freeze(['standard', 'v1', 'v2'] as const);
/** An individual account's membership tier, which sets its 2023 free allowance (QUOTA-06). */
export type MembershipTier = (typeof membershipTiers)[number];

/**
 * The applicant, the same object in every entry (`checkDomains`, `recommendCertificateType`,
 * `evaluateQuota`): its kind and, for individual accounts, the membership tier.
 *
 * @example
 * const applicant: Applicant = { kind: 'individual', tier: 'v1' };
 */
export interface Applicant {
  readonly kind: ApplicantKind;
  readonly tier?: MembershipTier;
}

/**
 * Names a product of the policy's catalog, the same object in every entry: the brand, the
 * product type and, where it matters (binding names, auto-renewal), the domain type.
 *
 * @example
 * const product: ProductRef = { brand: 'TrustAsia', type: 'DV', domainType: 'wildcard' };
 */
export interface ProductRef {
  readonly brand: string;
  /** The product type: `DV`, `OV Pro`, `Free DV`, … */
  readonly type: string;
  readonly domainType?: DomainType;
}
