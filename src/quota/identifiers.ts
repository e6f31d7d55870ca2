import { arrayArgument, stringArgument } from '../core/argument.js';
import { formatIpv6, parseIp } from '../domain/ip.js';
import { inspectDomain } from '../domain/normalize.js';
import { suffixListFor } from '../domain/suffix-list.js';
import type { SuffixList } from '../policy/suffix-list.js';

/** Most identifiers one order or record may carry (Let's Encrypt allows 100 per certificate). */
export const MAX_IDENTIFIERS = 1000;

/**
 * An order's identifiers as STD-10 compares them: domain names in lower-case A-labels (a
 * wildcard kept as `*.`), IP addresses in canonical text, deduplicated and sorted — so two
 * orders are "the exact same set" when these arrays are equal, whatever the case and order.
 * `null` when one is neither a valid name nor an IP literal, or there are none or too many.
 *
 * @example
 * identifierSet(['WWW.Example.com', 'example.com', '2001:DB8::1']) // => ['2001:db8::1', 'example.com', 'www.example.com']
 * identifierSet(['-bad-.com'])                                     // => null
 */
export function identifierSet(identifiers: readonly unknown[]): string[] | null {
  arrayArgument(identifiers, 'identifiers');
  if (identifiers.length === 0 || identifiers.length > MAX_IDENTIFIERS) return null;
  const set = new Set<string>();
  for (const identifier of identifiers) {
    const ip = parseIp(identifier);
    const inspection = ip === null ? inspectDomain(identifier, { allowWildcard: true }) : undefined;
    if (inspection !== undefined && !inspection.ok) return null;
    set.add(ip?.address ?? (inspection as { name: string }).name);
  }
  return [...set].sort();
}

/**
 * The "registered domain" an identifier counts against (STD-10): a name's registrable domain
 * from the suffix list (a wildcard's base), an IPv4 address itself, an IPv6 address its /64
 * (`2001:db8:1:2::/64`); `null` for a public suffix itself. Takes identifiers from
 * {@link identifierSet}; the list is the ICANN section unless given (`privateSuffixList` from
 * `certkit/suffixes`, as Let's Encrypt counts).
 *
 * @example
 * registeredDomain('*.www.example.co.uk', list) // => 'example.co.uk'
 * registeredDomain('2001:db8:1:2:3::4', list)   // => '2001:db8:1:2::/64'
 */
export function registeredDomain(identifier: string, suffixList?: SuffixList): string | null {
  const list = suffixListFor(suffixList, 'suffixList');
  const ip = parseIp(stringArgument(identifier, 'identifier'));
  if (ip?.version === 4) return ip.address;
  if (ip?.version === 6) return `${formatIpv6([...ip.bytes.slice(0, 8), 0, 0, 0, 0, 0, 0, 0, 0])}/64`;
  return list.getDomain(identifier.startsWith('*.') ? identifier.slice(2) : identifier);
}
