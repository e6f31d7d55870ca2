import { objectArgument, optionsArgument, stringArgument } from '../core/argument.js';
import { CertkitError } from '../core/error.js';
import { createIssue } from '../core/issue.js';
import { normalizeDomain } from '../domain/normalize.js';
import { dcvArgumentError } from './dcv-records.js';

/** An ACME account's public key as a JWK: RSA (`n`, `e`), EC (`crv`, `x`, `y`) or OKP (`crv`, `x`, RFC 8037). */
export type AcmeAccountKey =
  | { readonly kty: 'RSA'; readonly n: string; readonly e: string }
  | { readonly kty: 'EC'; readonly crv: string; readonly x: string; readonly y: string }
  | { readonly kty: 'OKP'; readonly crv: string; readonly x: string };

/** The members of each key type a thumbprint hashes, in lexicographic order (RFC 7638 §3.2, RFC 8037 §2). */
const THUMBPRINT_MEMBERS: Readonly<Record<AcmeAccountKey['kty'], readonly string[]>> = {
  RSA: ['e', 'kty', 'n'],
  EC: ['crv', 'kty', 'x', 'y'],
  OKP: ['crv', 'kty', 'x'],
};

/** base64url without padding, the alphabet of JWK members and ACME tokens (RFC 7515 §2). */
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** The part of WebCrypto the ACME functions use, typed without the DOM's names (Node projects need no `"DOM"` lib). */
export interface AcmeCrypto {
  readonly subtle: {
    /** SHA-256 of `data`, as `crypto.subtle.digest` computes it. */
    digest(algorithm: 'SHA-256', data: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer>;
  };
}

/** Options of the ACME functions: the WebCrypto to hash with (`globalThis.crypto` by default). */
export interface AcmeOptions {
  readonly crypto?: AcmeCrypto;
}

/**
 * The RFC 7638 thumbprint of an account key: SHA-256 of its required members, in lexicographic
 * order, as compact JSON; base64url. Members other than the required ones (`kid`, `alg`, a
 * private `d`) are left out, as the RFC says. Throws `dcv.argument.invalid` for a key type it does
 * not know or a member that is not base64url text (a curve name excepted).
 *
 * @example
 * await jwkThumbprint({ kty: 'RSA', e: 'AQAB', n: '0vx7agoe…' }) // => 'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs' (RFC 7638 §3.1)
 */
export async function jwkThumbprint(key: AcmeAccountKey, options: AcmeOptions = {}): Promise<string> {
  return base64url(await sha256(canonicalJwk(key), optionsArgument(options)));
}

/** The JSON RFC 7638 hashes, member values checked. */
function canonicalJwk(key: AcmeAccountKey): string {
  const jwk = objectArgument<Record<string, unknown>>(key, 'key');
  const members = THUMBPRINT_MEMBERS[jwk.kty as AcmeAccountKey['kty']];
  if (members === undefined || !Object.hasOwn(THUMBPRINT_MEMBERS, jwk.kty as string))
    throw dcvArgumentError('key.kty', jwk.kty);
  const entries = members.map((member) => {
    const value = jwk[member];
    const valid =
      member === 'kty' || (typeof value === 'string' && (member === 'crv' ? value !== '' : BASE64URL.test(value)));
    if (!valid) throw dcvArgumentError(`key.${member}`, value);
    return `${JSON.stringify(member)}:${JSON.stringify(value)}`;
  });
  return `{${entries.join(',')}}`;
}

/** What an ACME client publishes for one challenge token (RFC 8555 §8.3–8.4, RFC 8737 §3). */
export interface AcmeChallengeValues {
  /** `token.thumbprint` (RFC 8555 §8.1). */
  readonly keyAuthorization: string;
  /** http-01: served as `text`/`application/octet-stream` at `http://<domain>/.well-known/acme-challenge/<token>`. */
  readonly http01: { readonly path: string; readonly body: string };
  /** dns-01: a TXT record at `_acme-challenge.<domain>` (the wildcard's base for `*.` names) with this value. */
  readonly dns01: { readonly name: string; readonly value: string };
  /**
   * tls-alpn-01: the critical `id-pe-acmeIdentifier` extension (OID below) of the self-signed
   * certificate served with ALPN `acme-tls/1`; `value` is its extnValue content, the DER OCTET
   * STRING of the SHA-256 of the key authorization.
   */
  readonly tlsAlpn01: { readonly oid: '1.3.6.1.5.5.7.1.31'; readonly value: Uint8Array };
  /**
   * dns-account-01 (BR §3.2.2.4.21, "DNS labeled with an account ID"; draft-ietf-acme-dns-account-label):
   * the TXT record at `_<label>._acme-challenge.<domain>`, the label the lower-case base32 of the
   * first 10 bytes of SHA-256 of the account URL, with the dns-01 value — present when
   * `accountUrl` is given, so several ACME accounts can validate one name at once.
   */
  readonly dnsAccount01?: { readonly name: string; readonly value: string };
}

/** Options of {@link acmeChallengeValues}. */
export interface AcmeChallengeOptions extends AcmeOptions {
  /** The ACME account's URL (its `kid`), for the dns-account-01 record name. */
  readonly accountUrl?: string;
}

/** RFC 4648 base32, lower case: the alphabet of DNS account labels. */
const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
/** Bytes of SHA-256(account URL) an account label keeps: 80 bits, 16 base32 characters. */
const ACCOUNT_LABEL_BYTES = 10;

/** RFC 8555 §8.1: a token carries at least 128 bits of entropy, so at least 22 base64url characters. */
const MIN_TOKEN_LENGTH = 22;

/**
 * Every value a challenge asks for, from the server's `token`, the account key and the
 * identifier (a domain name; `*.` allowed, dns-01 then validates its base): the key
 * authorization, the http-01 path and body, the dns-01 record and the tls-alpn-01 extension.
 * With `accountUrl`, also the dns-account-01 record (STD-02, BR §3.2.2.4.21). Throws
 * `dcv.argument.invalid` for a token that is not base64url of 128 bits or more, and the domain
 * errors of `normalizeDomain` for the identifier.
 *
 * @example
 * const values = await acmeChallengeValues('evaGxfADs6pSRb2LAv9IZf17Dt3juxGJ-PCt92wr-oA', accountJwk, 'www.example.org');
 * values.dns01.name // => '_acme-challenge.www.example.org'
 * values.http01.path // => '/.well-known/acme-challenge/evaGxfADs6pSRb2LAv9IZf17Dt3juxGJ-PCt92wr-oA'
 */
export async function acmeChallengeValues(
  token: string,
  key: AcmeAccountKey,
  identifier: string,
  options: AcmeChallengeOptions = {},
): Promise<AcmeChallengeValues> {
  stringArgument(token, 'token');
  const checked = optionsArgument(options);
  const accountUrl =
    checked.accountUrl === undefined ? undefined : stringArgument(checked.accountUrl, 'options.accountUrl');
  if (accountUrl === '') throw dcvArgumentError('options.accountUrl', accountUrl);
  if (token.length < MIN_TOKEN_LENGTH || !BASE64URL.test(token)) throw dcvArgumentError('token', token);
  const name = normalizeDomain(stringArgument(identifier, 'identifier'));
  const base = name.startsWith('*.') ? name.slice(2) : name;
  const keyAuthorization = `${token}.${await jwkThumbprint(key, checked)}`;
  const digest = await sha256(keyAuthorization, checked);
  const values = {
    keyAuthorization,
    http01: { path: `/.well-known/acme-challenge/${token}`, body: keyAuthorization },
    dns01: { name: `_acme-challenge.${base}`, value: base64url(digest) },
    tlsAlpn01: { oid: '1.3.6.1.5.5.7.1.31', value: Uint8Array.of(0x04, digest.length, ...digest) },
  } as const;
  if (accountUrl === undefined) return values;
  const label = base32((await sha256(accountUrl, checked)).subarray(0, ACCOUNT_LABEL_BYTES));
  return { ...values, dnsAccount01: { name: `_${label}._acme-challenge.${base}`, value: values.dns01.value } };
}

/** Lower-case RFC 4648 base32 without padding, 5 bits per character. */
function base32(bytes: Uint8Array): string {
  let bits = 0;
  let buffer = 0;
  let text = '';
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      text += BASE32[(buffer >>> bits) & 31];
    }
  }
  return bits > 0 ? text + BASE32[(buffer << (5 - bits)) & 31] : text;
}

async function sha256(text: string, options: AcmeOptions): Promise<Uint8Array> {
  const subtle = options.crypto?.subtle ?? globalThis.crypto?.subtle;
  if (subtle === undefined) throw new CertkitError(createIssue('x509.crypto.unavailable', null));
  return new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
