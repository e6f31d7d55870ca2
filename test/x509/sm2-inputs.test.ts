import { describe, expect, it } from 'vitest';
import { OID } from '../../src/x509/der/oids.js';
import { writePem } from '../../src/x509/der/pem.js';
import {
  derBitString,
  derExplicit,
  derInteger,
  derOctetString,
  derOid,
  derSequence,
} from '../../src/x509/der/writer.js';
import { parseCsr, readPem } from '../../src/x509/index.js';
import { pointFrom, SM2P256V1, toBytes } from '../../src/x509/sm2/curve.js';
import { sm2Id } from '../../src/x509/sm2/id.js';
import {
  exportSm2PrivateKey,
  generateSm2Csr,
  generateSm2KeyPair,
  importSm2PrivateKey,
  SM2_DEFAULT_DISTINGUISHING_ID,
} from '../../src/x509/sm2/index.js';
import { sm2KeyPairFromPkcs8 } from '../../src/x509/sm2/key-pair.js';
import { publicPoint, randomScalar, signSm2 } from '../../src/x509/sm2/sign.js';
import { sm2SignatureDer, verifySm2Signature } from '../../src/x509/sm2/signature.js';
import { sm2Coordinates, sm2Spki } from '../../src/x509/sm2/spki.js';
import { SM2_DEFAULT_ID, SM2_MAX_ID_BYTES, verifySm2 } from '../../src/x509/sm2/verify.js';
import sm2Cert from '../fixtures/sm2/sm2.pem?raw';

/**
 * Issue 20: what the SM2 code does with input that is not what it should be — keys of other
 * curves, scalars out of range, a public key that is not the scalar's, points and signatures
 * that are not SM2's, identifiers too long for Z_A — each refused with its own answer, never an
 * exception from inside. Built by hand with the DER writer, so each case differs from a valid
 * one in one place.
 */
const { n } = SM2P256V1;
const big = (d: bigint) => toBytes(d);
const point = (d: bigint) => {
  const { x, y } = publicPoint(d);
  return Uint8Array.of(0x04, ...x, ...y);
};
/** PKCS#8 around an ECPrivateKey, the algorithm and curve as given. */
function pkcs8(options: {
  d?: Uint8Array;
  version?: number;
  curve?: string | null;
  algorithm?: string;
  extra?: Uint8Array[];
}): Uint8Array {
  const inner = derSequence(
    derInteger(options.version ?? 1),
    derOctetString(options.d ?? big(7n)),
    ...(options.extra ?? []),
  );
  const curve = options.curve === null ? [] : [derOid(options.curve ?? OID.sm2)];
  return derSequence(
    derInteger(0),
    derSequence(derOid(options.algorithm ?? OID.ecPublicKey), ...curve),
    derOctetString(inner),
  );
}
const errorOf = (call: () => unknown) => {
  try {
    call();
  } catch (error) {
    return error as { code: string; params: Record<string, unknown> };
  }
  return undefined;
};

describe('SM2 private keys: what is not one is refused', () => {
  it('reads a key with and without its public key, at both ends of [1, n − 2]', () => {
    for (const d of [1n, 7n, n - 2n]) {
      const plain = sm2KeyPairFromPkcs8(pkcs8({ d: big(d) }));
      const withPoint = sm2KeyPairFromPkcs8(pkcs8({ d: big(d), extra: [derExplicit(1, derBitString(point(d)))] }));
      const named = sm2KeyPairFromPkcs8(pkcs8({ d: big(d), extra: [derExplicit(0, derOid(OID.sm2))] }));
      expect(plain.publicKey.spki).toEqual(sm2Spki(publicPoint(d)));
      expect(withPoint.publicKey.spki).toEqual(plain.publicKey.spki);
      expect(named.publicKey.spki).toEqual(plain.publicKey.spki);
    }
    // a scalar written shorter than 32 bytes is the same number
    expect(sm2KeyPairFromPkcs8(pkcs8({ d: Uint8Array.of(7) })).publicKey.spki).toEqual(sm2Spki(publicPoint(7n)));
  });

  it.each([
    ['a P-256 key', { curve: '1.2.840.10045.3.1.7' }],
    ['an EC key naming no curve', { curve: null }],
    ['an RSA key', { algorithm: OID.rsaEncryption, curve: null }],
    ['another algorithm naming the SM2 curve', { algorithm: OID.rsaEncryption }],
  ])('%s is x509.key.unsupported, "not an SM2 key"', (_name, options) => {
    expect(errorOf(() => sm2KeyPairFromPkcs8(pkcs8(options)))).toMatchObject({
      code: 'x509.key.unsupported',
      params: { key: 'not an SM2 key' },
    });
  });

  it.each([
    ['the scalar 0', { d: big(0n) }, 'SM2 private key'],
    ['the scalar n − 1 (1 + d has no inverse)', { d: big(n - 1n) }, 'SM2 private key'],
    ['the scalar n', { d: big(n) }, 'SM2 private key'],
    ['a scalar of 33 bytes', { d: new Uint8Array(33).fill(1) }, 'SM2 private key'],
    [
      'a scalar of 33 bytes with a leading zero (RFC 5915: exactly 32)',
      { d: Uint8Array.of(0, ...big(7n)) },
      'SM2 private key',
    ],
    ['ECPrivateKey version 2', { version: 2 }, 'SM2 private key'],
    ['parameters naming another curve', { extra: [derExplicit(0, derOid('1.2.840.10045.3.1.7'))] }, 'SM2 private key'],
    ['parameters that are not a curve name', { extra: [derExplicit(0, derInteger(1))] }, 'SM2 private key'],
    [
      'a public key that is not the scalar’s',
      { d: big(7n), extra: [derExplicit(1, derBitString(point(8n)))] },
      'SM2 private key (its public key is not the private key’s)',
    ],
  ])('%s is x509.key.malformed', (_name, options, format) => {
    expect(errorOf(() => sm2KeyPairFromPkcs8(pkcs8(options)))).toMatchObject({
      code: 'x509.key.malformed',
      params: { format },
    });
  });

  it('truncated DER is x509.key.malformed, through the PEM reader too', async () => {
    const der = pkcs8({}).subarray(0, 30);
    expect(errorOf(() => sm2KeyPairFromPkcs8(der))).toMatchObject({ code: 'x509.key.malformed' });
    await expect(importSm2PrivateKey(writePem(pkcs8({ d: big(0n) }), 'PRIVATE KEY'))).rejects.toMatchObject({
      code: 'x509.key.malformed',
    });
  });

  it('a key pair holds no scalar where code can reach it, and hands out copies of its SPKI', async () => {
    const keys = await generateSm2KeyPair();
    expect(keys.privateKey).toEqual({ type: 'private', algorithm: 'SM2' });
    expect(keys.publicKey).toMatchObject({ type: 'public', algorithm: 'SM2' });
    expect(Object.isFrozen(keys) && Object.isFrozen(keys.privateKey) && Object.isFrozen(keys.publicKey)).toBe(true);
    const spki = keys.publicKey.spki;
    spki.fill(0);
    expect(keys.publicKey.spki).not.toEqual(spki);
    // a look-alike object is no key: nothing to export
    await expect(exportSm2PrivateKey({ type: 'private', algorithm: 'SM2' })).rejects.toMatchObject({
      code: 'x509.key.not-extractable',
    });
    await expect(exportSm2PrivateKey(keys.privateKey)).resolves.toMatch(/^-----BEGIN PRIVATE KEY-----/);
  });

  it('generation draws d in [1, n − 2]: n − 1 from the random source is drawn again', async () => {
    const draws = [big(n - 1n), big(n - 2n)];
    const crypto = {
      subtle: globalThis.crypto.subtle,
      getRandomValues: <T extends ArrayBufferView>(array: T) => {
        (array as unknown as Uint8Array).set(draws.shift() ?? new Uint8Array(32));
        return array;
      },
    } as unknown as Crypto;
    const keys = await generateSm2KeyPair({ crypto });
    expect(draws).toEqual([]);
    expect(keys.publicKey.spki).toEqual(sm2Spki(publicPoint(n - 2n)));
  });
});

describe('SM2 public keys and signatures: what is not one verifies nothing', () => {
  const d = 7n;
  const message = new TextEncoder().encode('signed');
  const signature = signSm2(message, d, publicPoint(d), () => big(11n));
  const spki = sm2Spki(publicPoint(d));

  it('reads the coordinates of an SM2 SPKI, and nothing else', () => {
    expect(sm2Coordinates(spki)).toEqual(publicPoint(d));
    const spkiOf = (algorithm: Uint8Array, key: Uint8Array) => derSequence(algorithm, derBitString(key));
    const sm2Algorithm = derSequence(derOid(OID.ecPublicKey), derOid(OID.sm2));
    for (const other of [
      spkiOf(derSequence(derOid(OID.ecPublicKey), derOid('1.2.840.10045.3.1.7')), point(d)),
      spkiOf(derSequence(derOid(OID.rsaEncryption), derOid(OID.sm2)), point(d)),
      spkiOf(derSequence(derOid(OID.ecPublicKey), derInteger(1)), point(d)),
      spkiOf(sm2Algorithm, point(d).subarray(0, 33)), // compressed length
      spkiOf(sm2Algorithm, Uint8Array.of(0x05, ...point(d).subarray(1))), // not an uncompressed point
      spki.subarray(0, 20),
      readPem(sm2Cert, ['CERTIFICATE']).der,
    ])
      expect(sm2Coordinates(other)).toBeUndefined();
  });

  it('a point off the curve or of the wrong length is no key', () => {
    const { x, y } = publicPoint(d);
    expect(pointFrom({ x, y }, SM2P256V1)).toBeDefined();
    expect(pointFrom({ x: x.subarray(1), y }, SM2P256V1)).toBeUndefined();
    expect(pointFrom({ x, y: Uint8Array.of(0, ...y) }, SM2P256V1)).toBeUndefined();
    expect(
      pointFrom({ x, y: Uint8Array.from(y, (byte, i) => (i === 31 ? byte ^ 1 : byte)) }, SM2P256V1),
    ).toBeUndefined();
  });

  it('writes (r, s) as minimal DER INTEGERs and reads them back', () => {
    expect(sm2SignatureDer({ r: 1n, s: 0x80n })).toEqual(
      Uint8Array.of(0x30, 0x07, 0x02, 0x01, 0x01, 0x02, 0x02, 0x00, 0x80),
    );
    expect(verifySm2Signature(spki, message, sm2SignatureDer(signature))).toBe(true);
    expect(verifySm2Signature(spki, Uint8Array.of(1), sm2SignatureDer(signature))).toBe(false);
  });

  it('refuses signatures that are not (r, s) pairs with null, and a key that is not SM2 with null', () => {
    const integer = (bytes: number[]) => Uint8Array.of(0x02, bytes.length, ...bytes);
    const wrap = (...parts: Uint8Array[]) => derSequence(...parts);
    for (const bad of [
      wrap(integer([1])),
      wrap(integer([1]), integer([1]), integer([1])),
      wrap(integer([0x81]), integer([1])), // negative r
      wrap(integer([1]), integer([0x81])), // negative s
      derOctetString(Uint8Array.of(1)),
      Uint8Array.of(0x30, 0x05, 0x02),
    ])
      expect(verifySm2Signature(spki, message, bad)).toBeNull();
    expect(verifySm2Signature(readPem(sm2Cert, ['CERTIFICATE']).der, message, sm2SignatureDer(signature))).toBeNull();
  });

  it('r and s outside [1, n − 1] are false, never an exception from the curve code', () => {
    const coordinates = publicPoint(d);
    for (const values of [
      { r: 0n, s: signature.s },
      { r: n, s: signature.s },
      { r: n + signature.r, s: signature.s },
      { r: signature.r, s: 0n },
      { r: signature.r, s: n },
      { r: signature.r, s: n + signature.s },
    ])
      expect(verifySm2(message, values, coordinates)).toBe(false);
    expect(verifySm2(message, signature, coordinates)).toBe(true);
    // r + 2s ≡ 0 with the key G itself: [s]G + [r + s]G is the point at infinity
    expect(verifySm2(message, { r: 1n, s: (n - 1n) / 2n }, publicPoint(1n))).toBe(false);
    // t = r + s ≡ 0
    expect(verifySm2(message, { r: 1n, s: n - 1n }, coordinates)).toBe(false);
  });

  it('an identifier longer than Z_A can encode (8191 bytes) verifies nothing, even its own signature', () => {
    const longest = new Uint8Array(SM2_MAX_ID_BYTES).fill(0x61);
    const tooLong = new Uint8Array(SM2_MAX_ID_BYTES + 1).fill(0x61);
    const random = () => big(13n);
    expect(verifySm2(message, signSm2(message, d, publicPoint(d), random, longest), publicPoint(d), longest)).toBe(
      true,
    );
    expect(verifySm2(message, signSm2(message, d, publicPoint(d), random, tooLong), publicPoint(d), tooLong)).toBe(
      false,
    );
  });

  it('random scalars: 1 and below − 1 are taken, 0 and below are drawn again', () => {
    const take = (...values: bigint[]) => {
      const queue = values.map(big);
      return randomScalar(() => queue.shift() as Uint8Array, 100n);
    };
    expect(take(1n)).toBe(1n);
    expect(take(99n)).toBe(99n);
    expect(take(0n, 100n, 5n)).toBe(5n);
  });
});

describe('SM2 distinguishing identifiers and CSR arguments', () => {
  it('the default ID is GM/T 0009’s, as text and as the bytes Z_A hashes', () => {
    expect(SM2_DEFAULT_DISTINGUISHING_ID).toBe('1234567812345678');
    expect(new TextDecoder().decode(SM2_DEFAULT_ID)).toBe(SM2_DEFAULT_DISTINGUISHING_ID);
  });

  it('takes text up to 8191 bytes and refuses anything else, naming the option', () => {
    expect(sm2Id(undefined, 'options.distinguishingId')).toBeUndefined();
    expect(sm2Id('a'.repeat(8191), 'id')?.length).toBe(8191);
    expect(sm2Id('', 'id')?.length).toBe(0);
    for (const bad of ['a'.repeat(8192), '字'.repeat(2731), 42])
      expect(errorOf(() => sm2Id(bad as string, 'options.distinguishingId'))).toMatchObject({
        code: 'argument.invalid',
        params: { path: 'options.distinguishingId' },
      });
  });

  it('generateSm2Csr takes a pair and an encrypted PEM key, and names what it cannot take', async () => {
    const keys = await generateSm2KeyPair();
    const encrypted = await exportSm2PrivateKey(keys, { password: 'secret', iterations: 1000 });
    const fromPair = await generateSm2Csr({ domains: ['sm2.example.com'], key: keys });
    const fromPem = await generateSm2Csr({ domains: ['sm2.example.com'], key: encrypted, keyPassword: 'secret' });
    expect(fromPair.publicKeyFingerprint).toBe(fromPem.publicKeyFingerprint);
    expect(fromPair.keyPair).toBe(keys);
    expect((await parseCsr(fromPem.csrPem)).signatureValid).toBe(true);
    await expect(generateSm2Csr({ domains: ['sm2.example.com'], key: encrypted })).rejects.toMatchObject({
      code: 'x509.key.password',
    });
    const invalid = (options: unknown) => generateSm2Csr(options as Parameters<typeof generateSm2Csr>[0]);
    await expect(
      invalid({ domains: ['sm2.example.com'], key: { publicKey: {}, privateKey: {} } }),
    ).rejects.toMatchObject({ code: 'argument.invalid', params: { path: 'options.key' } });
    await expect(invalid({ domains: ['sm2.example.com'], distinguishingId: 7 })).rejects.toMatchObject({
      code: 'argument.invalid',
      params: { path: 'options.distinguishingId' },
    });
    await expect(invalid(null)).rejects.toMatchObject({ code: 'argument.invalid', params: { path: 'options' } });
    await expect(invalid({ domains: ['sm2.example.com'], key: null })).rejects.toMatchObject({
      code: 'argument.invalid',
      params: { path: 'options.key' },
    });
    await expect(exportSm2PrivateKey(null as never)).rejects.toMatchObject({ code: 'x509.key.not-extractable' });
  });

  it('encrypts the key it returns with the password', async () => {
    const csr = await generateSm2Csr({ domains: ['sm2.example.com'], password: 'secret', iterations: 1000 });
    expect(csr.privateKeyPem).toMatch(/^-----BEGIN ENCRYPTED PRIVATE KEY-----/);
    const again = await importSm2PrivateKey(csr.privateKeyPem, { password: 'secret' });
    expect(again.publicKey.spki).toEqual(csr.keyPair.publicKey.spki);
  });
});
