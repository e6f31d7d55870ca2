/**
 * `certkit/suffixes`: the whole Public Suffix List, private section included (`tldts`, about
 * 46 KB gzip), for the callers that count `github.io` or `blogspot.com` as public suffixes
 * (DOM-06 with `domain.privateSuffixes: true`). The other entries carry the ICANN section alone,
 * so a page that never imports this file never pays for it.
 *
 * @example
 * import { privateSuffixList } from 'certkit/suffixes';
 * primaryDomain('foo.github.io', { privateSuffixes: privateSuffixList }) // => 'foo.github.io'
 * checkDomains(request, { policy: withPrivateSuffixes, suffixList: privateSuffixList })
 *
 * @module certkit/suffixes
 */
import { getDomain, getPublicSuffix } from 'tldts';
import type { SuffixList } from '../policy/suffix-list.js';

export type { SuffixList } from '../policy/suffix-list.js';

/** tldts, told the input is a clean host name (no URL parsing, validation or IP test) and to use the private rules. */
const WITH_PRIVATE = {
  extractHostname: false,
  validateHostname: false,
  detectIp: false,
  allowPrivateDomains: true,
} as const;

/** The Public Suffix List with its private section. */
export const privateSuffixList: SuffixList = Object.freeze({
  getDomain: (host: string) => getDomain(host, WITH_PRIVATE),
  getPublicSuffix: (host: string) => getPublicSuffix(host, WITH_PRIVATE),
});
