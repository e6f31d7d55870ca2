import { optionsArgument } from '../core/argument.js';
import { asciiHostname } from './hostname.js';
import { ipBytes } from './ip.js';

/**
 * Options of {@link matchesHostname}. `publicSuffixWildcards: false` makes a wildcard directly
 * over a public suffix (`*.co.uk`, `*.com.cn`) match nothing (TYPE-07). The matcher carries no
 * suffix list, so that setting needs `isPublicSuffix` too — pass the one from `certkit/domain`
 * (it pulls in the Public Suffix List). Called from JavaScript without it, the matcher fails
 * closed: no wildcard matches. Default: wildcards over public suffixes match like any other.
 */
export type MatchOptions =
  | { readonly publicSuffixWildcards?: true }
  | {
      readonly publicSuffixWildcards: false;
      /** `isPublicSuffix` from `certkit/domain`, or your own. */
      readonly isPublicSuffix: (name: string) => boolean;
    };

/**
 * Does one certificate name (a SAN entry: DNS name, wildcard or IP literal) cover `host`, the
 * name or IP a client asks for? RFC 9525 §6.3 with the vendor's rules:
 *
 * - MATCH-03: case-insensitive, one trailing dot ignored, a Unicode `host` compared by its
 *   A-labels; malformed names on either side (empty labels, `_`, spaces, NUL, brackets,
 *   non-ASCII in `certName`) never match;
 * - MATCH-01: a wildcard is the whole left-most label and covers exactly one non-empty label:
 *   `*.tencent.com` covers `www.tencent.com`, not `tencent.com`, not `www.ssl.tencent.com`;
 *   its base needs two labels (`*.com` and `*` cover nothing); partial-label wildcards
 *   (`w*.example.com`, `xn--*`) cover nothing;
 * - MATCH-02: no cross-level cover: `*.tencent.com` does not cover `a.cloud.tencent.com`;
 * - MATCH-04: an IP literal covers only the same address (IPv6 compared in binary), never a DNS
 *   name, and shorthand (`127.1`) or leading zeros are not IP literals.
 *
 * Never throws, whatever the input.
 *
 * @example
 * matchesHostname('*.tencent.com', 'WWW.Tencent.com.')     // => true
 * matchesHostname('*.tencent.com', 'www.ssl.tencent.com')  // => false (MATCH-01)
 * matchesHostname('*.xn--bcher-kva.de', 'shop.bücher.de')  // => true
 * matchesHostname('2001:db8::1', '2001:0db8:0:0:0:0:0:1')  // => true
 * matchesHostname('w*.example.com', 'www.example.com')     // => false (partial wildcard)
 */
export function matchesHostname(certName: unknown, host: unknown, options: MatchOptions = {}): boolean {
  optionsArgument(options);
  if (typeof certName !== 'string' || typeof host !== 'string') return false;
  // A valid host name is never an IP literal (IPv4 ends in a numeric label, IPv6 has colons),
  // so IPs are parsed only when the name scan fails.
  const hostName = asciiHostname(host);
  if (hostName === undefined) return sameBytes(ipBytes(host), ipBytes(certName));
  return namesMatch(certName, hostName, options);
}

/**
 * The names of a certificate that cover `host`, in their order (MATCH-01…04).
 *
 * @example
 * coveringNames(['tencent.com', '*.tencent.com', 'www.tencent.com'], 'www.tencent.com')
 * // => ['*.tencent.com', 'www.tencent.com']
 */
export function coveringNames(certNames: readonly unknown[], host: unknown, options: MatchOptions = {}): string[] {
  optionsArgument(options);
  if (!Array.isArray(certNames) || typeof host !== 'string') return [];
  const hostName = asciiHostname(host);
  const hostIp = hostName === undefined ? ipBytes(host) : null;
  return certNames.filter((certName): certName is string => {
    if (typeof certName !== 'string') return false;
    return hostName === undefined ? sameBytes(hostIp, ipBytes(certName)) : namesMatch(certName, hostName, options);
  });
}

const STAR = 42;
const DOT = 46;

/**
 * `certName` (any text) against a host already validated and in canonical A-label form. The host
 * is valid LDH in lower case, so a certificate name equal to it after ASCII case folding is valid
 * too: no separate scan of the certificate name is needed. Only `A`–`Z` fold, so no other
 * character (Unicode, `_`, NUL, a partial-label `*`) can ever compare equal.
 */
function namesMatch(certName: string, hostName: string, options: MatchOptions): boolean {
  const end = certName.charCodeAt(certName.length - 1) === DOT ? certName.length - 1 : certName.length;
  if (certName.charCodeAt(0) !== STAR || certName.charCodeAt(1) !== DOT) {
    return end === hostName.length && equalFolded(certName, 0, hostName, 0, end);
  }
  // MATCH-01/02: `*.base` covers exactly one non-empty label in front of `base`, at the same
  // level — so `.base` must be the host from its first dot on — and `base` needs two labels.
  const firstDot = hostName.indexOf('.');
  if (firstDot < 1 || hostName.length - firstDot !== end - 1) return false;
  if (hostName.indexOf('.', firstDot + 1) === -1 || !equalFolded(certName, 1, hostName, firstDot, end - 1))
    return false;
  if (options.publicSuffixWildcards !== false) return true;
  // TYPE-07; without a suffix check we cannot tell, so no wildcard matches (fail closed).
  return typeof options.isPublicSuffix === 'function' && !options.isPublicSuffix(hostName.slice(firstDot + 1));
}

/** `length` characters of `a` from `aStart`, ASCII-lower-cased, equal those of `b` from `bStart`. */
function equalFolded(a: string, aStart: number, b: string, bStart: number, length: number): boolean {
  for (let i = 0; i < length; i += 1) {
    const code = a.charCodeAt(aStart + i);
    if ((code >= 65 && code <= 90 ? code + 32 : code) !== b.charCodeAt(bStart + i)) return false;
  }
  return true;
}

/** MATCH-04: both are IPs of the same family with the same bytes (IPv6 compared in binary). */
function sameBytes(a: readonly number[] | null, b: readonly number[] | null): boolean {
  return a !== null && b !== null && a.length === b.length && a.every((byte, i) => byte === b[i]);
}
