/**
 * A minimal DER writer for the structures certkit builds by hand (PKCS#12). Each function returns
 * the complete TLV bytes; nesting is function composition.
 *
 * @example
 * derSequence(derOid('1.2.840.113549.1.7.1'), derExplicit(0, derOctetString(bytes)))
 */

import { concatBytes } from './bytes.js';

/** A TLV with `tag` around the concatenated `parts`. */
export function derTlv(tag: number, ...parts: readonly Uint8Array[]): Uint8Array {
  const length = parts.reduce((sum, part) => sum + part.length, 0);
  const lengthBytes: number[] = [];
  if (length < 0x80) lengthBytes.push(length);
  else {
    for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) lengthBytes.unshift(rest % 256);
    lengthBytes.unshift(0x80 | lengthBytes.length);
  }
  return concatBytes(Uint8Array.of(tag, ...lengthBytes), ...parts);
}

export const derSequence = (...parts: readonly Uint8Array[]) => derTlv(0x30, ...parts);
export const derSet = (...parts: readonly Uint8Array[]) => derTlv(0x31, ...parts);
export const derOctetString = (bytes: Uint8Array) => derTlv(0x04, bytes);
export const derNull = () => Uint8Array.of(0x05, 0x00);
/** `[number] EXPLICIT`. */
export const derExplicit = (number: number, inner: Uint8Array) => derTlv(0xa0 | number, inner);

/** A non-negative INTEGER. */
export function derInteger(value: number): Uint8Array {
  const bytes: number[] = [];
  for (let rest = value; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  if (bytes.length === 0 || (bytes[0] as number) >= 0x80) bytes.unshift(0);
  return derTlv(0x02, Uint8Array.from(bytes));
}

/** An OBJECT IDENTIFIER from dotted text. */
export function derOid(oid: string): Uint8Array {
  const [first = 0, second = 0, ...rest] = oid.split('.').map(Number);
  const bytes: number[] = [];
  for (const arc of [first * 40 + second, ...rest]) {
    const group = [arc & 0x7f];
    for (let value = Math.floor(arc / 128); value > 0; value = Math.floor(value / 128))
      group.unshift(0x80 | (value & 0x7f));
    bytes.push(...group);
  }
  return derTlv(0x06, Uint8Array.from(bytes));
}

/** A BMPString (UTF-16BE). */
export function derBmpString(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i += 1) {
    bytes[i * 2] = text.charCodeAt(i) >> 8;
    bytes[i * 2 + 1] = text.charCodeAt(i) & 0xff;
  }
  return derTlv(0x1e, bytes);
}

/** A BIT STRING with no unused bits. */
export const derBitString = (bytes: Uint8Array) => derTlv(0x03, Uint8Array.of(0), bytes);

/** A string of the given universal `tag` (UTF8String 0x0c, PrintableString 0x13, IA5String 0x16), UTF-8 encoded. */
export const derString = (tag: number, text: string) => derTlv(tag, new TextEncoder().encode(text));

/** `SET OF` in DER order: the elements sorted by their encodings (X.690 §11.6). */
export function derSetOf(elements: readonly Uint8Array[]): Uint8Array {
  return derSet(...derSorted(elements));
}

/** Elements in DER `SET OF` order, for implicitly tagged sets too (`[0] IMPLICIT SET OF`). */
export function derSorted(elements: readonly Uint8Array[]): Uint8Array[] {
  return [...elements].sort(compareBytes);
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1)
    if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return a.length - b.length;
}
