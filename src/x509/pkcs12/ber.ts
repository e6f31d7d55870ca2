import { DerError } from '../der/reader.js';
import { derTlv } from '../der/writer.js';

/** Deeper nesting than this is refused: a PFX nests about ten levels. */
const MAX_DEPTH = 64;
const END_OF_CONTENTS = 0x00;
/** Constructed universal strings, re-encoded as their primitive form. */
const PRIMITIVE_OF: Readonly<Record<number, number>> = { 35: 0x03, 36: 0x04 };

/**
 * A PKCS#12 container in DER: PFX files from Windows, macOS Keychain and Java may use BER —
 * indefinite lengths, OCTET STRINGs cut into constructed segments — which the strict DER reader
 * refuses. Definite lengths replace indefinite ones and constructed universal strings become one
 * primitive string; primitive contents (a certificate inside its OCTET STRING, the authenticated
 * safe a MAC covers) are kept byte for byte. Context-specific constructed nodes stay constructed
 * (`[0]` is EXPLICIT in some places, an IMPLICIT OCTET STRING in others). Throws `DerError`.
 */
export function berToDer(bytes: Uint8Array): Uint8Array {
  const { node, end } = readBer(bytes, 0, bytes.length, 0);
  if (end !== bytes.length) throw new DerError('PFX');
  return node;
}

/** One TLV at `offset`, re-encoded, and the offset past it. */
function readBer(bytes: Uint8Array, offset: number, limit: number, depth: number): { node: Uint8Array; end: number } {
  if (depth > MAX_DEPTH || offset + 2 > limit) throw new DerError('PFX');
  const tag = bytes[offset] as number;
  if ((tag & 0x1f) === 0x1f) throw new DerError('PFX');
  let length = bytes[offset + 1] as number;
  let start = offset + 2;
  const indefinite = length === 0x80;
  if (!indefinite && length & 0x80) {
    const count = length & 0x7f;
    if (count > 4 || start + count > limit) throw new DerError('PFX');
    length = 0;
    for (let i = 0; i < count; i += 1) length = length * 256 + (bytes[start + i] as number);
    start += count;
  }
  const constructed = (tag & 0x20) !== 0;
  if (indefinite && !constructed) throw new DerError('PFX');
  if (!constructed) {
    if (start + length > limit) throw new DerError('PFX');
    return { node: derTlv(tag, bytes.subarray(start, start + length)), end: start + length };
  }
  const parts: Uint8Array[] = [];
  const stop = indefinite ? limit : start + length;
  if (stop > limit) throw new DerError('PFX');
  let cursor = start;
  while (indefinite ? !(bytes[cursor] === END_OF_CONTENTS && bytes[cursor + 1] === END_OF_CONTENTS) : cursor < stop) {
    const child = readBer(bytes, cursor, stop, depth + 1);
    parts.push(child.node);
    cursor = child.end;
  }
  const end = indefinite ? cursor + 2 : cursor;
  if (end > limit) throw new DerError('PFX');
  const primitive = PRIMITIVE_OF[tag];
  if (primitive === undefined) return { node: derTlv(tag, ...parts), end };
  // a constructed string's segments are strings of the same type: their contents, joined
  return { node: derTlv(primitive, ...parts.map((part) => segmentContent(part, primitive))), end };
}

/** The content of one re-encoded segment of a constructed string (itself already primitive). */
function segmentContent(segment: Uint8Array, tag: number): Uint8Array {
  if (segment[0] !== tag) throw new DerError('PFX');
  const first = segment[1] as number;
  const skip = first & 0x80 ? 2 + (first & 0x7f) : 2;
  return segment.subarray(skip);
}
