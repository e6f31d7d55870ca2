/** Byte-wise equality. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a === b) return true; // a cached link asked about again by the same assembly
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The parts one after the other.
 *
 * @example
 * concatBytes(Uint8Array.of(1), Uint8Array.of(2, 3)) // => Uint8Array [1, 2, 3]
 */
export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Bytes from the end that {@link bytesKey} reads. */
const KEY_TAIL = 8;

/** 2³², the place of the length in a {@link bytesKey}. */
const LENGTH_PLACE = 0x1_0000_0000;

/**
 * A number that equal byte strings share: their length (above 2³²) and a 32-bit mix of their
 * last eight bytes (of `bytes[start..end)` when a range is given, as for an OID's content). For a DER certificate those are the end of its signature — different in any
 * two certificates a CA signed — so it tells certificates apart without hashing a kilobyte, and a
 * number key costs a `Map` a fraction of what a string does. Different bytes may share a key (a
 * forger can copy a signature): whoever looks up by it compares the bytes in full, as
 * {@link createBytesMap} does.
 *
 * @example
 * bytesKey(new Uint8Array([1, 2, 3])) // => 3 * 2 ** 32 + 1026 (the mix of 1, 2, 3)
 */
export function bytesKey(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let mix = 0;
  for (let i = Math.max(start, end - KEY_TAIL); i < end; i += 1) mix = (Math.imul(mix, 31) + (bytes[i] as number)) | 0;
  return (end - start) * LENGTH_PLACE + (mix >>> 0);
}

/**
 * Two keys as one ({@link bytesKey}s, or a key and a small tag): the first's length, the 32-bit
 * parts mixed. Used where a cache entry is found by two byte strings (a link: the certificate
 * and its issuer's key); as with `bytesKey`, equal keys are confirmed by the bytes.
 *
 * @example
 * combinedKey(bytesKey(child), bytesKey(issuerSpki)) !== combinedKey(bytesKey(child), bytesKey(otherSpki)) // => true, as a rule
 */
export function combinedKey(first: number, second: number): number {
  const length = Math.floor(first / LENGTH_PLACE);
  const mix = (Math.imul((first % LENGTH_PLACE) | 0, 0x9e3779b1) ^ ((second % LENGTH_PLACE) | 0)) >>> 0;
  return length * LENGTH_PLACE + mix;
}

/** A map from the content of byte strings (not their identity); see {@link createBytesMap}. */
export interface BytesMap<V> {
  get(bytes: Uint8Array): V | undefined;
  set(bytes: Uint8Array, value: V): void;
}

/**
 * A map keyed by the content of byte strings, found by {@link bytesKey} and confirmed byte for
 * byte: what "the same certificate" means in chain building, at the cost of one comparison a
 * lookup instead of a SHA-256 of every certificate read.
 *
 * @example
 * const seen = createBytesMap<string>();
 * seen.set(der, 'leaf');
 * seen.get(der.slice()) // => 'leaf' (same bytes, another array)
 */
export function createBytesMap<V>(): BytesMap<V> {
  const buckets = new Map<number, { readonly bytes: Uint8Array; value: V }[]>();
  return {
    get(bytes) {
      const bucket = buckets.get(bytesKey(bytes));
      if (bucket !== undefined) for (const held of bucket) if (sameBytes(held.bytes, bytes)) return held.value;
      return undefined;
    },
    set(bytes, value) {
      const key = bytesKey(bytes);
      const bucket = buckets.get(key);
      if (bucket === undefined) {
        buckets.set(key, [{ bytes, value }]);
        return;
      }
      const held = bucket.find((entry) => sameBytes(entry.bytes, bytes));
      if (held === undefined) bucket.push({ bytes, value });
      else held.value = value;
    },
  };
}
