/**
 * The words policies are written in, as constants with no dependency, so code that needs them
 * (checkDomains) does not pull the schema library into a bundle.
 */

/** The validation levels of certificates. */
export const validationLevels = ['DV', 'OV', 'EV'] as const;
/** What a product may bind (TYPE-01…04). */
export const domainTypes = ['single', 'multi', 'wildcard', 'multi-wildcard'] as const;
/** Names a brand adds for free (GIFT-01, GIFT-02). */
export const giftKinds = ['www', 'parent'] as const;

export type ValidationLevel = (typeof validationLevels)[number];
export type DomainType = (typeof domainTypes)[number];
export type GiftKind = (typeof giftKinds)[number];

/** How a sensitive word matches a label (SCREEN-01): anywhere, as a whole label, or as a token. */
export const wordMatchModes = ['substring', 'label', 'token'] as const;
export type WordMatchMode = (typeof wordMatchModes)[number];

/** Who holds an account, for the 2023 quota pools (QUOTA-06). */
export const accountClasses = ['individual-standard', 'individual-v1', 'individual-v2', 'enterprise'] as const;
export type AccountClass = (typeof accountClasses)[number];
