import { optionsArgument } from '../core/argument.js';
import { scanAsciiName } from './ascii-name.js';
import { fastPathRules, inspectDomain } from './normalize.js';
import { type PrivateSuffixesOption, suffixListFor } from './suffix-list.js';

/** Options of {@link primaryDomain}. */
export interface PrimaryDomainOptions {
  /**
   * Count the Public Suffix List's private section (`github.io`, `blogspot.com`, …) as public
   * suffixes, so `foo.github.io` is its own primary domain: pass the list that has it,
   * `privateSuffixList` from `certkit/suffixes`. Default `false`: ICANN section only, so
   * `foo.github.io` → `github.io` (DOM-06). `true`, the 0.1 form, throws `argument.invalid`.
   */
  readonly privateSuffixes?: PrivateSuffixesOption;
}

/**
 * The primary (registrable) domain of a name, from the Public Suffix List (DOM-06): the public
 * suffix plus one label. Every name under it shares the same primary domain, and so the same
 * per-domain quotas. A wildcard's primary domain is its base's.
 *
 * Returns `null` for public suffixes themselves (`com`, `com.cn`), for IP addresses, and for
 * anything that is not a valid domain name (never throws). Names are normalised first, so
 * Unicode and mixed case work; the result is in A-labels.
 *
 * @example
 * primaryDomain('ssl.ssl.tencent.com')       // => 'tencent.com'
 * primaryDomain('a.example.com.cn')          // => 'example.com.cn'
 * primaryDomain('*.cloud.tencent.com')       // => 'tencent.com'
 * primaryDomain('www.食狮.公司.cn')            // => 'xn--85x722f.xn--55qx5d.cn'
 * primaryDomain('foo.github.io')             // => 'github.io'
 * primaryDomain('foo.github.io', { privateSuffixes: privateSuffixList }) // => 'foo.github.io'
 * primaryDomain('com.cn')                    // => null
 */
export function primaryDomain(name: unknown, options: PrimaryDomainOptions = {}): string | null {
  const suffixes = suffixListFor(optionsArgument(options).privateSuffixes, 'options.privateSuffixes');
  // Plain ASCII that is already valid skips the full inspection (the hot path of quota checks).
  const host = typeof name === 'string' ? (scanAsciiName(name, fastPathRules({})) ?? normalizedHost(name)) : undefined;
  if (host === undefined) return null;
  const base = host.charCodeAt(0) === 42 ? host.slice(2) : host; // a wildcard's base
  return suffixes.getDomain(base);
}

/**
 * Everything else — Unicode, `xn--`, mixed case — goes through the full normalisation. A name
 * of one label is refused here, as it has no primary domain either way.
 */
function normalizedHost(name: string): string | undefined {
  const inspection = inspectDomain(name);
  return inspection.ok ? inspection.name : undefined;
}

/**
 * `true` when `name` is itself a public suffix (`com`, `com.cn`, `github.io` with
 * `privateSuffixes`), i.e. it has no primary domain although it is a valid name. For
 * `matchesHostname`'s `publicSuffixWildcards: false` (TYPE-07).
 *
 * @example
 * isPublicSuffix('co.uk')        // => true
 * isPublicSuffix('example.co.uk') // => false
 * isPublicSuffix('github.io')     // => false; with { privateSuffixes: privateSuffixList } => true
 */
export function isPublicSuffix(name: string, options: PrimaryDomainOptions = {}): boolean {
  optionsArgument(options);
  const inspection = inspectDomain(name, { allowSingleLabel: true, allowWildcard: false });
  return inspection.ok && primaryDomain(inspection.name, options) === null;
}
