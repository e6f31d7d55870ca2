import { type AsciiNameRules, scanAsciiName } from './ascii-name.js';
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
  | { readonly publicSuffixWildcards: false; readonly isPublicSuffix: (name: string) => boolean };

/** SAN entries as certificates present them: ASCII, A-labels, `xn--` left as is. */
const CERT_NAME_RULES: AsciiNameRules = { wildcard: true, singleLabel: true, reservedHyphens: true };

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
  if (typeof certName !== 'string' || typeof host !== 'string') return false;
  const hostIp = ipLiteral(host);
  const certIp = ipLiteral(certName);
  if (hostIp !== null || certIp !== null) return sameBytes(hostIp, certIp);
  const hostName = asciiHostname(host);
  return hostName !== undefined && namesMatch(certName, hostName, options);
}

/**
 * The names of a certificate that cover `host`, in their order (MATCH-01…04).
 *
 * @example
 * coveringNames(['tencent.com', '*.tencent.com', 'www.tencent.com'], 'www.tencent.com')
 * // => ['*.tencent.com', 'www.tencent.com']
 */
export function coveringNames(certNames: readonly unknown[], host: unknown, options: MatchOptions = {}): string[] {
  if (!Array.isArray(certNames) || typeof host !== 'string') return [];
  const hostIp = ipLiteral(host);
  const hostName = hostIp === null ? asciiHostname(host) : undefined;
  return certNames.filter((certName): certName is string => {
    if (typeof certName !== 'string') return false;
    const certIp = ipLiteral(certName);
    if (hostIp !== null || certIp !== null) return sameBytes(hostIp, certIp);
    return hostName !== undefined && namesMatch(certName, hostName, options);
  });
}

/** `certName` (any text) against a host already in canonical A-label form. */
function namesMatch(certName: string, hostName: string, options: MatchOptions): boolean {
  const name = scanAsciiName(certName, CERT_NAME_RULES);
  if (name === undefined) return false;
  if (name.charCodeAt(0) !== 42) return name === hostName;
  const base = name.slice(2);
  if (!base.includes('.')) return false; // `*.com`: the base needs two labels
  const firstDot = hostName.indexOf('.');
  // MATCH-01/02: exactly one non-empty label in front of the base, at the same level.
  if (firstDot < 1 || hostName.length - firstDot - 1 !== base.length || !hostName.endsWith(base)) return false;
  if (options.publicSuffixWildcards !== false) return true;
  // TYPE-07; without a suffix check we cannot tell, so no wildcard matches (fail closed).
  return typeof options.isPublicSuffix === 'function' && !options.isPublicSuffix(base);
}

/** IP literals end in a digit (IPv4) or contain `:` (IPv6); skip the parse for other names. */
function ipLiteral(text: string): number[] | null {
  const last = text.charCodeAt(text.length - 1);
  return (last >= 48 && last <= 57) || text.includes(':') ? ipBytes(text) : null;
}

/** MATCH-04: both are IPs of the same family with the same bytes (IPv6 compared in binary). */
function sameBytes(a: readonly number[] | null, b: readonly number[] | null): boolean {
  return a !== null && b !== null && a.length === b.length && a.every((byte, i) => byte === b[i]);
}
