import {
  arrayArgument,
  invalidArgument,
  objectArgument,
  stringArgument,
  stringsArgument,
} from '../../core/argument.js';
import { createIssue, type Issue } from '../../core/issue.js';
import type { Checked } from '../../core/result.js';
import { hasErrors } from '../../core/result.js';
import { inspectDomain } from '../../domain/normalize.js';
import { defaultPolicy } from '../../policy/presets/index.js';
import type { Policy } from '../../policy/schema.js';
import { publicKeyLabel, rsaModulus } from '../keys/public-key.js';
import { rsaModulusWeakness } from '../keys/weak-rsa.js';
import { isCountryCode } from '../names/country-codes.js';
import { type CsrInfo, csrSpki } from './parse.js';

/** The order a CSR is uploaded for. */
export interface CsrOrder {
  /** The domains bound to the order. */
  readonly domains: readonly string[];
  /** Names the brand adds for free (GIFT), which the CSR may list too. */
  readonly gifts?: readonly string[];
}

/** Options of {@link checkCsr}. */
export interface CheckCsrOptions {
  readonly policy?: Policy;
  /** CSR-04: fingerprints of the keys of earlier orders. */
  readonly usedFingerprints?: Iterable<string>;
  /**
   * STD-12: SHA-256 fingerprints of SubjectPublicKeyInfos known to be compromised (lower-case hex,
   * as `publicKeyFingerprint`), from the caller's blocklist (e.g. the Debian weak keys, published
   * private keys).
   */
  readonly compromisedKeys?: Iterable<string>;
}

/** `parseCsr`'s result and an order, checked at the door (`argument.invalid` naming the field). */
function readArguments(csr: CsrInfo, order: CsrOrder, options: CheckCsrOptions): void {
  objectArgument(csr, 'csr');
  objectArgument(csr.key, 'csr.key');
  stringsArgument(csr.domains, 'csr.domains');
  stringsArgument(csr.ips, 'csr.ips');
  arrayArgument(csr.subject, 'csr.subject').forEach((attribute, index) => {
    objectArgument(attribute, `csr.subject[${index}]`);
  });
  stringArgument(csr.signatureAlgorithm, 'csr.signatureAlgorithm');
  stringArgument(csr.publicKeyFingerprint, 'csr.publicKeyFingerprint');
  // fail closed: a signature verdict that is neither true, false nor null cannot pass CSR-05
  if (![true, false, null].includes(csr.signatureValid))
    throw invalidArgument('csr.signatureValid', 'boolean or null', csr.signatureValid);
  if (csr.commonName !== null) stringArgument(csr.commonName, 'csr.commonName');
  stringsArgument(objectArgument<CsrOrder>(order, 'order').domains, 'order.domains');
  if (order.gifts !== undefined) stringsArgument(order.gifts, 'order.gifts');
  objectArgument(options, 'options');
}

/** CSR-05: the SHA-2 family; SM3 (256-bit, the one hash SM2 signs with) for 国密 SM2 CSRs. */
const STRONG_SIGNATURES = /-(SHA256|SHA384|SHA512)$|^Ed25519$|^SM2-SM3$/;

/**
 * Would the CA accept this CSR for this order? (CSR-01…05)
 *
 * - CSR-02: the key is one the policy allows for uploads (vendor: RSA 2048 only);
 * - CSR-05: a SHA-256-family signature, and a valid one;
 * - CSR-03: the CN is one of the order's domains; every SAN is a domain of the order or a gift;
 * - CSR-01: the country is an ISO 3166 alpha-2 code;
 * - CSR-04: the key was not used by an earlier order (compared by SHA-256 fingerprint);
 * - STD-12: the key is not on the caller's compromised list, and an RSA modulus has neither the
 *   ROCA fingerprint nor primes Fermat's method finds in 100 rounds.
 *
 * @example
 * checkCsr(await parseCsr(pem), { domains: ['www.example.com'] }).issues.map((i) => i.code)
 * // => ['x509.csr.key.not-allowed'] for an EC key under the vendor policy
 */
export function checkCsr(csr: CsrInfo, order: CsrOrder, options: CheckCsrOptions = {}): Checked {
  readArguments(csr, order, options);
  const policy = options.policy ?? defaultPolicy;
  const issues: Issue[] = [];
  const keyAllowed = policy.csr.uploadKeys.some((allowed) =>
    allowed.type === 'RSA'
      ? csr.key.type === 'RSA' && allowed.sizes.includes(csr.key.size)
      : csr.key.type === 'EC' && (allowed.curves as readonly string[]).includes(csr.key.curve),
  );
  if (!keyAllowed)
    issues.push(
      createIssue('x509.csr.key.not-allowed', 'CSR-02', {
        key: publicKeyLabel(csr.key),
        allowed: policy.csr.uploadKeys.map(describeAllowed),
      }),
    );
  if (!STRONG_SIGNATURES.test(csr.signatureAlgorithm))
    issues.push(createIssue('x509.csr.signature.weak', 'CSR-05', { algorithm: csr.signatureAlgorithm }));
  if (csr.signatureValid === false) issues.push(createIssue('x509.csr.signature.invalid', 'CSR-05'));
  if (csr.signatureValid === null)
    issues.push(
      createIssue(
        'x509.csr.signature.unverifiable',
        'CSR-05',
        { algorithm: csr.signatureAlgorithm },
        { severity: 'warning' },
      ),
    );
  const allowedNames = new Set([...(order?.domains ?? []), ...(order?.gifts ?? [])].map(normalized));
  const cn = csr.commonName;
  if (cn === null) issues.push(createIssue('x509.csr.cn.missing', 'CSR-03'));
  else if (!allowedNames.has(normalized(cn)))
    issues.push(createIssue('x509.csr.cn.not-in-order', 'CSR-03', { cn }, { subject: cn }));
  for (const name of [...csr.domains, ...csr.ips]) {
    if (!allowedNames.has(normalized(name)))
      issues.push(createIssue('x509.csr.san.not-in-order', 'CSR-03', { name }, { subject: name }));
  }
  const country = csr.subject.find((attribute) => attribute.type === 'C')?.value;
  if (country !== undefined && !isCountryCode(country))
    issues.push(createIssue('x509.csr.country.invalid', 'CSR-01', { country }));
  issues.push(...weakKeyIssues(csr, options));
  if (fingerprints(options.usedFingerprints, 'options.usedFingerprints').has(csr.publicKeyFingerprint)) {
    issues.push(createIssue('x509.csr.key.reused', 'CSR-04', { fingerprint: csr.publicKeyFingerprint }));
  }
  return { ok: !hasErrors(issues), issues };
}

/**
 * STD-12 (BR §6.1.1.3): a key on the caller's compromised list, and an RSA modulus with the ROCA
 * fingerprint or that Fermat's method factors in 100 rounds, are refused.
 */
function weakKeyIssues(csr: CsrInfo, options: CheckCsrOptions): Issue[] {
  const issues: Issue[] = [];
  if (fingerprints(options.compromisedKeys, 'options.compromisedKeys').has(csr.publicKeyFingerprint))
    issues.push(createIssue('x509.csr.key.compromised', 'STD-12', { fingerprint: csr.publicKeyFingerprint }));
  if (csr.key.type !== 'RSA') return issues;
  const modulus = rsaModulus(csrSpki(stringArgument(csr.pem, 'csr.pem')));
  const problem = modulus === undefined ? undefined : rsaModulusWeakness(modulus);
  if (problem !== undefined) issues.push(createIssue('x509.csr.key.weak', 'STD-12', { problem }));
  return issues;
}

/** A caller's fingerprints (any iterable of strings), read at the door. */
function fingerprints(value: Iterable<string> | undefined, path: string): ReadonlySet<string> {
  if (value === undefined) return new Set();
  if (typeof value === 'string' || typeof (value as { [Symbol.iterator]?: unknown })?.[Symbol.iterator] !== 'function')
    throw invalidArgument(path, 'an iterable of fingerprints', value);
  const set = new Set<string>();
  for (const fingerprint of value) set.add(stringArgument(fingerprint, `${path}[]`));
  return set;
}

function normalized(name: string): string {
  const inspection = inspectDomain(name, { allowSingleLabel: true });
  return inspection.ok ? inspection.name : name.toLowerCase();
}

function describeAllowed(allowed: Policy['csr']['uploadKeys'][number]): string {
  return allowed.type === 'RSA' ? `RSA ${allowed.sizes.join('/')}` : `EC ${allowed.curves.join('/')}`;
}
