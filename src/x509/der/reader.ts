import { bytesKey } from './bytes.js';
import { TAG } from './tags.js';

export { contextTag, TAG } from './tags.js';
/**
 * A strict DER reader for the hot paths (certificates): it walks the bytes in place, decodes only
 * what is asked for and refuses BER leniencies (indefinite or non-minimal lengths, trailing bytes).
 * Several times faster than building an ASN.1 object tree for a whole certificate, and it lets path
 * validation reject the malformed encodings a web PKI validator must reject.
 *
 * Every function throws {@link DerError} on malformed input; callers turn it into a
 * `CertkitError` with their own code.
 */

/** One TLV: its tag byte and where its header and content are in `bytes`. */
export interface DerNode {
  readonly bytes: Uint8Array;
  readonly tag: number;
  /** Offset of the tag byte. */
  readonly start: number;
  /** Offset of the first content byte. */
  readonly contentStart: number;
  /** Offset just past the content. */
  readonly end: number;
}

/** Malformed DER; `part` says where. */
export class DerError extends Error {
  constructor(readonly part: string) {
    super(`malformed DER: ${part}`);
  }
}

/** Reads the TLV at `offset`, which must end by `limit`. */
export function readNode(bytes: Uint8Array, offset = 0, limit = bytes.length, part = 'tlv'): DerNode {
  if (offset + 2 > limit) throw new DerError(part);
  const tag = bytes[offset] as number;
  if ((tag & 0x1f) === 0x1f) throw new DerError(part); // high tag numbers do not occur in X.509
  // DER fixes the form of every universal type: SEQUENCE and SET constructed, the rest primitive
  if ((tag & 0xc0) === 0 && (tag & 0x20) !== 0 && tag !== TAG.sequence && tag !== TAG.set) throw new DerError(part);
  let length = bytes[offset + 1] as number;
  let contentStart = offset + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4 || contentStart + count > limit) throw new DerError(part);
    length = 0;
    for (let i = 0; i < count; i += 1) length = length * 256 + (bytes[contentStart + i] as number);
    // DER: the shortest form, no leading zero bytes
    if (length < 0x80 || bytes[contentStart] === 0) throw new DerError(part);
    contentStart += count;
  }
  const end = contentStart + length;
  if (end > limit) throw new DerError(part);
  return { bytes, tag, start: offset, contentStart, end };
}

/** The whole input as one TLV, with nothing after it. */
export function readRoot(bytes: Uint8Array, part: string): DerNode {
  const node = readNode(bytes, 0, bytes.length, part);
  if (node.end !== bytes.length) throw new DerError(part);
  return node;
}

/** The TLVs inside a constructed node, in order. */
export function children(node: DerNode, part = 'children'): DerNode[] {
  if ((node.tag & 0x20) === 0) throw new DerError(part);
  const list: DerNode[] = [];
  for (let offset = node.contentStart; offset < node.end; ) {
    const child = readNode(node.bytes, offset, node.end, part);
    list.push(child);
    offset = child.end;
  }
  return list;
}

/** `node` when it has `tag`, else a {@link DerError}. */
export function expectTag(node: DerNode | undefined, tag: number, part: string): DerNode {
  if (node === undefined || node.tag !== tag) throw new DerError(part);
  return node;
}

/** The content bytes (a view, not a copy). */
export function content(node: DerNode): Uint8Array {
  return node.bytes.subarray(node.contentStart, node.end);
}

/** The whole TLV bytes (a view). */
export function encoded(node: DerNode): Uint8Array {
  return node.bytes.subarray(node.start, node.end);
}

/**
 * The optional fields of a SEQUENCE whose members carry the distinct `tags`, in that order: one
 * node or `undefined` per tag. A field out of order, repeated or unknown is malformed.
 */
export function optionalFields(
  list: readonly DerNode[],
  tags: readonly number[],
  part: string,
): (DerNode | undefined)[] {
  const found: (DerNode | undefined)[] = tags.map(() => undefined);
  let next = 0;
  for (const node of list) {
    const position = tags.indexOf(node.tag, next);
    if (position < 0) throw new DerError(part);
    found[position] = node;
    next = position + 1;
  }
  return found;
}

/**
 * Dotted OID text. Certificates repeat a few dozen OIDs (name attributes, extensions,
 * algorithms): each content read before is answered from {@link OID_TEXTS}, confirmed byte for
 * byte, without building its text again.
 */
export function readOid(node: DerNode, part = 'oid'): string {
  const { bytes, contentStart: start, end } = expectTag(node, TAG.oid, part);
  const key = bytesKey(bytes, start, end);
  const known = OID_TEXTS.get(key);
  if (known !== undefined && sameRange(known.bytes, bytes, start, end)) return known.text;
  const text = oidText(bytes, start, end, part);
  if (known === undefined && OID_TEXTS.size < MAX_OID_TEXTS)
    OID_TEXTS.set(key, { bytes: bytes.slice(start, end), text });
  return text;
}

/** OID texts by their content ({@link readOid}); at most {@link MAX_OID_TEXTS}, then no more are kept. */
const OID_TEXTS = new Map<number, { readonly bytes: Uint8Array; readonly text: string }>();
const MAX_OID_TEXTS = 4096;

/** `bytes[start..end)` equals `held`. */
function sameRange(held: Uint8Array, bytes: Uint8Array, start: number, end: number): boolean {
  if (held.length !== end - start) return false;
  for (let i = start; i < end; i += 1) if (held[i - start] !== bytes[i]) return false;
  return true;
}

function oidText(bytes: Uint8Array, start: number, end: number, part: string): string {
  if (end === start || (bytes[end - 1] as number) & 0x80) throw new DerError(part);
  let text = '';
  let value = 0;
  for (let i = start; i < end; i += 1) {
    const byte = bytes[i] as number;
    if (value === 0 && byte === 0x80) throw new DerError(part); // non-minimal arc
    value = value * 128 + (byte & 0x7f);
    if (value > Number.MAX_SAFE_INTEGER / 128) throw new DerError(part);
    if ((byte & 0x80) === 0) {
      // the first subidentifier holds two arcs: 40 × (0, 1 or 2) + the second
      if (text === '') text = value < 80 ? `${Math.floor(value / 40)}.${value % 40}` : `2.${value - 80}`;
      else text += `.${value}`;
      value = 0;
    }
  }
  return text;
}

/** A DER BOOLEAN (0x00 or 0xff only). */
export function readBoolean(node: DerNode, part = 'boolean'): boolean {
  const bytes = content(expectTag(node, TAG.boolean, part));
  if (bytes.length !== 1 || (bytes[0] !== 0 && bytes[0] !== 0xff)) throw new DerError(part);
  return bytes[0] === 0xff;
}

/** The content of a minimally encoded INTEGER, and whether it is negative. */
export function readIntegerBytes(node: DerNode, part = 'integer'): { bytes: Uint8Array; negative: boolean } {
  const bytes = content(expectTag(node, TAG.integer, part));
  if (bytes.length === 0) throw new DerError(part);
  const [first = 0, second = 0] = bytes;
  if (bytes.length > 1 && ((first === 0 && second < 0x80) || (first === 0xff && second >= 0x80)))
    throw new DerError(part);
  return { bytes, negative: first >= 0x80 };
}

/** A small non-negative INTEGER as a number. */
export function readSmallInteger(node: DerNode, part = 'integer'): number {
  const { bytes, negative } = readIntegerBytes(node, part);
  if (negative || bytes.length > 6) throw new DerError(part);
  return bytes.reduce((value, byte) => value * 256 + byte, 0);
}

/**
 * The bits of a BIT STRING and the count of unused bits. X.690 §11.2.1: the unused bits of the
 * last byte are zero in DER — so `03 02 03 04` (keyCertSign set among the unused bits) is refused.
 */
export function readBitString(node: DerNode, part = 'bit string'): { bytes: Uint8Array; unusedBits: number } {
  const raw = content(expectTag(node, TAG.bitString, part));
  const unusedBits = raw[0];
  if (unusedBits === undefined || unusedBits > 7 || (raw.length === 1 && unusedBits !== 0)) throw new DerError(part);
  if (unusedBits > 0 && ((raw[raw.length - 1] as number) & ((1 << unusedBits) - 1)) !== 0) throw new DerError(part);
  return { bytes: raw.subarray(1), unusedBits };
}

/** A NULL: the tag and no content (`05 00`); `05 01 00` is malformed. */
export function readNull(node: DerNode | undefined, part = 'null'): null {
  if (expectTag(node, TAG.null, part).end !== (node as DerNode).contentStart) throw new DerError(part);
  return null;
}

/** The children of `node`, which must number between `min` and `max` — no field is skipped unread. */
export function fields(node: DerNode, min: number, max: number, part: string): DerNode[] {
  const list = children(node, part);
  if (list.length < min || list.length > max) throw new DerError(part);
  return list;
}

/**
 * The PrintableString alphabet (X.680 §41.4): letters, digits, space and `'()+,-./:=?` — and `*`
 * and `&`, which real roots of the Mozilla store carry in PrintableStrings and every client reads
 * (Chromium and Go allow them too).
 */
const PRINTABLE = (() => {
  const table = new Uint8Array(256);
  for (const character of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 '()+,-./:=?*&")
    table[character.charCodeAt(0)] = 1;
  return table;
})();

/** Every byte below 0x80 (a loop: `every` with a callback costs more than the check on name-sized strings). */
function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i += 1) if ((bytes[i] as number) >= 0x80) return false;
  return true;
}

/** Every byte in PrintableString's alphabet (as {@link PRINTABLE} has it). */
function isPrintable(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i += 1) if (PRINTABLE[bytes[i] as number] !== 1) return false;
  return true;
}

/** One decoder for every UTF8String: `decode` without `stream` keeps no state between calls. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

const DECODERS: Readonly<Record<number, (bytes: Uint8Array) => string>> = {
  // ASCII, as nearly every name is, without a call into the decoder
  [TAG.utf8String]: (bytes) => (isAscii(bytes) ? latin1(bytes) : UTF8.decode(bytes)),
  [TAG.printableString]: (bytes) => {
    if (!isPrintable(bytes)) throw new DerError('PrintableString');
    return latin1(bytes);
  },
  [TAG.ia5String]: (bytes) => {
    if (!isAscii(bytes)) throw new DerError('IA5String');
    return latin1(bytes);
  },
  [TAG.teletexString]: latin1,
  [TAG.bmpString]: (bytes) => {
    if (bytes.length % 2 !== 0) throw new DerError('BMPString');
    let text = '';
    for (let i = 0; i < bytes.length; i += 2)
      text += String.fromCharCode(((bytes[i] as number) << 8) | (bytes[i + 1] as number));
    // UCS-2 has no surrogates: an unpaired one is no character at all
    if (!text.isWellFormed()) throw new DerError('BMPString');
    return text;
  },
  [TAG.universalString]: (bytes) => {
    if (bytes.length % 4 !== 0) throw new DerError('UniversalString');
    let text = '';
    for (let i = 0; i < bytes.length; i += 4) {
      const point = new DataView(bytes.buffer, bytes.byteOffset + i, 4).getUint32(0);
      if (point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)) throw new DerError('UniversalString');
      text += String.fromCodePoint(point);
    }
    return text;
  },
};

/** Text of a string node, or `undefined` when the tag is not a string type. */
export function readString(node: DerNode, part = 'string'): string | undefined {
  const decode = DECODERS[node.tag];
  if (decode === undefined) return undefined;
  try {
    return decode(content(node));
  } catch {
    throw new DerError(part);
  }
}

/** Chunks of characters handed to `String.fromCharCode` at once (well under any engine's argument limit). */
const CHARACTERS_AT_ONCE = 4096;

function latin1(bytes: Uint8Array): string {
  // apply, not spread: spreading a typed array runs its iterator, five times slower on short names
  if (bytes.length <= CHARACTERS_AT_ONCE) return String.fromCharCode.apply(null, bytes as unknown as number[]);
  let text = '';
  for (let at = 0; at < bytes.length; at += CHARACTERS_AT_ONCE)
    text += String.fromCharCode.apply(null, bytes.subarray(at, at + CHARACTERS_AT_ONCE) as unknown as number[]);
  return text;
}

/** Digits of the year in a UTCTime and a GeneralizedTime. */
const YEAR_DIGITS: Readonly<Record<number, number>> = { [TAG.utcTime]: 2, [TAG.generalizedTime]: 4 };
const MS_PER_DAY = 86_400_000;

/**
 * A UTCTime (years 1950–2049) or GeneralizedTime in the RFC 5280 profile (`YYMMDDHHMMSSZ`,
 * `YYYYMMDDHHMMSSZ`: seconds, `Z`, no fraction) as milliseconds since the epoch. Read digit by
 * digit and counted in days (every certificate is read through here twice); years 0000–0099 are
 * themselves, not 1900–1999 as `Date.UTC` would have them.
 */
export function readTime(node: DerNode, part = 'time'): number {
  const { bytes, contentStart: start, end } = node;
  const yearDigits = YEAR_DIGITS[node.tag] ?? 0;
  if (yearDigits === 0 || end - start !== yearDigits + 11 || bytes[end - 1] !== 0x5a) throw new DerError(part);
  const number = (from: number, count: number): number => {
    let value = 0;
    for (let i = start + from; i < start + from + count; i += 1) {
      const digit = (bytes[i] as number) - 0x30;
      if (digit < 0 || digit > 9) throw new DerError(part);
      value = value * 10 + digit;
    }
    return value;
  };
  const year = number(0, yearDigits);
  const fullYear = yearDigits === 2 ? (year < 50 ? 2000 + year : 1900 + year) : year;
  const month = number(yearDigits, 2);
  const day = number(yearDigits + 2, 2);
  const hour = number(yearDigits + 4, 2);
  const minute = number(yearDigits + 6, 2);
  const second = number(yearDigits + 8, 2);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(fullYear, month)) throw new DerError(part);
  if (hour > 23 || minute > 59 || second > 59) throw new DerError(part);
  return daysSinceEpoch(fullYear, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000;
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/**
 * Days from 1970-01-01 to a date of the proleptic Gregorian calendar (as `Date` counts them), by
 * whole 400-year eras of 146,097 days with the year starting in March, so that the leap day ends it.
 *
 * @example
 * daysSinceEpoch(2000, 3, 1) // => 11017
 */
function daysSinceEpoch(year: number, month: number, day: number): number {
  const marchYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(marchYear / 400);
  const yearOfEra = marchYear - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Nesting an ANY value may have before it is refused (no X.509 parameter nests anywhere near it). */
const MAX_ANY_DEPTH = 32;

/**
 * Reads an `ANY` value whole, as OpenSSL's decoder does when it meets one: constructed values
 * child by child, and each universal primitive by its rules (OID, BOOLEAN, INTEGER, NULL, BIT
 * STRING, the string types' alphabets); context and application tags are taken as they are.
 * Throws `DerError` for anything malformed inside.
 */
export function readAny(node: DerNode, part: string, depth = 0): void {
  if (depth > MAX_ANY_DEPTH) throw new DerError(part);
  if (node.tag & 0x20) {
    for (const child of children(node, part)) readAny(child, part, depth + 1);
    return;
  }
  if ((node.tag & 0xc0) !== 0) return;
  const check = PRIMITIVE_CHECKS[node.tag];
  if (check !== undefined) check(node, part);
  else readString(node, part);
}

const PRIMITIVE_CHECKS: Readonly<Record<number, (node: DerNode, part: string) => unknown>> = {
  [TAG.boolean]: readBoolean,
  [TAG.integer]: readIntegerBytes,
  [TAG.bitString]: readBitString,
  [TAG.null]: readNull,
  [TAG.oid]: readOid,
};
