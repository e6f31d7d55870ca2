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

/**
 * A short string that equal byte strings share: their length and last eight bytes. For a DER
 * certificate those are the end of its signature — different in any two certificates a CA
 * signed — so it tells certificates apart without hashing a kilobyte. Different bytes may share a
 * key (a forger can copy a signature): whoever looks up by it compares the bytes in full, as
 * {@link createBytesMap} does.
 *
 * @example
 * bytesKey(new Uint8Array([1, 2, 3])) // => '3.0.66051'
 */
export function bytesKey(bytes: Uint8Array): string {
  let high = 0;
  let low = 0;
  const start = Math.max(0, bytes.length - KEY_TAIL);
  for (let i = start; i < bytes.length; i += 1) {
    // the first four tail bytes go to `high`, the last four to `low`, big-endian
    if (i < bytes.length - 4) high = ((high << 8) | (bytes[i] as number)) >>> 0;
    else low = ((low << 8) | (bytes[i] as number)) >>> 0;
  }
  return `${bytes.length}.${high}.${low}`;
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
  const buckets = new Map<string, { bytes: Uint8Array; value: V }[]>();
  const entry = (bytes: Uint8Array) => buckets.get(bytesKey(bytes))?.find((held) => sameBytes(held.bytes, bytes));
  return {
    get: (bytes) => entry(bytes)?.value,
    set(bytes, value) {
      const held = entry(bytes);
      if (held !== undefined) held.value = value;
      else {
        const key = bytesKey(bytes);
        const bucket = buckets.get(key);
        if (bucket === undefined) buckets.set(key, [{ bytes, value }]);
        else bucket.push({ bytes, value });
      }
    },
  };
}
