import * as asn1js from 'asn1js';

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
    const positive = (trimmed[0] ?? 0) & 0x80 ? Uint8Array.of(0, ...trimmed) : trimmed;
    return new asn1js.Integer({ valueHex: positive.slice().buffer });
  };
  return new asn1js.Sequence({ value: [integer(bytes.subarray(0, half)), integer(bytes.subarray(half))] }).toBER(false);
}

/** DER `ECDSA-Sig-Value` → `r ‖ s` for a curve of `size` bytes per integer, or `undefined` when malformed. */
export function derToRawSignature(der: ArrayBuffer, size: number): Uint8Array | undefined {
  const parsed = asn1js.fromBER(der);
  if (parsed.offset === -1 || !(parsed.result instanceof asn1js.Sequence)) return undefined;
  const parts = parsed.result.valueBlock.value;
  if (parts.length !== 2 || !parts.every((part) => part instanceof asn1js.Integer)) return undefined;
  const raw = new Uint8Array(size * 2);
  for (const [index, part] of (parts as asn1js.Integer[]).entries()) {
    let value = new Uint8Array(part.valueBlock.valueHexView);
    while (value.length > size && value[0] === 0) value = value.subarray(1);
    if (value.length > size) return undefined;
    raw.set(value, index * size + (size - value.length));
  }
  return raw;
}
