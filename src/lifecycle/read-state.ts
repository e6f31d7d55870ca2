import { CertkitError } from '../core/error.js';
import { toDate } from '../core/instant.js';
import { createIssue, describeReceived, describeType } from '../core/issue.js';
import { type ProductRef, validationLevels } from '../policy/vocabulary.js';
import type { CertificateInput, CertificateState, LegacyCertificateState } from './state.js';
import { statuses } from './statuses.js';

/**
 * Reads a certificate as the lifecycle functions take it, in either shape, into the current
 * {@link CertificateState} (a new object when it was the 0.1 shape; the input is never
 * mutated). Throws `CertkitError` `life.argument.invalid` naming the field that cannot be read
 * (`cert`, `cert.status`, `cert.product`, `cert.domains`, or an optional field such as
 * `cert.boundResources` that holds something else than the rules read), or `time.invalid`
 * naming a time field (`cert.expiresAt`).
 *
 * @example
 * readState({ …cert, brand: 'TrustAsia', product: 'OV', domainType: 'single' }).product
 * // => { brand: 'TrustAsia', type: 'OV', domainType: 'single' }
 */
export function readState(cert: CertificateInput): CertificateState {
  if (typeof cert !== 'object' || cert === null) throw lifecycleArgumentError('cert', describeType(cert));
  if (typeof cert.status !== 'string' || !Object.hasOwn(statuses, cert.status))
    throw lifecycleArgumentError('cert.status', describeReceived(cert.status));
  if (!Array.isArray(cert.domains) || cert.domains.some((domain) => typeof domain !== 'string'))
    throw lifecycleArgumentError('cert.domains', describeType(cert.domains));
  readOptionalFields(cert as unknown as Readonly<Record<string, unknown>>);
  if (typeof cert.product !== 'string') {
    productRef(cert.product, { brand: 'cert.product.brand', type: 'cert.product.type' });
    return cert as CertificateState;
  }
  const { brand, domainType, product, ...rest } = cert as LegacyCertificateState;
  const ref: ProductRef = domainType === undefined ? { brand, type: product } : { brand, type: product, domainType };
  return { ...rest, product: productRef(ref, { brand: 'cert.brand', type: 'cert.product' }) };
}

const isText = (value: unknown) => typeof value === 'string';
const isFlag = (value: unknown) => typeof value === 'boolean';
const isCount = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;
const isTerm = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 1;
const isOneOf =
  (...allowed: readonly unknown[]) =>
  (value: unknown) =>
    allowed.includes(value);
const isHosting = (value: unknown) => {
  if (value === null) return true;
  if (typeof value !== 'object') return false;
  const { leadDays, domains } = value as { leadDays?: unknown; domains?: unknown };
  return isCount(leadDays) && Array.isArray(domains) && domains.every(isText);
};

/**
 * What each optional field of a state must hold when it is there: a field the rules read as
 * something else (`boundResources: '2'`, `free: 'no'`) is refused, never compared or counted.
 */
const FIELD_CHECKS: { readonly [Field in keyof CertificateState]?: (value: unknown) => boolean } = {
  id: isText,
  source: isOneOf('vendor', 'upload'),
  free: isFlag,
  validation: isOneOf(...validationLevels),
  reissueCount: isCount,
  reissueOf: isText,
  boundResources: isCount,
  toBeRenewed: isFlag,
  autoRenew: isFlag,
  termYears: isTerm,
  companyPhone: isText,
  validationMethod: isText,
  hosting: isHosting,
  dnsHostedWithVendor: isFlag,
  notificationsIgnored: isFlag,
};

/** The state's times, read as instants (`time.invalid` naming the field). */
const TIME_FIELDS: readonly (keyof CertificateState)[] = [
  'submittedAt',
  'letterUploadedAt',
  'issuedAt',
  'expiresAt',
  'revokedAt',
  'deletedAt',
];

/** Refuses, naming the field, an optional field that is present but not what the rules read. */
function readOptionalFields(cert: Readonly<Record<string, unknown>>): void {
  for (const [field, check] of Object.entries(FIELD_CHECKS) as [string, (value: unknown) => boolean][]) {
    const value = cert[field];
    if (value !== undefined && !check(value)) throw lifecycleArgumentError(`cert.${field}`, describeReceived(value));
  }
  for (const field of TIME_FIELDS) {
    const value = cert[field];
    if (value !== undefined) toDate(value as Date, `cert.${field}`);
  }
}

/** A product reference whose brand and type are text; else `life.argument.invalid` naming the field. */
function productRef(value: unknown, paths: Readonly<Record<'brand' | 'type', string>>): ProductRef {
  if (typeof value !== 'object' || value === null) throw lifecycleArgumentError('cert.product', describeType(value));
  for (const field of ['brand', 'type'] as const) {
    const text = (value as Partial<ProductRef>)[field];
    if (typeof text !== 'string') throw lifecycleArgumentError(paths[field], describeReceived(text));
  }
  return value as ProductRef;
}

/** The `CertkitError` of a lifecycle argument that cannot be read (`life.argument.invalid`). */
export function lifecycleArgumentError(argument: string, received: string): CertkitError {
  return new CertkitError(createIssue('life.argument.invalid', null, { argument, received }));
}
