import type { RuleId } from '../core/codes.js';
import { createIssue, describeReceived, describeType, type Issue } from '../core/issue.js';
import { type Checked, checked } from '../core/result.js';
import { type PolicyOption, policyOf } from '../policy/option.js';
import type { Policy, Product } from '../policy/schema.js';
import type { SuffixList } from '../policy/suffix-list.js';
import { type Applicant, type DomainType, domainTypes, type ProductRef } from '../policy/vocabulary.js';
import { giftsFor } from './gifts.js';
import { parseIp } from './ip.js';
import { levelOfName } from './level.js';
import { findProduct } from './product.js';
import { policySuffixList } from './suffix-list.js';
import { validateDomain } from './validate.js';

/** A request to bind names to a certificate product. */
export interface DomainRequest {
  /** The names the user typed: domains, wildcards or IP addresses, any case, Unicode allowed. */
  readonly domains: readonly unknown[];
  /** The product, with the domain type it is bought as. */
  readonly product: ProductRef & { readonly domainType: DomainType };
  /** TYPE-08: individuals (no business licence) may buy DV only. */
  readonly applicant?: Applicant;
}

/** What {@link checkDomains} decided. */
export type DomainCheck = Checked<DomainCheckFields, DomainCheckFields>;

/** The fields of a {@link DomainCheck}, accepted or refused. */
export interface DomainCheckFields {
  /** The final list: bound names normalised and deduplicated, then the gifts. */
  readonly domains: readonly string[];
  /** The names added for free (GIFT-01…03), also at the end of `domains`. */
  readonly gifted: readonly string[];
}

/** More names than any product takes; refused before any per-name work. */
export const MAX_REQUEST_DOMAINS = 1000;

/** How each domain type constrains the names (TYPE-01…04). */
const DOMAIN_TYPE_RULES: Readonly<Record<DomainType, { rule: RuleId; wildcards: boolean; exactlyOne: boolean }>> = {
  single: { rule: 'TYPE-01', wildcards: false, exactlyOne: true },
  multi: { rule: 'TYPE-02', wildcards: false, exactlyOne: false },
  wildcard: { rule: 'TYPE-03', wildcards: true, exactlyOne: true },
  'multi-wildcard': { rule: 'TYPE-04', wildcards: true, exactlyOne: false },
};

/**
 * Checks the names of an order against the product it is for, and reports **every** problem at
 * once, each with the offending name as `subject`:
 *
 * - the product exists in the policy's catalog and is sold as the requested domain type;
 * - DOM-01…05 on each name (`validateDomain` with the product's validation level);
 * - TYPE-01 single: exactly one ordinary name; TYPE-02 multi: up to the product's maximum, no
 *   wildcards; TYPE-03 wildcard: exactly one wildcard name, nothing else; TYPE-04 multi-wildcard:
 *   wildcard names only, up to the maximum;
 * - TYPE-05 free products: one ordinary name — no wildcard, no IP, no second name;
 * - TYPE-06 IP addresses only where the brand × product allows them;
 * - TYPE-07 no wildcard directly over a public suffix (`*.com.cn`);
 * - TYPE-08 individuals may buy DV only.
 *
 * Duplicates (after normalisation) are dropped with a warning. Gifts (GIFT-01…03) are appended
 * and do not count against the maximum.
 *
 * @example
 * checkDomains({ domains: ['*.Tencent.com'], product: { brand: 'TrustAsia', type: 'DV', domainType: 'wildcard' } })
 * // with another policy: checkDomains(request, { policy: presets['tencent-2023'] })
 * // => { ok: true, domains: ['*.tencent.com', 'tencent.com'], gifted: ['tencent.com'], issues: [] }
 */
export function checkDomains(request: DomainRequest, options?: PolicyOption): DomainCheck;
/** @deprecated since 0.2: pass `{ policy }`; removed in 0.3. */
export function checkDomains(request: DomainRequest, policy: Policy): DomainCheck;
export function checkDomains(request: DomainRequest, options?: PolicyOption | Policy): DomainCheck {
  const policy = policyOf(options);
  const issues: Issue[] = [];
  const { brand, type, domainType } = request?.product ?? ({} as DomainRequest['product']);
  const found = findProduct({ brand, type }, { policy });
  if (!found.ok) issues.push(found.issue);
  const product = found.product;
  const typeRules = checkDomainType(domainType, product, issues);
  if (product !== undefined && request.applicant?.kind === 'individual' && product.validation !== 'DV') {
    const params = { validation: product.validation };
    issues.push(createIssue('type.individual.validation', 'TYPE-08', params, { subject: `${brand} ${type}` }));
  }
  const domains = request?.domains;
  if (!Array.isArray(domains) || domains.length > MAX_REQUEST_DOMAINS) {
    const received = Array.isArray(domains) ? domains.length : describeType(domains);
    issues.push(createIssue('domain.request.invalid', null, { received, limit: MAX_REQUEST_DOMAINS }));
    return checked(issues, { domains: [], gifted: [] });
  }
  const suffixes = policySuffixList(policy, options);
  const names = collectNames(domains, product, policy, suffixes, issues);
  const count = names.size + names.invalid;
  if (product?.free === true) checkFree(names, count, issues);
  else if (typeRules !== undefined && product !== undefined)
    checkCounts(names, count, domainType, typeRules, product, issues);
  const gifted = product === undefined ? [] : giftsFor(names, product, policy);
  return checked(issues, { domains: [...names.keys(), ...gifted], gifted });
}

/**
 * The normalised, deduplicated names, each with its level (`levelOfName`, for TYPE-07 and the
 * gifts); `invalid` counts the inputs that are not names at all.
 */
type Names = Map<string, number> & { invalid: number };

/** Each input read once: an IP address, or a name normalised and checked by the vendor rules. */
function collectNames(
  domains: readonly unknown[],
  product: Product | undefined,
  policy: Policy,
  suffixes: SuffixList,
  issues: Issue[],
): Names {
  const names: Names = Object.assign(new Map<string, number>(), { invalid: 0 });
  for (const input of domains) {
    const ip = parseIp(input);
    let name: string | undefined;
    let level = 0;
    if (ip !== null) {
      name = ip.address;
      if (product?.free === true) issues.push(createIssue('type.free.ip', 'TYPE-05', { ip: name }, { subject: name }));
      else if (product?.ipBinding === false)
        issues.push(createIssue('type.ip.unsupported', 'TYPE-06', { ip: name }, { subject: name }));
    } else {
      const checkedName = validateDomain(input, { policy, validation: product?.validation });
      issues.push(...checkedName.issues);
      name = checkedName.domain;
      if (name !== undefined) level = levelOfName(name, suffixes);
      // TYPE-07: `*.com.cn` is level 2, i.e. the wildcard sits directly on a public suffix.
      if (name?.startsWith('*.') && level === 2) {
        const params = { suffix: name.slice(2) };
        issues.push(createIssue('type.wildcard.public-suffix', 'TYPE-07', params, { subject: name }));
      }
    }
    if (name === undefined) names.invalid += 1;
    else if (names.has(name))
      issues.push(createIssue('domain.duplicate', 'DOM-07', {}, { subject: name, severity: 'warning' }));
    else names.set(name, level);
  }
  return names;
}
function checkDomainType(domainType: unknown, product: Product | undefined, issues: Issue[]) {
  const known = domainTypes.find((candidate) => candidate === domainType);
  if (known === undefined || (product !== undefined && !product.domainTypes.includes(known))) {
    const rule = known === undefined ? null : DOMAIN_TYPE_RULES[known].rule;
    const params = {
      domainType: describeReceived(domainType),
      offered: product === undefined ? [...domainTypes] : [...product.domainTypes],
    };
    issues.push(createIssue('product.domain-type', rule, params, { subject: describeReceived(domainType) }));
  }
  return known === undefined ? undefined : DOMAIN_TYPE_RULES[known];
}

/** TYPE-05: one ordinary name — no wildcard, no IP (reported per name), no second name. */
function checkFree(names: Names, count: number, issues: Issue[]): void {
  if (count !== 1) issues.push(createIssue('type.free.count', 'TYPE-05', { count }));
  for (const name of names.keys()) {
    if (name.startsWith('*.')) issues.push(createIssue('type.free.wildcard', 'TYPE-05', {}, { subject: name }));
  }
}

/** TYPE-01…04: how many names, and whether they must or must not be wildcards. */
function checkCounts(
  names: Names,
  count: number,
  domainType: DomainType,
  rules: (typeof DOMAIN_TYPE_RULES)[DomainType],
  product: Product,
  issues: Issue[],
): void {
  if (count === 0) issues.push(createIssue('type.count.none', rules.rule, { domainType }));
  else if (rules.exactlyOne && count > 1)
    issues.push(createIssue('type.count.exactly-one', rules.rule, { domainType, count }));
  else if (count > product.maxDomains) {
    issues.push(createIssue('type.count.too-many', rules.rule, { domainType, count, limit: product.maxDomains }));
  }
  for (const name of names.keys()) {
    const wildcard = name.startsWith('*.');
    if (wildcard && !rules.wildcards)
      issues.push(createIssue('type.name.wildcard-not-allowed', rules.rule, { domainType }, { subject: name }));
    if (!wildcard && rules.wildcards)
      issues.push(createIssue('type.name.wildcard-required', rules.rule, { domainType }, { subject: name }));
  }
}
