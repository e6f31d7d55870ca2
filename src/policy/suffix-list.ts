/**
 * A Public Suffix List to look names up in (DOM-06). certkit's domain functions use the ICANN
 * section alone (`tldts-icann`, about 30 KB gzip) unless they are given the list with the private
 * section (`github.io`, `blogspot.com`, …), which only the pages that ask for it pay for (about
 * 16 KB more): `import { privateSuffixList } from 'certkit/suffixes'`.
 *
 * Both methods take a host name that is already normalised (lower-case A-labels, no trailing dot).
 *
 * @example
 * privateSuffixList.getDomain('foo.github.io')       // => 'foo.github.io'
 * privateSuffixList.getPublicSuffix('foo.github.io') // => 'github.io'
 */
export interface SuffixList {
  /** The registrable domain: the public suffix and one more label; `null` for a suffix itself. */
  getDomain(host: string): string | null;
  /** The longest public suffix of the host (the last label when no rule matches). */
  getPublicSuffix(host: string): string | null;
}

/** The list for the private section, where the policy asks for it. */
export interface SuffixListOption {
  /**
   * The Public Suffix List with its private section (`privateSuffixList` from
   * `certkit/suffixes`), needed when the policy's `domain.privateSuffixes` is `true`; the ICANN
   * section is built in.
   */
  readonly suffixList?: SuffixList;
}
