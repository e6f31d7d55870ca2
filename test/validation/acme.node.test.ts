import { createHash, generateKeyPairSync } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AcmeAccountKey, acmeChallengeValues, jwkThumbprint } from '../../src/validation/index.js';
import { codeOf } from '../x509/code-of.js';

/** The RFC 7517 Appendix A.1 / RFC 7638 §3.1 example key. */
const RFC_KEY: AcmeAccountKey = {
  kty: 'RSA',
  n: '0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw',
  e: 'AQAB',
};
/** RFC 8037 Appendix A.2: the Ed25519 key and its thumbprint (A.3). */
const RFC_8037_KEY: AcmeAccountKey = { kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' };
const TOKEN = 'evaGxfADs6pSRb2LAv9IZf17Dt3juxGJ-PCt92wr-oA'; // RFC 8555 §8.3's example token

/** An independent implementation: node:crypto's SHA-256 over the RFC 7638 JSON, members in order. */
function nodeThumbprint(jwk: Record<string, string>): string {
  const members = { RSA: ['e', 'kty', 'n'], EC: ['crv', 'kty', 'x', 'y'], OKP: ['crv', 'kty', 'x'] }[jwk.kty as 'RSA'];
  const json = JSON.stringify(Object.fromEntries(members.map((member) => [member, jwk[member]])));
  return createHash('sha256').update(json).digest('base64url');
}

describe('ACME values (RFC 8555 §8, RFC 8737, RFC 7638)', () => {
  it('computes the thumbprints the RFCs print', async () => {
    expect(await jwkThumbprint(RFC_KEY)).toBe('NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs');
    expect(await jwkThumbprint(RFC_8037_KEY)).toBe('kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k');
    // members other than the required ones change nothing
    expect(await jwkThumbprint({ ...RFC_KEY, kid: '2011-04-29', alg: 'RS256' } as AcmeAccountKey)).toBe(
      'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs',
    );
  });

  it('agrees with node:crypto on generated RSA, P-256, P-384 and Ed25519 account keys', async () => {
    const keys = [
      generateKeyPairSync('rsa', { modulusLength: 2048 }),
      generateKeyPairSync('ec', { namedCurve: 'P-256' }),
      generateKeyPairSync('ec', { namedCurve: 'P-384' }),
      generateKeyPairSync('ed25519'),
    ].map(({ publicKey }) => publicKey.export({ format: 'jwk' }) as Record<string, string>);
    for (const jwk of keys) {
      const values = await acmeChallengeValues(TOKEN, jwk as unknown as AcmeAccountKey, 'www.example.org');
      const keyAuthorization = `${TOKEN}.${nodeThumbprint(jwk)}`;
      const digest = createHash('sha256').update(keyAuthorization).digest();
      expect(values).toEqual({
        keyAuthorization,
        http01: { path: `/.well-known/acme-challenge/${TOKEN}`, body: keyAuthorization },
        dns01: { name: '_acme-challenge.www.example.org', value: digest.toString('base64url') },
        tlsAlpn01: { oid: '1.3.6.1.5.5.7.1.31', value: Uint8Array.of(0x04, 0x20, ...digest) },
      });
    }
  });

  it('derives the same values as node:crypto for any token (property)', async () => {
    const token = fc.stringMatching(/^[A-Za-z0-9_-]{22,64}$/);
    await fc.assert(
      fc.asyncProperty(token, async (value) => {
        const values = await acmeChallengeValues(value, RFC_KEY, 'Example.COM');
        const keyAuthorization = `${value}.NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs`;
        expect(values.keyAuthorization).toBe(keyAuthorization);
        expect(values.dns01).toEqual({
          name: '_acme-challenge.example.com',
          value: createHash('sha256').update(keyAuthorization).digest('base64url'),
        });
      }),
      { numRuns: 50 },
    );
  });

  it('STD-02, BR §3.2.2.4.21: the dns-account-01 record name, from the account URL, agrees with node:crypto (property)', async () => {
    // an independent base32: the digest as a bit string, cut into 5-bit groups
    const label = (url: string) => {
      const bits = [...createHash('sha256').update(url).digest().subarray(0, 10)]
        .map((byte) => byte.toString(2).padStart(8, '0'))
        .join('');
      return (bits.match(/.{5}/g) ?? [])
        .map((group) => 'abcdefghijklmnopqrstuvwxyz234567'[Number.parseInt(group, 2)])
        .join('');
    };
    await fc.assert(
      fc.asyncProperty(fc.webUrl(), async (accountUrl) => {
        const values = await acmeChallengeValues(TOKEN, RFC_KEY, '*.Example.org', { accountUrl });
        expect(values.dnsAccount01).toEqual({
          name: `_${label(accountUrl)}._acme-challenge.example.org`,
          value: values.dns01.value,
        });
        expect(values.dnsAccount01?.name).toMatch(/^_[a-z2-7]{16}\._acme-challenge\.example\.org$/);
      }),
      { numRuns: 50 },
    );
    // the example of draft-ietf-acme-dns-account-label
    const example = await acmeChallengeValues(TOKEN, RFC_KEY, 'example.org', {
      accountUrl: 'https://example.com/acme/acct/ExampleAccount',
    });
    expect(example.dnsAccount01?.name).toBe('_ujmmovf2vn55tgye._acme-challenge.example.org');
    expect((await acmeChallengeValues(TOKEN, RFC_KEY, 'example.org')).dnsAccount01).toBeUndefined();
    expect(await codeOf(acmeChallengeValues(TOKEN, RFC_KEY, 'example.org', { accountUrl: '' }))).toBe(
      'dcv.argument.invalid',
    );
  });

  it('validates a wildcard at its base name, and normalises Unicode names', async () => {
    expect((await acmeChallengeValues(TOKEN, RFC_KEY, '*.example.org')).dns01.name).toBe('_acme-challenge.example.org');
    expect((await acmeChallengeValues(TOKEN, RFC_KEY, 'Bücher.example')).dns01.name).toBe(
      '_acme-challenge.xn--bcher-kva.example',
    );
  });

  it('refuses tokens, keys and names it cannot use, with the field', async () => {
    for (const token of ['short', `${TOKEN}=`, `${TOKEN}/x`, ''])
      expect(await codeOf(acmeChallengeValues(token, RFC_KEY, 'example.org'))).toBe('dcv.argument.invalid');
    for (const key of [
      { kty: 'oct', k: 'AAAA' },
      { kty: 'RSA', n: 'a+b', e: 'AQAB' },
      { kty: 'EC', crv: 'P-256', x: 'AAAA' },
      { kty: 'toString', n: 'AAAA', e: 'AQAB' },
      null,
    ])
      expect(await codeOf(jwkThumbprint(key as unknown as AcmeAccountKey))).toMatch(/^(dcv|argument)\.[a-z.-]+$/);
    expect(await codeOf(acmeChallengeValues(TOKEN, RFC_KEY, 'not a name'))).toMatch(/^domain\./);
  });
});
