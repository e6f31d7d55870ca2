import { describe, expect, it } from 'vitest';
import { assembleChain, createChainValidator, parseCertificate } from '../../src/x509/index.js';
import ca1 from '../fixtures/pki/ca1.pem?raw';
import cross from '../fixtures/pki/cross.pem?raw';
import leaf from '../fixtures/pki/leaf.pem?raw';
import legacyRoot from '../fixtures/pki/legacy-root.pem?raw';
import root from '../fixtures/pki/root.pem?raw';
import selfSigned from '../fixtures/pki/self-signed.pem?raw';
import shortCa from '../fixtures/pki/short-ca.pem?raw';
import shortLeaf from '../fixtures/pki/short-leaf.pem?raw';
import { codeOf } from './code-of.js';
import { derOf } from './der-of.js';

const NOW = '2030-06-01T00:00:00Z';

/** globalThis.crypto with its importKey and verify calls counted. */
function countingCrypto() {
  const counts = { importKey: 0, verify: 0 };
  const subtle = globalThis.crypto.subtle;
  const counted = new Proxy(subtle, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      if (property !== 'importKey' && property !== 'verify')
        return typeof value === 'function' ? value.bind(target) : value;
      return (...args: unknown[]) => {
        counts[property] += 1;
        return Reflect.apply(value as (...a: unknown[]) => unknown, target, args);
      };
    },
  });
  const crypto = { subtle: counted, getRandomValues: globalThis.crypto.getRandomValues.bind(globalThis.crypto) };
  return { crypto: crypto as Crypto, counts };
}

/** The certificate with one byte of its signature changed (its last byte, inside the BIT STRING). */
function tampered(pem: string): Uint8Array {
  const der = derOf(pem);
  der[der.length - 1] = (der[der.length - 1] as number) ^ 0x01;
  return der;
}

/**
 * The certificate with the last byte of its serial number changed and its signature kept: the
 * same length and the same last bytes as the genuine one (what a lookup finds it by), other bytes.
 */
function reSerialed(pem: string): Uint8Array {
  const der = derOf(pem);
  // Certificate SEQUENCE (4-byte header), TBSCertificate SEQUENCE (4), [0] version (5), INTEGER tag and length
  const serialLength = der[14] as number;
  const last = 15 + serialLength - 1;
  der[last] = (der[last] as number) ^ 0x01;
  return der;
}

describe('createChainValidator (issue 22)', () => {
  const inputs: { label: string; input: string[]; hostname?: string; includeRoot?: boolean }[] = [
    { label: 'leaf and intermediate', input: [leaf, ca1], hostname: 'www.example.com' },
    { label: 'out of order with the root', input: [root, leaf, ca1], includeRoot: true },
    { label: 'a wrong host name', input: [leaf, ca1], hostname: 'other.example' },
    { label: 'the leaf alone', input: [leaf] },
    { label: 'a cross-certificate', input: [leaf, ca1, root, cross] },
    { label: 'an intermediate that expires first', input: [shortLeaf, shortCa] },
    { label: 'a self-signed leaf', input: [selfSigned] },
    { label: 'the intermediate twice', input: [leaf, ca1, ca1] },
  ];

  it.each(inputs)('answers as assembleChain does: $label', async ({ input, hostname, includeRoot }) => {
    const request = { now: NOW, ...(hostname === undefined ? {} : { hostname }), includeRoot: includeRoot === true };
    for (const trustAnchors of [[root], [root, legacyRoot], []]) {
      const validator = await createChainValidator({ trustAnchors });
      const expected = await assembleChain(input, { ...request, trustAnchors });
      // twice: the second answer comes from the caches and must not differ
      expect(await validator.assemble(input, request)).toEqual(expected);
      expect(await validator.assemble(input, request)).toEqual(expected);
    }
  });

  it('completes a chain from its known intermediates, which are never reported unused', async () => {
    const validator = await createChainValidator({ trustAnchors: [root], intermediates: [ca1, shortCa] });
    const result = await validator.assemble(leaf, { now: NOW, hostname: 'www.example.com' });
    expect(result.trusted).toBe(true);
    expect(result.chain.map((cert) => cert.commonName)).toEqual(['www.example.com', 'certkit Test CA 1']);
    expect(result.unused).toEqual([]);
    expect(result.missing).toBeUndefined();
    // the input's own copy of a known intermediate is the one used, and not unused either
    const withCopy = await validator.assemble([leaf, ca1], { now: NOW });
    expect(withCopy.unused).toEqual([]);
    expect(withCopy.issues.map((issue) => issue.code)).not.toContain('x509.chain.multiple-paths');
  });

  it("answers each call's rules on its own, with the findings it remembers of its CAs", async () => {
    const validator = await createChainValidator({ trustAnchors: [root], intermediates: [ca1] });
    const choices = [
      {},
      { purpose: 'clientAuth', strictEku: true },
      { algorithms: { minRsaBits: 4096 } },
      { profile: 'rfc5280' },
      { anchorConstraints: false },
      {},
    ] as const;
    for (const rules of choices) {
      const expected = await assembleChain([leaf, ca1], { now: NOW, trustAnchors: [root], ...rules });
      expect(await validator.assemble(leaf, { now: NOW, ...rules })).toEqual(expected);
    }
    // the RSA-2048 leaf is refused under a 4096-bit floor, and trusted again after it
    const floor = await validator.assemble(leaf, { now: NOW, algorithms: { minRsaBits: 4096 } });
    expect(floor.issues.map((issue) => issue.code)).toContain('x509.chain.weak-key');
    expect((await validator.assemble(leaf, { now: NOW })).trusted).toBe(true);
  });

  it('describes certificates when a field that shows them is read, once, as plain enumerable values', async () => {
    const validator = await createChainValidator({ trustAnchors: [root], intermediates: [ca1] });
    const result = await validator.assemble(leaf, { now: NOW });
    expect(result.chain).toBe(result.chain); // computed once, then the same array
    expect(result.leaf).toBe(result.chain[0]);
    expect(result.leaf).toEqual(await parseCertificate(leaf));
    expect(Object.keys(result)).toEqual([
      'ok',
      'leaf',
      'chain',
      'root',
      'unused',
      'trusted',
      'revocation',
      'policies',
      'issues',
      'fullchainPem',
    ]);
    const copy = JSON.parse(JSON.stringify(result));
    expect(copy.chain.map((cert: { commonName: string }) => cert.commonName)).toEqual([
      'www.example.com',
      'certkit Test CA 1',
    ]);
    expect(copy.revocation.map((status: { status: string }) => status.status)).toEqual(['not-checked', 'not-checked']);
    expect({ ...result }.fullchainPem).toBe(result.fullchainPem);
  });

  it('imports each CA key once and checks a link it has verified no more', async () => {
    const { crypto, counts } = countingCrypto();
    const validator = await createChainValidator({ trustAnchors: [root], intermediates: [ca1], crypto });
    const afterSetup = { ...counts };
    expect(afterSetup.verify).toBe(1); // the root's self-signature; ca1 is not self-issued
    expect((await validator.assemble(leaf, { now: NOW })).trusted).toBe(true);
    const afterFirst = { ...counts };
    // leaf ← ca1 and ca1 ← root: two links, two keys (the root's was imported at setup)
    expect(afterFirst.verify - afterSetup.verify).toBe(2);
    expect(afterFirst.importKey - afterSetup.importKey).toBe(1);
    expect((await validator.assemble(leaf, { now: NOW })).trusted).toBe(true);
    expect(counts).toEqual(afterFirst);
  });

  it('reuses a verified link only for identical bytes: a changed signature is checked and refused', async () => {
    const validator = await createChainValidator({ trustAnchors: [root], intermediates: [ca1] });
    expect((await validator.assemble(leaf, { now: NOW })).trusted).toBe(true);
    const forged = await validator.assemble(tampered(leaf), { now: NOW });
    expect(forged.trusted).toBe(false);
    expect(forged.ok).toBe(false);
    expect(forged.missing?.issuer).toBe('O=certkit, CN=certkit Test CA 1');
  });

  it('tells a forged copy from the genuine certificate although both end in the same signature bytes', async () => {
    const { crypto, counts } = countingCrypto();
    const validator = await createChainValidator({ trustAnchors: [root], intermediates: [ca1], crypto });
    expect((await validator.assemble(leaf, { now: NOW })).trusted).toBe(true);
    const before = counts.verify;
    // the leaf's link is not taken from the cache: checked again, and refused
    const forgedLeaf = await validator.assemble(reSerialed(leaf), { now: NOW });
    expect(counts.verify).toBeGreaterThan(before);
    expect(forgedLeaf.trusted).toBe(false);
    expect(forgedLeaf.missing?.issuer).toBe('O=certkit, CN=certkit Test CA 1');
    // a forged copy of a known intermediate is not that intermediate: its signature fails, so the
    // genuine one completes the path and the copy is left over
    const withForgedCa = await validator.assemble([leaf, reSerialed(ca1)], { now: NOW });
    expect(withForgedCa.trusted).toBe(true);
    const genuine = await parseCertificate(ca1);
    expect(withForgedCa.chain[1]?.fingerprints.sha256).toBe(genuine.fingerprints.sha256);
    expect(withForgedCa.unused.map((cert) => cert.fingerprints.sha256)).toEqual([
      (await parseCertificate(reSerialed(ca1))).fingerprints.sha256,
    ]);
  });

  it('stays bounded: with room for one link it forgets and checks again, with the same answers', async () => {
    const { crypto, counts } = countingCrypto();
    const validator = await createChainValidator({
      trustAnchors: [root],
      intermediates: [ca1],
      linkCacheSize: 1,
      crypto,
    });
    const first = await validator.assemble(leaf, { now: NOW });
    const before = counts.verify;
    const second = await validator.assemble(leaf, { now: NOW });
    expect(second).toEqual(first);
    expect(counts.verify - before).toBeGreaterThan(0);
  });

  it('refuses arguments it cannot use with CertkitError', async () => {
    expect(await codeOf(createChainValidator({ linkCacheSize: 0 }))).toBe('argument.invalid');
    expect(await codeOf(createChainValidator({ linkCacheSize: 1.5 }))).toBe('argument.invalid');
    expect(await codeOf(createChainValidator({ trustAnchors: ['not a certificate'] }))).toMatch(/^x509\.pem\./);
    const validator = await createChainValidator({ trustAnchors: [root] });
    expect(await codeOf(validator.assemble([], { now: NOW }))).toBe('argument.invalid');
    expect(await codeOf(validator.assemble(leaf, { now: 'yesterday' }))).toBe('time.invalid');
  });
});
