import { getDomain, getPublicSuffix } from 'tldts-icann';
import { invalidArgument } from '../core/argument.js';
import { isPolicy } from '../policy/is-policy.js';
import type { Policy } from '../policy/schema.js';
import type { SuffixList, SuffixListOption } from '../policy/suffix-list.js';

/** tldts, told the input is already a clean host name (not an IP) so it skips URL parsing and validation. */
const CLEAN_HOST = { extractHostname: false, validateHostname: false, detectIp: false } as const;

/** The ICANN section of the Public Suffix List (`tldts-icann`): what DOM-06 uses by default. */
export const icannSuffixList: SuffixList = Object.freeze({
  getDomain: (host: string) => getDomain(host, CLEAN_HOST),
  getPublicSuffix: (host: string) => getPublicSuffix(host, CLEAN_HOST),
});

/** The `privateSuffixes` option of the domain functions: `false` (ICANN only) or the list to use. */
export type PrivateSuffixesOption = boolean | SuffixList;

const THE_LIST = "the list with the private section (privateSuffixList from 'certkit/suffixes')";

/**
 * The list a `privateSuffixes` option names: absent or `false` → the ICANN section; a list → that
 * list. `true` (the 0.1 form) throws `argument.invalid`: the private section is no longer bundled
 * with every entry, so the caller passes it.
 *
 * @example
 * suffixListFor(undefined, 'options.privateSuffixes') === icannSuffixList // => true
 * suffixListFor(true, 'options.privateSuffixes') // throws argument.invalid (pass privateSuffixList)
 */
export function suffixListFor(choice: unknown, path: string): SuffixList {
  if (choice === undefined || choice === false) return icannSuffixList;
  if (isSuffixList(choice)) return choice;
  throw invalidArgument(path, `false, or ${THE_LIST}`, choice);
}

/**
 * The list a policy's DOM-06 uses: the ICANN section, or — when `domain.privateSuffixes` is
 * `true` — `options.suffixList`, without which the call is refused (`argument.invalid` on
 * `options.suffixList`) rather than answered from the wrong section. `options` may be the policy
 * itself (the deprecated positional form), which carries no list.
 */
export function policySuffixList(policy: Policy, options: SuffixListOption | Policy | undefined): SuffixList {
  // the 0.1 positional form passes the policy itself, which carries no list
  const given = options === undefined || isPolicy(options) ? undefined : options.suffixList;
  if (given !== undefined && !isSuffixList(given)) throw invalidArgument('options.suffixList', THE_LIST, given);
  if (!policy.domain.privateSuffixes) return icannSuffixList;
  if (given === undefined)
    throw invalidArgument('options.suffixList', `${THE_LIST}, as domain.privateSuffixes is true`, given);
  return given;
}

function isSuffixList(value: unknown): value is SuffixList {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as SuffixList).getDomain === 'function' &&
    typeof (value as SuffixList).getPublicSuffix === 'function'
  );
}
