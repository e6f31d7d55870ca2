import { children, readIntegerBytes, readRoot } from '../der/reader.js';
import { derSequence, derTlv } from '../der/writer.js';

/**
 * WebCrypto's ECDSA signatures are `r ‖ s` (each the curve size); X.509 wants the DER
 * `ECDSA-Sig-Value ::= SEQUENCE { r INTEGER, s INTEGER }`. These convert between the two.
 */
export function rawToDerSignature(raw: ArrayBuffer): ArrayBuffer {
  const bytes = new Uint8Array(raw);
  const half = bytes.length / 2;
  const integer = (part: Uint8Array) => {
    let start = 0;
    while (start < part.length - 1 && part[start] === 0) start += 1;
    const trimmed = part.subarray(start);
    return derTlv(0x02, (trimmed[0] ?? 0) & 0x80 ? Uint8Array.of(0, ...trimmed) : trimmed);
  };
  return derSequence(integer(bytes.subarray(0, half)), integer(bytes.subarray(half))).slice().buffer;
}

/** DER `ECDSA-Sig-Value` → `r ‖ s` for a curve of `size` bytes per integer, or `undefined` when malformed. */
export function derToRawSignature(der: ArrayBuffer | Uint8Array, size: number): Uint8Array | undefined {
  try {
    const parts = children(readRoot(der instanceof Uint8Array ? der : new Uint8Array(der), 'ECDSA-Sig-Value'));
    if (parts.length !== 2) return undefined;
    const raw = new Uint8Array(size * 2);
    for (const [index, part] of parts.entries()) {
      const integer = readIntegerBytes(part);
      let value = integer.bytes;
      while (value.length > size && value[0] === 0) value = value.subarray(1);
      if (integer.negative || value.length > size) return undefined;
      raw.set(value, index * size + (size - value.length));
    }
    return raw;
  } catch {
    return undefined;
  }
}
