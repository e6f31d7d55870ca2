import { describe, expect, it } from 'vitest';
import { OID } from '../../src/x509/der/oids.js';
import { describePublicKey } from '../../src/x509/index.js';
import { importForm } from '../../src/x509/keys/import-form.js';
import { importVerifyKey, webCryptoParameters } from '../../src/x509/keys/signature.js';

const subtle = globalThis.crypto.subtle;
const message = new TextEncoder().encode('certkit import forms');

/** Keys of each kind, signing `message`; the public key as its SPKI. */
const kinds = [
  {
    label: 'RSA-2048',
    generate: {
      name: 'RSASSA-PKCS1-v1_5',
      modulusLength: 2048,
      publicExponent: Uint8Array.of(1, 0, 1),
      hash: 'SHA-256',
    },
    sign: { name: 'RSASSA-PKCS1-v1_5' },
    oid: OID.sha256WithRSA,
    form: 'jwk',
  },
  {
    label: 'RSA-1024 exponent 3',
    generate: { name: 'RSASSA-PKCS1-v1_5', modulusLength: 1024, publicExponent: Uint8Array.of(3), hash: 'SHA-256' },
    sign: { name: 'RSASSA-PKCS1-v1_5' },
    oid: OID.sha256WithRSA,
    form: 'jwk',
  },
  {
    label: 'P-256',
    generate: { name: 'ECDSA', namedCurve: 'P-256' },
    sign: { name: 'ECDSA', hash: 'SHA-256' },
    oid: OID.ecdsaWithSHA256,
    form: 'raw',
  },
  {
    label: 'P-384',
    generate: { name: 'ECDSA', namedCurve: 'P-384' },
    sign: { name: 'ECDSA', hash: 'SHA-384' },
    oid: OID.ecdsaWithSHA384,
    form: 'raw',
  },
] as const;

describe('importForm (issue 22: keys imported in the form WebCrypto reads fastest)', () => {
  it.each(kinds)(
    '$label: the fast form is the same key as the SPKI — it verifies what the SPKI verifies, and only that',
    async (kind) => {
      const pair = (await subtle.generateKey(kind.generate, true, ['sign', 'verify'])) as CryptoKeyPair;
      const spki = new Uint8Array(await subtle.exportKey('spki', pair.publicKey));
      const key = describePublicKey(spki);
      const form = importForm(spki, key);
      expect(form.format).toBe(kind.form);
      const params = webCryptoParameters({ oid: kind.oid }, key);
      if (params === undefined) throw new Error('no WebCrypto parameters');
      const imported = await importVerifyKey(globalThis.crypto, params, key, spki);
      if (imported === null) throw new Error('not imported');
      const fromSpki = await subtle.importKey('spki', spki, params.importAs, false, ['verify']);
      const signature = new Uint8Array(await subtle.sign(kind.sign, pair.privateKey, message));
      const tampered = signature.slice();
      tampered[tampered.length - 1] = (tampered[tampered.length - 1] as number) ^ 1;
      const verifyWith = (publicKey: CryptoKey, bytes: Uint8Array<ArrayBuffer>) =>
        subtle.verify(kind.sign, publicKey, bytes, message);
      expect(await verifyWith(imported, signature)).toBe(true);
      expect(await verifyWith(imported, tampered)).toBe(false);
      // a key of another pair is refused by both, as it would be through the SPKI
      const stranger = (await subtle.generateKey(kind.generate, true, ['sign', 'verify'])) as CryptoKeyPair;
      const foreign = new Uint8Array(await subtle.sign(kind.sign, stranger.privateKey, message));
      expect([await verifyWith(imported, foreign), await verifyWith(fromSpki, foreign)]).toEqual([false, false]);
    },
  );

  it('leaves the SPKI as it is for keys it has no faster form for', () => {
    const ed25519 = Uint8Array.of(
      0x30,
      0x2a,
      0x30,
      0x05,
      0x06,
      0x03,
      0x2b,
      0x65,
      0x70,
      0x03,
      0x21,
      0x00,
      ...new Uint8Array(32).fill(7),
    );
    expect(importForm(ed25519, describePublicKey(ed25519))).toEqual({ format: 'spki', keyData: ed25519 });
    // a compressed EC point: WebCrypto's raw import wants it uncompressed, so the SPKI goes
    const compressed = Uint8Array.of(
      0x30,
      0x39,
      0x30,
      0x13,
      0x06,
      0x07,
      0x2a,
      0x86,
      0x48,
      0xce,
      0x3d,
      0x02,
      0x01,
      0x06,
      0x08,
      0x2a,
      0x86,
      0x48,
      0xce,
      0x3d,
      0x03,
      0x01,
      0x07,
      0x03,
      0x22,
      0x00,
      0x02,
      ...new Uint8Array(32).fill(1),
    );
    expect(importForm(compressed, describePublicKey(compressed)).format).toBe('spki');
  });

  it('writes the modulus and exponent without the sign byte, base64url without padding', () => {
    // RSAPublicKey { n = 0x00 0x80 0x01, e = 0x01 0x00 0x01 } in an rsaEncryption SPKI
    const rsaPublicKey = Uint8Array.of(0x30, 0x0a, 0x02, 0x03, 0x00, 0x80, 0x01, 0x02, 0x03, 0x01, 0x00, 0x01);
    const spki = Uint8Array.of(
      0x30,
      0x1e,
      0x30,
      0x0d,
      0x06,
      0x09,
      0x2a,
      0x86,
      0x48,
      0x86,
      0xf7,
      0x0d,
      0x01,
      0x01,
      0x01,
      0x05,
      0x00,
      0x03,
      0x0c + 1,
      0x00,
      ...rsaPublicKey,
    );
    const form = importForm(spki, { type: 'RSA', size: 16, exponent: 65537 });
    expect(form).toEqual({ format: 'jwk', keyData: { kty: 'RSA', n: 'gAE', e: 'AQAB' } });
  });
});
