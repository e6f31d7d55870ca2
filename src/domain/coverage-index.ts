import { invalidArgument, optionsArgument } from '../core/argument.js';
import { CertkitError } from '../core/error.js';
import { createIssue, describeReceived, describeType } from '../core/issue.js';
import type { SuffixList } from '../policy/suffix-list.js';
import { type AsciiNameRules, scanAsciiName } from './ascii-name.js';
import { asciiHostname } from './hostname.js';
import { parseIp } from './ip.js';
import { isPublicSuffix } from './primary.js';
import { type PrivateSuffixesOption, suffixListFor } from './suffix-list.js';

/** One certificate (or anything else with names): an ID and its SAN entries. */
export interface CoverageEntry<Id = string> {
  readonly id: Id;
  readonly names: readonly string[];
}

/** Options of {@link createCoverageIndex}. */
export interface CoverageIndexOptions {
  /** Count the PSL's private section as public suffixes for TYPE-07: `privateSuffixList` from `certkit/suffixes`. Default `false`. */
  readonly privateSuffixes?: PrivateSuffixesOption;
}

/** A built index: which entries cover a host. */
export interface CoverageIndex<Id = string> {
  /** IDs of the entries with a name covering `host`, in input order, each once. */
  lookup(host: string): Id[];
  /** Names that can never cover anything (malformed, partial wildcards, `*.com`…), with their entry. */
  readonly ignored: readonly { readonly id: Id; readonly name: string }[];
  /** How many names were indexed. */
  readonly size: number;
}

const CERT_NAME_RULES: AsciiNameRules = { wildcard: true, singleLabel: true, reservedHyphens: true };

/**
 * Indexes the names of many certificates (a CDN's whole inventory) so that "which certificates
 * cover this host?" costs O(labels of host), whatever the number of certificates: one hash
 * lookup for the exact name, one for the wildcard at the level above (MATCH-01/02), one for an
 * IP (MATCH-04). Same semantics as `matchesHostname` with `publicSuffixWildcards: false`
 * (TYPE-07), so `*.com.cn` covers nothing. Entries are not changed; the index keeps no reference
 * to them beyond their IDs. Throws `CertkitError` `coverage.entries.invalid` when `entries` is
 * not an array; an entry whose `names` is not an array indexes nothing.
 *
 * @example
 * const index = createCoverageIndex([
 *   { id: 'cert-a', names: ['tencent.com', '*.tencent.com'] },
 *   { id: 'cert-b', names: ['www.tencent.com'] },
 * ]);
 * index.lookup('WWW.tencent.com') // => ['cert-a', 'cert-b']
 * index.lookup('a.b.tencent.com') // => [] (no cross-level cover)
 */
export function createCoverageIndex<Id = string>(
  entries: readonly CoverageEntry<Id>[],
  options: CoverageIndexOptions = {},
): CoverageIndex<Id> {
  optionsArgument(options);
  if (!Array.isArray(entries)) {
    throw new CertkitError(createIssue('coverage.entries.invalid', null, { received: describeType(entries) }));
  }
  const exact: PositionMap = new Map();
  const wildcards: PositionMap = new Map();
  const ignored: { id: Id; name: string }[] = [];
  const suffixOptions = { privateSuffixes: suffixListFor(options.privateSuffixes, 'options.privateSuffixes') };
  let size = 0;
  const typed: readonly CoverageEntry<Id>[] = entries; // Array.isArray narrowed `entries` to any[]
  typed.forEach((entry, position) => {
    if (!Array.isArray(entry?.names)) throw badEntry(entry, position);
    for (const name of entry.names) {
      const key = indexKey(name, suffixOptions);
      if (key === undefined) ignored.push({ id: entry.id, name: describeReceived(name) });
      else {
        addPosition(key.wildcard ? wildcards : exact, key.key, position);
        size += 1;
      }
    }
  });
  const ids = typed.map((entry) => entry.id);
  return {
    ignored,
    size,
    lookup(host: string): Id[] {
      const hostIp = typeof host === 'string' ? parseIp(host) : null;
      if (hostIp !== null) return positionsOf(exact.get(hostIp.address)).map((position) => ids[position] as Id);
      const name = typeof host === 'string' ? asciiHostname(host) : undefined;
      if (name === undefined) return [];
      const dot = name.indexOf('.');
      // wildcards are indexed as written (`*.example.com`), so the index makes no strings of its own
      const viaWildcard = dot > 0 ? wildcards.get(`*${name.slice(dot)}`) : undefined;
      return mergeInOrder(positionsOf(exact.get(name)), positionsOf(viaWildcard)).map(
        (position) => ids[position] as Id,
      );
    },
  };
}

/** The key a SAN entry is indexed under: a canonical IP, a name, or a wildcard name (its base checked here). */
function indexKey(name: unknown, suffixOptions: { privateSuffixes: SuffixList }) {
  if (typeof name !== 'string') return undefined;
  const ip = parseIp(name);
  if (ip !== null) return { key: ip.address, wildcard: false };
  const scanned = scanAsciiName(name, CERT_NAME_RULES);
  if (scanned === undefined) return undefined;
  if (!scanned.startsWith('*.')) return { key: scanned, wildcard: false };
  const base = scanned.slice(2);
  // MATCH-01: the base needs two labels; TYPE-07: and must not be a public suffix.
  if (!base.includes('.') || isPublicSuffix(base, suffixOptions)) return undefined;
  return { key: scanned, wildcard: true };
}

/**
 * Entry positions by key: one position as the number itself, several as an ascending list. Most
 * names belong to one certificate, and a number in a `Map` costs nothing beyond the entry, where a
 * one-element array costs about 60 bytes — the difference between 1.1× and 2.4× a plain `Map` of
 * the same names at 10 million (`npm run bench`).
 */
type PositionMap = Map<string, number | number[]>;

function addPosition(map: PositionMap, key: string, position: number): void {
  const positions = map.get(key);
  if (positions === undefined) map.set(key, position);
  else if (typeof positions === 'number') {
    if (positions !== position) map.set(key, [positions, position]);
  } else if (positions[positions.length - 1] !== position) positions.push(position);
}

function positionsOf(found: number | number[] | undefined): readonly number[] {
  return found === undefined ? [] : typeof found === 'number' ? [found] : found;
}

/** Two ascending position lists merged into one, each position once. */
function mergeInOrder(a: readonly number[], b: readonly number[]): number[] {
  if (b.length === 0) return [...a];
  if (a.length === 0) return [...b];
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next =
      j >= b.length || (i < a.length && (a[i] as number) <= (b[j] as number)) ? (a[i++] as number) : (b[j++] as number);
    if (merged[merged.length - 1] !== next) merged.push(next);
  }
  return merged;
}

/** `argument.invalid` for an entry that is not `{ id, names: [...] }`; its path is built only here, not per entry. */
function badEntry(entry: unknown, position: number): CertkitError {
  const path = `entries[${position}]`;
  return typeof entry === 'object' && entry !== null
    ? invalidArgument(`${path}.names`, 'array', (entry as { names?: unknown }).names)
    : invalidArgument(path, 'object', entry);
}
