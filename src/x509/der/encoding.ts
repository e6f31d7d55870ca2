/** Byte helpers without Node's Buffer, so the same code runs in browsers. */

/** `00` … `ff`, so a fingerprint is 32 lookups and not 32 number-to-string conversions. */
const HEX_BYTES = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** Lower-case hex of bytes. */
export function toHex(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let hex = '';
  for (let i = 0; i < view.length; i += 1) hex += HEX_BYTES[view[i] as number];
  return hex;
}

/** Base64 of bytes (standard alphabet, padded). */
export function toBase64(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let binary = '';
  for (let i = 0; i < view.length; i += 0x8000) binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Bytes of strict base64 (whitespace ignored), or `undefined` when it is not base64. */
export function fromBase64(text: string): Uint8Array | undefined {
  const compact = text.replace(/[\s]+/g, '');
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return undefined;
  const binary = atob(compact);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A fresh ArrayBuffer holding exactly these bytes (some WebCrypto implementations want ArrayBuffers). */
export function toArrayBuffer(bytes: ArrayBuffer | Uint8Array): ArrayBuffer {
  if (bytes instanceof ArrayBuffer) return bytes;
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/**
 * The same bytes typed as a WebCrypto `BufferSource`, without a copy. certkit's byte arrays never
 * live in a SharedArrayBuffer, which is all the TypeScript 5.7+ typing guards against.
 */
export function bufferSource(bytes: Uint8Array | ArrayBuffer): BufferSource {
  return bytes as BufferSource;
}
