/**
 * Strict IP address literals (DOM-08): what may appear as an IP in a certificate's SAN or in a
 * request, and nothing a URL parser would "helpfully" reinterpret.
 *
 * - IPv4: exactly four decimal octets `0`–`255`, no leading zeros (`010` could be octal), no
 *   shorthand (`127.1`), no hex (`0x7f.0.0.1`).
 * - IPv6: RFC 4291 text forms, including `::` compression and an embedded IPv4 tail
 *   (`::ffff:192.0.2.1`); no zone index (`%eth0`), no brackets.
 */

/** A parsed IP address; `address` is the canonical text (RFC 5952 for IPv6). */
export interface IpAddress {
  readonly version: 4 | 6;
  /** The address in network byte order: 4 or 16 numbers 0–255. */
  readonly bytes: readonly number[];
  /** Canonical text: dotted quad, or RFC 5952 (lower case, longest zero run compressed). */
  readonly address: string;
}

/** Longer than any IP literal (`ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255` is 45). */
const MAX_IP_TEXT = 45;
const DECIMAL_OCTET = /^(?:0|[1-9]\d{0,2})$/;
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;

/**
 * Parses an IP literal, or returns `null` when `input` is not one (any type is accepted).
 *
 * @example
 * parseIp('192.0.2.1')                   // => { version: 4, bytes: [192, 0, 2, 1], address: '192.0.2.1' }
 * parseIp('2001:DB8:0:0:0:0:0:1')?.address // => '2001:db8::1'
 * parseIp('127.1')                       // => null (shorthand is not an IP literal here)
 */
export function parseIp(input: unknown): IpAddress | null {
  const bytes = ipBytes(input);
  if (bytes === null) return null;
  return bytes.length === 4
    ? { version: 4, bytes, address: bytes.join('.') }
    : { version: 6, bytes, address: formatIpv6(bytes) };
}

/**
 * The bytes of a strict IP literal (4 for IPv4, 16 for IPv6), or `null`: `parseIp` without the
 * canonical text, for comparisons on hot paths.
 *
 * @example
 * ipBytes('10.0.0.1') // => [10, 0, 0, 1]
 */
export function ipBytes(input: unknown): number[] | null {
  if (typeof input !== 'string' || input.length > MAX_IP_TEXT) return null;
  return input.includes(':') ? parseIpv6Bytes(input) : parseIpv4Bytes(input);
}

/**
 * `true` when `input` is a strict IPv4 or IPv6 literal.
 *
 * @example
 * isIp('::1')     // => true
 * isIp('1.2.3')   // => false
 */
export function isIp(input: unknown): boolean {
  return parseIp(input) !== null;
}

/**
 * `true` when two IP literals denote the same address (IPv6 compared in binary).
 *
 * @example
 * sameIp('2001:db8::1', '2001:0db8:0000:0000:0000:0000:0000:0001') // => true
 */
export function sameIp(a: unknown, b: unknown): boolean {
  const left = parseIp(a);
  const right = parseIp(b);
  return left !== null && right !== null && left.address === right.address;
}

function parseIpv4Bytes(text: string): number[] | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const bytes: number[] = [];
  for (const part of parts) {
    if (!DECIMAL_OCTET.test(part)) return null;
    const value = Number(part);
    if (value > 255) return null;
    bytes.push(value);
  }
  return bytes;
}

function parseIpv6Bytes(text: string): number[] | null {
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const compressed = halves.length === 2;
  // An embedded IPv4 address can only be the last 32 bits: `::ffff:1.2.3.4`, never `1.2.3.4::`.
  const head = parseGroups(halves[0] as string, !compressed);
  const tail = compressed ? parseGroups(halves[1] as string, true) : [];
  if (head === null || tail === null) return null;
  const groupCount = head.length + tail.length;
  if (compressed ? groupCount > 7 : groupCount !== 8) return null;
  const groups = [...head, ...new Array<number>(8 - groupCount).fill(0), ...tail];
  return groups.flatMap((group) => [group >> 8, group & 0xff]);
}

/** `'2001:db8'` → `[0x2001, 0xdb8]`; an IPv4 tail (where allowed) becomes two groups; `''` → `[]`. */
function parseGroups(text: string, ipv4TailAllowed: boolean): number[] | null {
  if (text === '') return [];
  const parts = text.split(':');
  const groups: number[] = [];
  for (const [index, part] of parts.entries()) {
    if (ipv4TailAllowed && index === parts.length - 1 && part.includes('.')) {
      const v4 = parseIpv4Bytes(part);
      if (v4 === null) return null;
      groups.push(((v4[0] as number) << 8) | (v4[1] as number), ((v4[2] as number) << 8) | (v4[3] as number));
    } else if (HEX_GROUP.test(part)) {
      groups.push(Number.parseInt(part, 16));
    } else {
      return null;
    }
  }
  return groups;
}

/**
 * RFC 5952 text: lower-case hex without leading zeros, the longest run (≥ 2) of zero groups
 * replaced by `::` (the first one on a tie), IPv4-mapped addresses as `::ffff:a.b.c.d`.
 */
export function formatIpv6(bytes: readonly number[] | Uint8Array): string {
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((bytes[i] as number) << 8) | (bytes[i + 1] as number));
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff) {
    return `::ffff:${bytes.slice(12).join('.')}`;
  }
  const [runStart, runLength] = longestZeroRun(groups);
  const hex = groups.map((group) => group.toString(16));
  if (runLength < 2) return hex.join(':');
  return `${hex.slice(0, runStart).join(':')}::${hex.slice(runStart + runLength).join(':')}`;
}

function longestZeroRun(groups: readonly number[]): [start: number, length: number] {
  let best: [number, number] = [-1, 0];
  let start = -1;
  for (let i = 0; i <= groups.length; i += 1) {
    if (i < groups.length && groups[i] === 0) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (i - start > best[1]) best = [start, i - start];
      start = -1;
    }
  }
  return best;
}
