import { describe, expect, it } from 'vitest';
import { toHex } from '../../src/x509/der/encoding.js';
import { SM2P256V1, type Sm2Domain, toBig } from '../../src/x509/sm2/curve.js';
import { publicPoint, signSm2 } from '../../src/x509/sm2/sign.js';
import { sm2Digest, sm2Za, verifySm2 } from '../../src/x509/sm2/verify.js';

const big = (hex: string) => BigInt(`0x${hex}`);
const fromHex = (hex: string) => Uint8Array.from(hex.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
const text = (value: string) => new TextEncoder().encode(value);
/** A "random" source that returns the example's k, as the standards' examples fix it. */
const fixed = (hex: string) => () => fromHex(hex);

/** The examples of the standards, each with every intermediate value they print. */
const EXAMPLES: readonly {
  name: string;
  domain: Sm2Domain;
  id: string;
  d: string;
  k: string;
  x: string;
  y: string;
  za: string;
  e: string;
  r: string;
  s: string;
}[] = [
  {
    name: 'GB/T 32918.2-2016 Annex A (the 256-bit example curve)',
    domain: {
      p: big('8542D69E4C044F18E8B92435BF6FF7DE457283915C45517D722EDB8B08F1DFC3'),
      a: big('787968B4FA32C3FD2417842E73BBFEFF2F3C848B6831D7E0EC65228B3937E498'),
      b: big('63E4C6D3B23B0C849CF84241484BFE48F61D59A5B16BA06E6E12D1DA27C5249A'),
      n: big('8542D69E4C044F18E8B92435BF6FF7DD297720630485628D5AE74EE7C32E79B7'),
      Gx: big('421DEBD61B62EAB6746434EBC3CC315E32220B3BADD50BDC4C4E6C147FEDD43D'),
      Gy: big('0680512BCBB42C07D47349D2153B70C4E5D7FDFCBFA36EA1A85841B9E46E09A2'),
    },
    id: 'ALICE123@YAHOO.COM',
    d: '128B2FA8BD433C6C068C8D803DFF79792A519A55171B1B650C23661D15897263',
    k: '6CB28D99385C175C94F94E934817663FC176D925DD72B727260DBAAE1FB2F96F',
    x: '0AE4C7798AA0F119471BEE11825BE46202BB79E2A5844495E97C04FF4DF2548A',
    y: '7C0240F88F1CD4E16352A73C17B7F16F07353E53A176D684A9FE0C6BB798E857',
    za: 'F4A38489E32B45B6F876E3AC2168CA392362DC8F23459C1D1146FC3DBFB7BC9A',
    e: 'B524F552CD82B8B028476E005C377FB19A87E6FC682D48BB5D42E3D9B9EFFE76',
    r: '40F1EC59F793D9F49E09DCEF49130D4194F79FB1EED2CAA55BACDB49C4E755D1',
    s: '6FC6DAC32C5D5CF10C77DFB20F7C2EB667A457872FB09EC56327A67EC7DEEBE7',
  },
  {
    name: 'GB/T 32918.5-2017 Annex A (sm2p256v1, the default ID)',
    domain: SM2P256V1,
    id: '1234567812345678',
    d: '3945208F7B2144B13F36E38AC6D39F95889393692860B51A42FB81EF4DF7C5B8',
    k: '59276E27D506861A16680F3AD9C02DCCEF3CC1FA3CDBE4CE6D54B80DEAC1BC21',
    x: '09F9DF311E5421A150DD7D161E4BC5C672179FAD1833FC076BB08FF356F35020',
    y: 'CCEA490CE26775A52DC6EA718CC1AA600AED05FBF35E084A6632F6072DA9AD13',
    za: 'B2E14C5C79C6DF5B85F4FE7ED8DB7A262B9DA7E07CCB0EA9F4747B8CCDA8A4F3',
    e: 'F0B43E94BA45ACCAACE692ED534382EB17E6AB5A19CE7B31F4486FDFC0D28640',
    r: 'F5A03B0648D2C4630EEAC513E1BB81A15944DA3827D5B74143AC7EACEEE720B3',
    s: 'B1B6AA29DF212FD8763182BC0D421CA1BB9038FD1F7F42D4840B69C485BBC1AA',
  },
];

describe.each(EXAMPLES)('SM2 signature: $name', (example) => {
  const message = text('message digest');
  const id = text(example.id);

  it('derives the public key, Z_A and e the standard prints', () => {
    const point = publicPoint(big(example.d), example.domain);
    expect(toHex(point.x)).toBe(example.x.toLowerCase());
    expect(toHex(point.y)).toBe(example.y.toLowerCase());
    expect(toHex(sm2Za(point, id, example.domain))).toBe(example.za.toLowerCase());
    expect(sm2Digest(message, point, id, example.domain)).toBe(big(example.e));
  });

  it('signs with the example k to the printed (r, s), and verifies it', () => {
    const point = publicPoint(big(example.d), example.domain);
    const signature = signSm2(message, big(example.d), point, fixed(example.k), id, example.domain);
    expect(signature).toEqual({ r: big(example.r), s: big(example.s) });
    expect(verifySm2(message, signature, point, id, example.domain)).toBe(true);
  });

  it('refuses the signature for another message, ID, key or value', () => {
    const point = publicPoint(big(example.d), example.domain);
    const signature = { r: big(example.r), s: big(example.s) };
    expect(verifySm2(text('message digesT'), signature, point, id, example.domain)).toBe(false);
    expect(verifySm2(message, signature, point, text(`${example.id}1`), example.domain)).toBe(false);
    expect(verifySm2(message, signature, publicPoint(2n, example.domain), id, example.domain)).toBe(false);
    expect(verifySm2(message, { ...signature, s: signature.s + 1n }, point, id, example.domain)).toBe(false);
    expect(verifySm2(message, { ...signature, r: signature.r ^ 1n }, point, id, example.domain)).toBe(false);
    expect(verifySm2(message, { r: example.domain.n, s: signature.s }, point, id, example.domain)).toBe(false);
    expect(verifySm2(message, { r: signature.r, s: 0n }, point, id, example.domain)).toBe(false);
  });
});

describe('SM2 signing draws k uniformly', () => {
  it('rejects a draw outside [1, n) and draws again (no modulo bias)', () => {
    const d = toBig(fromHex(EXAMPLES[1]?.d ?? ''));
    const point = publicPoint(d);
    const draws = [new Uint8Array(32), fromHex('ff'.repeat(32)), fromHex(EXAMPLES[1]?.k ?? '')];
    let calls = 0;
    const random = () => draws[calls++] as Uint8Array;
    const signature = signSm2(text('message digest'), d, point, random);
    // 0 and 2^256 − 1 lie outside [1, n): rejected before any use; the third is the example's k
    expect(calls).toBe(3);
    expect(signature.r).toBe(big(EXAMPLES[1]?.r ?? ''));
  });
});
