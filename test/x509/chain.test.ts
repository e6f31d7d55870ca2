import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { children, readOid, readRoot, readSmallInteger } from '../../src/x509/der/reader.js';
import { derInteger, derOid, derSequence } from '../../src/x509/der/writer.js';
import {
  assembleChain,
  createServerBundle,
  keyMatchesCertificate,
  parseCertificate,
  parseCertificates,
  readPem,
} from '../../src/x509/index.js';
import ca1 from '../fixtures/pki/ca1.pem?raw';
import cross from '../fixtures/pki/cross.pem?raw';
import leafKey from '../fixtures/pki/leaf.key?raw';
import leaf from '../fixtures/pki/leaf.pem?raw';
import legacyRoot from '../fixtures/pki/legacy-root.pem?raw';
import otherKey from '../fixtures/pki/other.key?raw';
import root from '../fixtures/pki/root.pem?raw';
import selfSigned from '../fixtures/pki/self-signed.pem?raw';
import shortCa from '../fixtures/pki/short-ca.pem?raw';
import shortLeaf from '../fixtures/pki/short-leaf.pem?raw';
import { codeOf } from './code-of.js';

// The fixtures come from scripts/generate-test-pki.sh (OpenSSL); the Node tests regenerate them.
const NOW = '2030-06-01T00:00:00Z';

const codes = (result: { issues: readonly { code: string }[] }) => result.issues.map((issue) => issue.code);
const names = (result: { chain: readonly { commonName: string | null }[] }) =>
  result.chain.map((cert) => cert.commonName);

describe('parseCertificate (CHAIN-06)', () => {
  it('shows what the console shows: names, key, algorithm, fingerprints, dates, extensions', async () => {
    const info = await parseCertificate(leaf);
    expect(info.commonName).toBe('www.example.com');
    expect(info.issuerText).toBe('O=certkit, CN=certkit Test CA 1');
    expect(info.domains).toEqual(['www.example.com', 'example.com']);
    expect(info.ips).toEqual(['192.0.2.10']);
    expect(info.key).toEqual({ type: 'RSA', size: 2048, exponent: 65537 });
    expect(info.signatureAlgorithm).toBe('ECDSA-SHA256');
    expect(info.fingerprints.sha1).toMatch(/^[0-9a-f]{40}$/);
    expect(info.fingerprints.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(info.isCA).toBe(false);
    expect(info.keyUsage).toEqual(['digitalSignature', 'keyEncipherment']);
    expect(info.extendedKeyUsage).toEqual(['serverAuth', 'clientAuth']);
    expect(info.aia.caIssuers).toEqual(['http://ca.certkit.test/ca1.crt']);
    expect(info.selfSigned).toBe(false);
    expect(Date.parse(info.notAfter) - Date.parse(info.notBefore)).toBe(3650 * 86_400_000);
    expect(info.pem).toBe(readPemText(leaf));
  });

  it('reads CA fields: path length, AIA, CRL distribution points, self-signed roots', async () => {
    const [intermediate, self] = await parseCertificates(ca1 + root);
    expect(intermediate?.isCA).toBe(true);
    expect(intermediate?.pathLength).toBe(0);
    expect(intermediate?.aia).toEqual({
      caIssuers: ['http://ca.certkit.test/root.crt'],
      ocsp: ['http://ocsp.certkit.test'],
    });
    expect(intermediate?.crlDistributionPoints).toEqual(['http://crl.certkit.test/root.crl']);
    expect(intermediate?.authorityKeyId).toBe(self?.subjectKeyId);
    expect(self?.selfSigned).toBe(true);
    expect(self?.key).toEqual({ type: 'EC', curve: 'P-256' });
  });

  it('refuses anything that is not one certificate with a CertkitError', async () => {
    expect(await codeOf(parseCertificate('no pem here'))).toBe('x509.pem.missing');
    expect(await codeOf(parseCertificate(leaf + ca1))).toBe('x509.pem.multiple');
    expect(await codeOf(parseCertificate(new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x01])))).toBe(
      'x509.certificate.malformed',
    );
  });

  it('never throws anything but CertkitError on corrupted DER (property)', async () => {
    const der = readPem(leaf, ['CERTIFICATE']).der;
    await fc.assert(
      fc.asyncProperty(fc.nat(der.length - 1), fc.integer({ min: 0, max: 255 }), fc.nat(64), async (at, byte, cut) => {
        const copy = der.slice(0, der.length - cut);
        copy[Math.min(at, copy.length - 1)] = byte;
        const code = await codeOf(parseCertificate(copy));
        expect(code === undefined || code === 'x509.certificate.malformed').toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe('the DER reader and writer agree (property)', () => {
  it('OIDs and integers round-trip', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 0, max: 39 }),
        fc.array(fc.integer({ min: 0, max: 2 ** 40 }), { maxLength: 8 }),
        (first, second, rest) => {
          const oid = [first, second, ...rest].join('.');
          expect(readOid(readRoot(derOid(oid), 'oid'))).toBe(oid);
          // read again (remembered), and inside a SEQUENCE after another OID (at an offset)
          expect(readOid(readRoot(derOid(oid), 'oid'))).toBe(oid);
          const pair = children(readRoot(derSequence(derOid('2.5.4.3'), derOid(oid)), 'pair'));
          expect(pair.map((node) => readOid(node))).toEqual(['2.5.4.3', oid]);
        },
      ),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 40 }), (value) => {
        expect(readSmallInteger(readRoot(derInteger(value), 'int'))).toBe(value);
      }),
    );
  });

  it('refuses a malformed OID every time, also after the well-formed one it resembles was read', () => {
    expect(readOid(readRoot(Uint8Array.of(0x06, 0x03, 0x55, 0x04, 0x03), 'oid'))).toBe('2.5.4.3');
    for (const malformed of [
      Uint8Array.of(0x06, 0x03, 0x55, 0x04, 0x83), // the last arc unfinished
      Uint8Array.of(0x06, 0x04, 0x55, 0x80, 0x04, 0x03), // a non-minimal arc
      Uint8Array.of(0x06, 0x00), // empty
    ])
      for (let time = 0; time < 2; time += 1) expect(() => readOid(readRoot(malformed, 'oid'))).toThrow();
  });

  it('refuses non-minimal lengths and trailing bytes', () => {
    expect(() => readRoot(Uint8Array.of(0x04, 0x81, 0x01, 0x00), 'x')).toThrow();
    expect(() => readRoot(Uint8Array.of(0x04, 0x01, 0x00, 0x00), 'x')).toThrow();
  });
});

describe('assembleChain', () => {
  it('CHAIN-01: any input order gives leaf → intermediate, and says when it reordered (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray([leaf, ca1], { minLength: 2, maxLength: 2 }), async (input) => {
        const result = await assembleChain(input, { now: NOW });
        expect(names(result)).toEqual(['www.example.com', 'certkit Test CA 1']);
        expect(result.ok).toBe(true);
        expect(codes(result).includes('x509.chain.order')).toBe(input[0] !== leaf);
        expect(result.fullchainPem).toBe(readPemText(leaf) + readPemText(ca1));
      }),
      { numRuns: 6 },
    );
  });

  it('CHAIN-01: a root in the input is reported and left out, or put last with includeRoot', async () => {
    const result = await assembleChain(root + leaf + ca1, { now: NOW });
    expect(names(result)).toEqual(['www.example.com', 'certkit Test CA 1']);
    expect(result.root?.commonName).toBe('certkit Test Root');
    expect(result.issues.find((issue) => issue.code === 'x509.chain.root-included')?.severity).toBe('warning');
    const kept = await assembleChain(root + leaf + ca1, { now: NOW, includeRoot: true });
    expect(names(kept)).toEqual(['www.example.com', 'certkit Test CA 1', 'certkit Test Root']);
  });

  it('CHAIN-02: a missing intermediate is reported with its AIA URL, and a second call completes it', async () => {
    const first = await assembleChain(leaf, { now: NOW });
    expect(first.ok).toBe(false);
    expect(first.missing).toEqual({
      issuer: 'O=certkit, CN=certkit Test CA 1',
      caIssuersUrls: ['http://ca.certkit.test/ca1.crt'],
    });
    expect(first.issues[0]?.rule).toBe('CHAIN-02');
    const second = await assembleChain([leaf, ca1], { now: NOW, trustAnchors: [root] });
    expect(second.ok).toBe(true);
    expect(second.trusted).toBe(true);
    expect(second.missing).toBeUndefined();
  });

  it('CHAIN-02: with trust anchors, an intermediate whose issuer is unknown is missing too', async () => {
    const result = await assembleChain([shortLeaf, shortCa], { now: '2020-01-01', trustAnchors: [legacyRoot] });
    expect(result.ok).toBe(false);
    expect(result.missing?.issuer).toBe('O=certkit, CN=certkit Test Root');
  });

  it('CHAIN-03: a cross-certificate goes at the end; the path follows the trust anchor given', async () => {
    const modern = await assembleChain([cross, leaf, ca1], { now: NOW, trustAnchors: [root] });
    expect(names(modern)).toEqual(['www.example.com', 'certkit Test CA 1', 'certkit Test Root']);
    expect(modern.chain[2]?.issuerText).toBe('O=certkit, CN=certkit Legacy Root');
    expect(modern.root?.commonName).toBe('certkit Test Root');
    expect(codes(modern)).toContain('x509.chain.cross-certificate');
    const legacy = await assembleChain([cross, leaf, ca1], { now: NOW, trustAnchors: [legacyRoot] });
    expect(legacy.ok).toBe(true);
    expect(legacy.root?.commonName).toBe('certkit Legacy Root');
    expect(legacy.chain[2]?.fingerprints).toEqual((await parseCertificate(cross)).fingerprints);
  });

  it('CHAIN-04: the private key picks the leaf and must match it', async () => {
    expect(await keyMatchesCertificate(leafKey, leaf)).toBe(true);
    expect(await keyMatchesCertificate(otherKey, leaf)).toBe(false);
    const picked = await assembleChain([shortLeaf, leaf, ca1, shortCa], { now: '2020-01-01', privateKey: leafKey });
    expect(picked.leaf.commonName).toBe('www.example.com');
    expect(picked.unused.map((cert) => cert.commonName).sort()).toEqual(['certkit Short CA', 'short.example.com']);
    const wrong = await assembleChain([leaf, ca1], { now: NOW, privateKey: otherKey });
    expect(wrong.ok).toBe(false);
    expect(wrong.issues.find((issue) => issue.code === 'x509.chain.key-mismatch')?.rule).toBe('CHAIN-04');
  });

  it('reports expired links and an intermediate that expires before the leaf', async () => {
    const ca = await parseCertificate(shortCa);
    const later = new Date(Date.parse(ca.notAfter) + 86_400_000);
    const result = await assembleChain([shortLeaf, shortCa], { now: later });
    expect(result.ok).toBe(false);
    expect(result.issues.filter((issue) => issue.code === 'x509.chain.expired')).toHaveLength(1);
    expect(codes(result)).toContain('x509.chain.intermediate-expires-first');
    const before = await assembleChain([shortLeaf, shortCa], { now: '2000-01-01' });
    expect(codes(before)).toContain('x509.chain.not-yet-valid');
  });

  it('checks the hostname against the SAN only (MATCH-01…04)', async () => {
    const base = { now: NOW, trustAnchors: [root] };
    expect((await assembleChain([leaf, ca1], { ...base, hostname: 'example.com' })).ok).toBe(true);
    expect((await assembleChain([leaf, ca1], { ...base, hostname: '192.0.2.10' })).ok).toBe(true);
    const other = await assembleChain([leaf, ca1], { ...base, hostname: 'shop.example.com' });
    expect(other.issues.find((issue) => issue.code === 'x509.chain.hostname')?.params).toEqual({
      hostname: 'shop.example.com',
      names: ['www.example.com', 'example.com'],
    });
  });

  it('flags a self-signed leaf, duplicates and unrelated certificates', async () => {
    const self = await assembleChain(selfSigned, { now: NOW });
    expect(self.ok).toBe(false);
    expect(codes(self)).toContain('x509.chain.self-signed-leaf');
    const noisy = await assembleChain([leaf, ca1, ca1, legacyRoot], { now: NOW });
    expect(codes(noisy)).toEqual(expect.arrayContaining(['x509.chain.duplicate', 'x509.chain.unused']));
    expect(noisy.unused.map((cert) => cert.commonName)).toEqual(['certkit Legacy Root']);
  });

  it('does not mutate its inputs', async () => {
    const input = Object.freeze([leaf, ca1]);
    const anchors = Object.freeze([root]);
    await assembleChain(input, { now: NOW, trustAnchors: anchors });
    expect(input).toEqual([leaf, ca1]);
  });
});

describe('createServerBundle (CHAIN-05)', () => {
  it('nginx: full chain and key; apache: certificate, chain and key', async () => {
    const { chain } = await assembleChain([ca1, leaf], { now: NOW });
    const nginx = await createServerBundle('nginx', { chain, privateKey: leafKey });
    expect(Object.keys(nginx.files)).toEqual(['www.example.com_bundle.crt', 'www.example.com.key']);
    expect(nginx.files['www.example.com_bundle.crt']).toBe(readPemText(leaf) + readPemText(ca1));
    expect(await keyMatchesCertificate(nginx.files['www.example.com.key'] as string, leaf)).toBe(true);
    const apache = await createServerBundle('apache', { chain, privateKey: leafKey, name: 'site' });
    expect(apache.files).toMatchObject({ 'site.crt': readPemText(leaf), 'site_chain.crt': readPemText(ca1) });
  });

  it('iis and tomcat: a PKCS#12 file and keystorePass.txt, generated password when none is given (CSR-06)', async () => {
    const iis = await createServerBundle('iis', { chain: leaf + ca1, privateKey: leafKey });
    expect(iis.password).toMatch(/^[A-Za-z0-9]{20}$/);
    expect(iis.files['keystorePass.txt']).toBe(`${iis.password}\n`);
    const pfx = iis.files['www.example.com.pfx'] as Uint8Array;
    expect(pfx[0]).toBe(0x30);
    const tomcat = await createServerBundle('tomcat', { chain: leaf + ca1, privateKey: leafKey, password: 'changeit' });
    expect(Object.keys(tomcat.files)).toEqual(['www.example.com.pfx', 'keystorePass.txt']);
  });

  it('refuses an unknown server, an empty chain and a key that is not the leaf’s', async () => {
    expect(await codeOf(createServerBundle('caddy' as 'nginx', { chain: leaf, privateKey: leafKey }))).toBe(
      'x509.bundle.server',
    );
    expect(await codeOf(createServerBundle('nginx', { chain: [], privateKey: leafKey }))).toBe('x509.bundle.chain');
    expect(await codeOf(createServerBundle('iis', { chain: leaf, privateKey: otherKey }))).toBe(
      'x509.chain.key-mismatch',
    );
  });
});

/** The PEM block of a fixture as certkit writes it (64-column base64, LF). */
function readPemText(pem: string): string {
  return `${pem.trim().replace(/\r\n/g, '\n')}\n`;
}
