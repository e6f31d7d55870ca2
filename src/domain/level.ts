import { optionsArgument } from '../core/argument.js';
import type { SuffixList } from '../policy/suffix-list.js';
import { inspectDomain } from './normalize.js';
import { icannSuffixList, type PrivateSuffixesOption, suffixListFor } from './suffix-list.js';

/** Options of {@link domainLevel}. */
export interface DomainLevelOptions {
  /** Count the PSL's private section as public suffixes (DOM-06): `privateSuffixList` from `certkit/suffixes`. Default `false`. */
  readonly privateSuffixes?: PrivateSuffixesOption;
}

/**
 * The level of a name counted from its public suffix, which is level one: a primary domain is
 * level two, and each label in front adds one; a wildcard label counts (GIFT-02's reading of
 * "level three or above"). `null` for anything that is not a valid domain name.
 *
 * @example
 * domainLevel('tencent.com')        // => 2
 * domainLevel('www.example.com.cn') // => 3 (com.cn is the suffix)
 * domainLevel('*.tencent.com')      // => 3
 * domainLevel('com.cn')             // => 1
 */
export function domainLevel(name: unknown, options: DomainLevelOptions = {}): number | null {
  const suffixes = suffixListFor(optionsArgument(options).privateSuffixes, 'options.privateSuffixes');
  const inspection = inspectDomain(name, { allowSingleLabel: true });
  return inspection.ok ? levelOfName(inspection.name, suffixes) : null;
}

/**
 * {@link domainLevel} of a name that is already normalised (checkDomains and the gifts hold
 * one): no second normalisation. A wildcard over a public suffix (`*.com.cn`) is level 2.
 *
 * @example
 * levelOfName('*.com.cn') // => 2
 */
export function levelOfName(name: string, suffixes: SuffixList = icannSuffixList): number {
  const host = name.startsWith('*.') ? name.slice(2) : name;
  const suffix = suffixes.getPublicSuffix(host);
  const suffixLabels = suffix === null ? 1 : countLabels(suffix);
  return countLabels(name) - suffixLabels + 1;
}

function countLabels(name: string): number {
  let count = 1;
  for (let i = name.indexOf('.'); i !== -1; i = name.indexOf('.', i + 1)) count += 1;
  return count;
}
