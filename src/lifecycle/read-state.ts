import { CertkitError } from '../core/error.js';
import { createIssue, describeReceived, describeType } from '../core/issue.js';
import type { ProductRef } from '../policy/vocabulary.js';
import type { CertificateInput, CertificateState, LegacyCertificateState } from './state.js';
import { statuses } from './statuses.js';

/**
 * Reads a certificate as the lifecycle functions take it, in either shape, into the current
 * {@link CertificateState} (a new object when it was the 0.1 shape; the input is never
 * mutated). Throws `CertkitError` `life.argument.invalid` naming the field that cannot be read:
 * `cert`, `cert.status`, `cert.product`, `cert.domains`.
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
  const { termYears } = cert as { termYears?: unknown };
  if (termYears !== undefined && !(Number.isInteger(termYears) && (termYears as number) >= 1))
    throw lifecycleArgumentError('cert.termYears', describeReceived(termYears));
  if (typeof cert.product !== 'string') {
    productRef(cert.product, { brand: 'cert.product.brand', type: 'cert.product.type' });
    return cert as CertificateState;
  }
  const { brand, domainType, product, ...rest } = cert as LegacyCertificateState;
  const ref: ProductRef = domainType === undefined ? { brand, type: product } : { brand, type: product, domainType };
  return { ...rest, product: productRef(ref, { brand: 'cert.brand', type: 'cert.product' }) };
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
