import suffixLookup from 'tldts-icann/dist/es6/src/suffix-trie.js';
import { invalidArgument } from '../core/argument.js';
import { isPolicy } from '../policy/is-policy.js';
import type { Policy } from '../policy/schema.js';
import type { SuffixList, SuffixListOption } from '../policy/suffix-list.js';

/** The ICANN section only: what tldts-icann's lookup is asked. */
const ICANN_ONLY = { allowIcannDomains: true, allowPrivateDomains: false } as const;

/**
 * The longest ICANN public suffix of a clean host name (lower-case A-labels, no trailing dot, not
 * an IP), looked up in tldts-icann's trie directly: `tldts-icann`'s `getDomain` would first
 * bundle its URL parser and host validation, 2.6 KB gzip that a normalised name never needs.
 */
function icannPublicSuffix(host: string): string {
  const out = { publicSuffix: null as string | null, isIcann: null, isPrivate: null };
  suffixLookup(host, ICANN_ONLY, out);
  return out.publicSuffix ?? host;
}

/** `example.com.` as `example.com`, as tldts reads a host it is told is clean. */
function withoutTrailingDots(host: string): string {
  let end = host.length;
  while (end > 1 && host.charCodeAt(end - 1) === 46) end -= 1;
  return end === host.length ? host : host.slice(0, end);
}

/**
 * The ICANN section of the Public Suffix List (tldts-icann's data): what DOM-06 uses by default.
 * The registrable domain is the public suffix and the label before it, as tldts computes it.
 *
 * @example
 * icannSuffixList.getDomain('a.example.co.uk') // => 'example.co.uk'
 * icannSuffixList.getDomain('co.uk')           // => null
 * icannSuffixList.getPublicSuffix('a.b.ck')    // => 'b.ck' (the `*.ck` rule)
 */
export const icannSuffixList: SuffixList = Object.freeze({
  getDomain(name: string): string | null {
    const host = withoutTrailingDots(name);
    const suffix = icannPublicSuffix(host);
    if (suffix.length >= host.length) return null;
    return host.slice(host.lastIndexOf('.', host.length - suffix.length - 2) + 1);
  },
  getPublicSuffix: (name: string) => icannPublicSuffix(withoutTrailingDots(name)),
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
