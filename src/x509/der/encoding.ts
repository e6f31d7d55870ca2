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

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Every 12-bit group as its two base64 characters: three bytes are two lookups. */
const BASE64_PAIRS = Array.from({ length: 4096 }, (_, bits) => `${BASE64[bits >> 6]}${BASE64[bits & 63]}`);

/** Base64 of bytes (standard alphabet, padded). */
export function toBase64(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const whole = view.length - (view.length % 3);
  let out = '';
  for (let i = 0; i < whole; i += 3) {
    const group = ((view[i] as number) << 16) | ((view[i + 1] as number) << 8) | (view[i + 2] as number);
    out += (BASE64_PAIRS[group >> 12] as string) + (BASE64_PAIRS[group & 4095] as string);
  }
  if (whole === view.length) return out;
  // one or two bytes left: their bits, zero-filled, then '=' for each missing byte
  const group = ((view[whole] as number) << 16) | ((view[whole + 1] ?? 0) << 8);
  const tail = (BASE64_PAIRS[group >> 12] as string) + (BASE64[(group >> 6) & 63] as string);
  return view.length - whole === 1 ? `${out}${tail.slice(0, 2)}==` : `${out}${tail}=`;
}

/**
 * base64url without padding (RFC 4648 §5), as JWKs and ACME identifiers write bytes.
 *
 * @example
 * toBase64Url(Uint8Array.of(0xfb, 0xff)) // => '-_8'
 */
export function toBase64Url(bytes: Uint8Array): string {
  return toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** What each ASCII character is in base64 text: its 6-bit value, or one of these markers. */
const SPACE = 64;
const PAD = 65;
const INVALID = 66;
const BASE64_VALUES = Uint8Array.from({ length: 128 }, (_, code) => {
  const value = BASE64.indexOf(String.fromCharCode(code));
  if (value >= 0) return value;
  if (code === 0x3d) return PAD;
  return /\s/.test(String.fromCharCode(code)) ? SPACE : INVALID;
});

/**
 * Bytes of strict base64 (whitespace ignored), or `undefined` when it is not base64: only the
 * alphabet, a multiple of four characters, at most two `=` and only at the end. One pass over the
 * text; a non-ASCII character (only Unicode whitespace could be allowed) takes the slower
 * regex-and-`atob` way.
 *
 * @example
 * fromBase64('QUJD\r\n')  // => Uint8Array [0x41, 0x42, 0x43]
 * fromBase64('QUJD=')      // => undefined
 */
export function fromBase64(text: string): Uint8Array | undefined {
  const out = new Uint8Array(Math.ceil(text.length / 4) * 3);
  let length = 0;
  let quad = 0;
  let sextets = 0;
  let padding = 0;
  for (let i = 0; i < text.length; i += 1) {
    // the usual case, four alphabet characters on a quad boundary: three bytes at once
    if (sextets % 4 === 0 && i + 4 <= text.length) {
      const a = BASE64_VALUES[text.charCodeAt(i)] ?? INVALID;
      const b = BASE64_VALUES[text.charCodeAt(i + 1)] ?? INVALID;
      const c = BASE64_VALUES[text.charCodeAt(i + 2)] ?? INVALID;
      const d = BASE64_VALUES[text.charCodeAt(i + 3)] ?? INVALID;
      if ((a | b | c | d) < 64 && padding === 0) {
        out[length] = (a << 2) | (b >> 4);
        out[length + 1] = (b << 4) | (c >> 2);
        out[length + 2] = (c << 6) | d;
        length += 3;
        sextets += 4;
        i += 3;
        continue;
      }
    }
    const code = text.charCodeAt(i);
    if (code >= 128) return fromBase64Unicode(text);
    const value = BASE64_VALUES[code] as number;
    if (value === SPACE) continue;
    if (value === INVALID || (padding > 0 && value !== PAD)) return undefined;
    if (value === PAD) padding += 1;
    if (padding > 2) return undefined;
    quad = (quad << 6) | (value & 63);
    sextets += 1;
    if (sextets % 4 === 0) {
      out[length] = quad >> 16;
      out[length + 1] = quad >> 8;
      out[length + 2] = quad;
      length += 3;
      quad = 0;
    }
  }
  if (sextets % 4 !== 0) return undefined;
  return out.subarray(0, length - padding);
}

/** {@link fromBase64} for text with non-ASCII characters: Unicode whitespace is ignored as `\s` says. */
function fromBase64Unicode(text: string): Uint8Array | undefined {
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

/**
 * A serial number as OpenSSL prints it (`openssl x509 -serial`, lower-cased): the hex of a
 * positive one without its sign byte, a negative one as `-` and the hex of its magnitude.
 * `hex` is the INTEGER's content without a leading `00` sign byte.
 *
 * @example
 * serialText('ff', true)   // => '-01'
 * serialText('ff', false)  // => 'ff' (the INTEGER 00 ff, 255)
 */
export function serialText(hex: string, negative: boolean): string {
  if (!negative) return hex;
  const bytes = hex.match(/../g)?.map((pair) => Number.parseInt(pair, 16)) ?? [];
  // two's complement: invert, add one
  let carry = 1;
  for (let index = bytes.length - 1; index >= 0; index -= 1) {
    const value = ((bytes[index] as number) ^ 0xff) + carry;
    bytes[index] = value & 0xff;
    carry = value >> 8;
  }
  while (bytes.length > 1 && bytes[0] === 0) bytes.shift();
  return `-${toHex(Uint8Array.from(bytes))}`;
}
