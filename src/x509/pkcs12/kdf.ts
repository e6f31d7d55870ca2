import { concatBytes } from '../der/bytes.js';
import { rehash, sha1, sha256 } from '../hash/sha.js';

/** What the key derivation makes (RFC 7292 Appendix B.3): an encryption key, an IV, a MAC key. */
export const KDF_PURPOSE = { key: 1, iv: 2, mac: 3 } as const;

/** The hashes the PKCS#12 key derivation runs on here: output `u` and block `v` bytes. */
const HASHES: Readonly<
  Record<string, { readonly digest: (bytes: Uint8Array) => Uint8Array; readonly u: number; readonly v: number }>
> = {
  'SHA-1': { digest: sha1, u: 20, v: 64 },
  'SHA-256': { digest: sha256, u: 32, v: 64 },
};

/** Whether the PKCS#12 key derivation supports this hash. */
export function kdfSupports(hash: string): boolean {
  return Object.hasOwn(HASHES, hash);
}

/**
 * A password as PKCS#12's key derivation takes it (RFC 7292 Appendix B.1): BMPString, big-endian
 * UTF-16 with two zero bytes at the end; `null` — a password that is absent, not empty — is no
 * bytes at all (what some Windows exports use for "no password").
 */
export function bmpPassword(password: string | null): Uint8Array {
  if (password === null) return new Uint8Array(0);
  const bytes = new Uint8Array((password.length + 1) * 2);
  for (let i = 0; i < password.length; i += 1) {
    bytes[i * 2] = password.charCodeAt(i) >> 8;
    bytes[i * 2 + 1] = password.charCodeAt(i) & 0xff;
  }
  return bytes;
}

/** `bytes` repeated to a whole number of `v`-byte blocks (empty stays empty). */
function stretch(bytes: Uint8Array, v: number): Uint8Array {
  const out = new Uint8Array(v * Math.ceil(bytes.length / v));
  for (let i = 0; i < out.length; i += 1) out[i] = bytes[i % bytes.length] as number;
  return out;
}

/**
 * RFC 7292 Appendix B.2: `length` bytes for `purpose` from the BMPString password, the salt and
 * the iteration count, with SHA-1 or SHA-256. The caller bounds `iterations` first.
 *
 * @example
 * pkcs12Kdf('SHA-1', bmpPassword('secret'), salt, 2048, KDF_PURPOSE.key, 24) // => the 3DES key
 */
export function pkcs12Kdf(
  hash: string,
  password: Uint8Array,
  salt: Uint8Array,
  iterations: number,
  purpose: number,
  length: number,
): Uint8Array {
  const { digest, u, v } = HASHES[hash] as (typeof HASHES)[string];
  const diversifier = new Uint8Array(v).fill(purpose);
  const input = concatBytes(stretch(salt, v), stretch(password, v));
  const out = new Uint8Array(Math.ceil(length / u) * u);
  for (let block = 0; block * u < length; block += 1) {
    const a = rehash(hash as 'SHA-1' | 'SHA-256', digest(concatBytes(diversifier, input)), iterations - 1);
    out.set(a, block * u);
    // I_j = (I_j + B + 1) mod 2^(8v), B the digest repeated to v bytes
    const b = stretch(a, v);
    for (let j = 0; j < input.length; j += v) {
      let carry = 1;
      for (let k = v - 1; k >= 0; k -= 1) {
        const sum = (input[j + k] as number) + (b[k] as number) + carry;
        input[j + k] = sum & 0xff;
        carry = sum >> 8;
      }
    }
  }
  return out.slice(0, length);
}
