import type { Instant } from '../core/instant.js';
import type { DomainType, ProductRef, ValidationLevel } from '../policy/vocabulary.js';
import type { StatusName } from './statuses.js';

/** @deprecated since 0.2: the core {@link Instant}; removed in 0.3. */
export type Moment = Instant;

/**
 * A certificate as the lifecycle rules see it (plain data; the caller's store keeps it).
 * Times are optional where a status does not have them yet.
 */
export interface CertificateState {
  readonly id?: string;
  readonly status: StatusName;
  /** LIFE-03/04: issued through the vendor, or uploaded by the user. */
  readonly source: 'vendor' | 'upload';
  readonly free: boolean;
  /** The product, as in every entry: `{ brand: 'TrustAsia', type: 'OV', domainType: 'single' }`. */
  readonly product: ProductRef;
  readonly validation: ValidationLevel;
  readonly domains: readonly string[];
  readonly submittedAt?: Instant;
  /** OV/EV: when the confirmation letter was uploaded (LIFE-10). */
  readonly letterUploadedAt?: Instant;
  readonly issuedAt?: Instant;
  readonly expiresAt?: Instant;
  readonly revokedAt?: Instant;
  readonly deletedAt?: Instant;
  /** LIFE-02: how often this certificate has been reissued. */
  readonly reissueCount?: number;
  /** LIFE-03: the original this certificate was reissued from. */
  readonly reissueOf?: string;
  /** LIFE-03/04: cloud resources (load balancers, CDN…) the certificate is deployed to. */
  readonly boundResources?: number;
  /** LIFE-03: the console shows the certificate as "to be renewed". */
  readonly toBeRenewed?: boolean;
  readonly autoRenew?: boolean;
  /**
   * LIFE-06: the order's term in years (a 3-year DV wildcard is 3). Absent: read from the
   * certificate's own validity (more than 398 days is a multi-year term).
   */
  readonly termYears?: number;
  /** LIFE-15: the company phone number of an OV/EV order (checked when it is submitted). */
  readonly companyPhone?: string;
  /** LIFE-19: the validation method of the original application (`DNS`, `FILE`, …); a free DV reissue uses it again. */
  readonly validationMethod?: string;
  /** LIFE-07: automatic replacement, `leadDays` before expiry. */
  readonly hosting?: { readonly leadDays: number; readonly domains: readonly string[] } | null;
  /** LIFE-06: DNS hosted with the vendor (no manual validation at renewal). */
  readonly dnsHostedWithVendor?: boolean;
  /** LIFE-12: notifications switched off. */
  readonly notificationsIgnored?: boolean;
}

/**
 * The 0.1 shape of a certificate: the product type as a string beside `brand` and `domainType`.
 * Every lifecycle function still takes it for one release; results come back in the new shape.
 *
 * @deprecated since 0.2: use {@link CertificateState} with `product: { brand, type, domainType }`;
 * removed in 0.3.
 */
export interface LegacyCertificateState extends Omit<CertificateState, 'product'> {
  readonly brand: string;
  /** The product type: `DV`, `OV Pro`, `Free DV`, … */
  readonly product: string;
  readonly domainType?: DomainType;
}

/** A certificate in either shape, as the lifecycle functions take it. */
export type CertificateInput = CertificateState | LegacyCertificateState;

/** Facts outside the certificate that rules depend on. */
export interface LifecycleContext {
  /** LIFE-02: another name under the same primary domain is being reissued. */
  readonly primaryDomainReissueInProgress?: boolean;
  /** LIFE-18: automatic DNS or file validation is configured for the certificate's domains. */
  readonly automaticValidation?: boolean;
}

/** Arguments of particular actions. */
export interface ActionArguments {
  /** LIFE-02 reissue: the CSR differs from the original's. */
  readonly csrChanged?: boolean;
  /** LIFE-02 reissue of paid DV: when the organization was last validated. */
  readonly organizationValidatedAt?: Instant;
  /** LIFE-07 setHosting: replace this many days before expiry, with these domains. */
  readonly leadDays?: number;
  readonly domains?: readonly string[];
  /** LIFE-19 reissue: the organization information differs from the validated one. */
  readonly organizationChanged?: boolean;
  /** LIFE-18 revoke: the revocation reason the user gave. */
  readonly reason?: string;
  /** `issue` event: the new certificate's expiry (default: the product's validity). */
  readonly expiresAt?: Instant;
}
