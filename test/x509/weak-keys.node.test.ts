import { checkPrimeSync, createPrivateKey, generateKeyPairSync, generatePrimeSync } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { derInteger, derOid, derSequence, derTlv } from '../../src/x509/der/writer.js';
import { checkCsr, generateCsr, parseCsr } from '../../src/x509/index.js';
import { rsaModulus } from '../../src/x509/keys/public-key.js';
import { FERMAT_ROUNDS, fermatFactors, hasRocaFingerprint, rsaModulusWeakness } from '../../src/x509/keys/weak-rsa.js';

/** STD-12: moduli a CA refuses whatever their size — ROCA's fingerprint, primes Fermat finds. */
const nextPrime = (from: bigint) => {
  let candidate = from | 1n;
  while (!checkPrimeSync(candidate)) candidate += 2n;
  return candidate;
};
const bigintOf = (bytes: ArrayBuffer) => BigInt(`0x${Buffer.from(bytes).toString('hex')}`);

describe('weak RSA moduli (STD-12)', () => {
  it('finds the ROCA fingerprint in a power of 65537, never in moduli OpenSSL generates', () => {
    expect(hasRocaFingerprint(65537n ** 40n)).toBe(true);
    expect(hasRocaFingerprint(65537n ** 40n + 2n)).toBe(false);
    for (let i = 0; i < 5; i += 1) {
      const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
      const n = BigInt(
        `0x${Buffer.from(publicKey.export({ format: 'jwk' }).n as string, 'base64url').toString('hex')}`,
      );
      expect(rsaModulusWeakness(n)).toBeUndefined();
    }
  });

  it('factors a modulus of two close 1024-bit primes, and not one of two random ones', () => {
    const p = nextPrime(bigintOf(generatePrimeSync(1024)) + 2n);
    const q = nextPrime(p + 2n ** 40n); // 2^40 apart: Fermat's first round finds them
    expect(fermatFactors(p * q)).toEqual([p, q]);
    const far = bigintOf(generatePrimeSync(1024)) * bigintOf(generatePrimeSync(1024));
    expect(fermatFactors(far)).toBeUndefined();
    expect(FERMAT_ROUNDS).toBe(100);
  });

  it('finds every product whose factors Fermat reaches within 100 rounds', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 2n ** 60n, max: 2n ** 62n }), fc.integer({ min: 1, max: 1000 }), (start, gap) => {
        const p = start | 1n;
        const q = p + 2n * BigInt(gap);
        // a = (p + q) / 2 is within 100 of ⌈√(pq)⌉ for such gaps
        const factors = fermatFactors(p * q);
        expect(factors === undefined ? undefined : factors[0] * factors[1]).toBe(p * q);
      }),
      { numRuns: 200 },
    );
  });

  it('reads the modulus of an RSA SPKI and nothing of another key', () => {
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const spki = new Uint8Array(publicKey.export({ format: 'der', type: 'spki' }));
    const n = Buffer.from(publicKey.export({ format: 'jwk' }).n as string, 'base64url').toString('hex');
    expect(rsaModulus(spki)).toBe(BigInt(`0x${n}`));
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ format: 'der', type: 'spki' });
    expect(rsaModulus(new Uint8Array(ec))).toBeUndefined();
    // a hand-made RSA SPKI around a ROCA-shaped modulus reads back
    const modulus = 65537n ** 40n;
    const bytes = Buffer.from(
      modulus.toString(16).padStart(Math.ceil(modulus.toString(16).length / 2) * 2, '0'),
      'hex',
    );
    const content = (bytes[0] as number) >= 0x80 ? [0, ...bytes] : [...bytes];
    const rsaKey = derSequence(derTlv(0x02, Uint8Array.from(content)), derInteger(65537));
    const handMade = derSequence(
      derSequence(derOid('1.2.840.113549.1.1.1'), Uint8Array.of(0x05, 0x00)),
      derTlv(0x03, Uint8Array.from([0, ...rsaKey])),
    );
    expect(rsaModulus(handMade)).toBe(modulus);
  });
});

/** An RSA private key with the primes given, as PEM (PKCS#8), through node:crypto's JWK import. */
function rsaKeyOf(p: bigint, q: bigint): string {
  const e = 65537n;
  const modInverse = (a: bigint, m: bigint) => {
    let [oldR, r, oldS, s] = [a % m, m, 1n, 0n];
    while (r !== 0n) {
      const quotient = oldR / r;
      [oldR, r] = [r, oldR - quotient * r];
      [oldS, s] = [s, oldS - quotient * s];
    }
    return ((oldS % m) + m) % m;
  };
  const d = modInverse(e, (p - 1n) * (q - 1n));
  const b64 = (value: bigint) => {
    const hex = value.toString(16);
    return Buffer.from(hex.length % 2 === 0 ? hex : `0${hex}`, 'hex').toString('base64url');
  };
  const jwk = {
    kty: 'RSA',
    n: b64(p * q),
    e: b64(e),
    d: b64(d),
    p: b64(p),
    q: b64(q),
    dp: b64(d % (p - 1n)),
    dq: b64(d % (q - 1n)),
    qi: b64(modInverse(q, p)),
  };
  return createPrivateKey({ key: jwk, format: 'jwk' }).export({ format: 'pem', type: 'pkcs8' }) as string;
}

describe('checkCsr refuses compromised and weak keys (STD-12)', () => {
  it('refuses a CSR whose RSA-2048 key has primes Fermat finds, and takes a sound one', async () => {
    const p = nextPrime(bigintOf(generatePrimeSync(1024)) | (1n << 1023n));
    const q = nextPrime(p + 2n ** 32n);
    const order = { domains: ['www.example.com'] };
    const weak = await parseCsr((await generateCsr({ domains: order.domains, key: rsaKeyOf(p, q) })).csrPem);
    expect(weak.key).toMatchObject({ type: 'RSA', size: 2048 });
    expect(checkCsr(weak, order).issues.find((issue) => issue.rule === 'STD-12')).toMatchObject({
      code: 'x509.csr.key.weak',
      params: { problem: 'fermat' },
    });
    const sound = await parseCsr((await generateCsr({ domains: order.domains })).csrPem);
    expect(checkCsr(sound, order).issues.filter((issue) => issue.rule === 'STD-12')).toEqual([]);
  });

  it('names a key on the caller’s blocklist', async () => {
    const { csrPem } = await generateCsr({ domains: ['www.example.com'] });
    const csr = await parseCsr(csrPem);
    const order = { domains: ['www.example.com'] };
    expect(checkCsr(csr, order).issues.map((issue) => issue.code)).not.toContain('x509.csr.key.compromised');
    const refused = checkCsr(csr, order, { compromisedKeys: [csr.publicKeyFingerprint] });
    expect(refused.ok).toBe(false);
    expect(refused.issues.find((issue) => issue.rule === 'STD-12')).toMatchObject({
      code: 'x509.csr.key.compromised',
      params: { fingerprint: csr.publicKeyFingerprint },
    });
  });
});
