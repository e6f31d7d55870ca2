import 'reflect-metadata'; // @peculiar/x509 needs a global Reflect polyfill; certkit does not
import { X509Certificate as NodeX509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as peculiar from '@peculiar/x509';
import { decodeCertificate } from '../src/x509/certificate/decode.js';
import { bufferSource } from '../src/x509/der/encoding.js';
import { readPemBlocks } from '../src/x509/der/pem.js';
import {
  assembleChain,
  createChainValidator,
  generateCsr,
  generateKeyPair,
  parseCertificate,
  parseCsr,
} from '../src/x509/index.js';
import { makeBenchPki, REVOKED_SERIALS } from './pki.js';
import type { BenchCase } from './types.js';

/** Results are counted into this, so no engine can skip the work as unused. */
export let x509Sink = 0;

/**
 * CSR benchmarks (issue 6): parseCsr ≥ 1.0× @peculiar/x509's Pkcs10CertificateRequest parse;
 * CSR creation with an existing key ≥ 1.0× @peculiar/x509's generator. Async cases: tinybench
 * awaits them.
 */
export async function x509Benchmarks(): Promise<BenchCase[]> {
  const keys = await generateKeyPair({ type: 'EC', curve: 'P-256' });
  const domains = ['www.example.com', 'example.com', 'shop.example.com'];
  const { csrPem } = await generateCsr({ domains, subject: { C: 'CN', O: 'Example Ltd' }, key: keys });
  const extensions = [
    new peculiar.SubjectAlternativeNameExtension(domains.map((value) => ({ type: 'dns' as const, value }))),
  ];
  const parseOnly = async () => {
    x509Sink += (await parseCsr(csrPem, { verify: false })).domains.length;
  };
  const parseAndVerify = async () => {
    x509Sink += (await parseCsr(csrPem)).domains.length;
  };
  const theirParse = () => {
    x509Sink += new peculiar.Pkcs10CertificateRequest(csrPem).subject.length;
  };
  const theirParseAndVerify = async () => {
    x509Sink += (await new peculiar.Pkcs10CertificateRequest(csrPem).verify()) ? 1 : 0;
  };
  const theirCreate = async () => {
    const request = await peculiar.Pkcs10CertificateRequestGenerator.create({
      name: 'C=CN, O=Example Ltd, CN=www.example.com',
      keys,
      signingAlgorithm: { name: 'ECDSA', hash: 'SHA-256' },
      extensions,
    });
    x509Sink += request.rawData.byteLength;
  };
  const ourCreate = async () => {
    x509Sink += (await generateCsr({ domains, subject: { C: 'CN', O: 'Example Ltd' }, key: keys })).csrPem.length;
  };
  // issue 7: parseCertificate ≥ 1.0× @peculiar/x509's X509Certificate parse + SHA-256 fingerprint;
  // Node's own (OpenSSL-backed) X509Certificate as a second baseline
  const pki = (name: string) => readFileSync(new URL(`../test/fixtures/pki/${name}`, import.meta.url), 'utf8');
  const leaf = pki('leaf.pem');
  const theirCertificate = async () => {
    const cert = new peculiar.X509Certificate(leaf);
    x509Sink += (await cert.getThumbprint('SHA-256')).byteLength + cert.subject.length;
  };
  const nodeCertificate = () => {
    const cert = new NodeX509Certificate(leaf);
    x509Sink += cert.fingerprint256.length + cert.subject.length;
  };
  const ourCertificate = async () => {
    const cert = await parseCertificate(leaf);
    x509Sink += cert.fingerprints.sha256.length + cert.subjectText.length;
  };
  return [
    { id: '@peculiar/x509 X509Certificate + SHA-256 thumbprint', run: theirCertificate },
    { id: 'node:crypto X509Certificate + fingerprint256', run: nodeCertificate },
    {
      id: 'parseCertificate (+ SHA-256 fingerprint)',
      baseline: '@peculiar/x509 X509Certificate + SHA-256 thumbprint',
      target: 1,
      run: ourCertificate,
    },
    {
      id: 'parseCertificate vs node:crypto',
      baseline: 'node:crypto X509Certificate + fingerprint256',
      target: 1, // issue 22
      run: ourCertificate,
    },
    ...(await chainBenchmarks()),
    { id: '@peculiar/x509 parse CSR', run: theirParse },
    { id: 'parseCsr (verify: false)', baseline: '@peculiar/x509 parse CSR', target: 1, run: parseOnly },
    { id: '@peculiar/x509 parse CSR + verify()', run: theirParseAndVerify },
    {
      id: 'parseCsr (with signature check)',
      baseline: '@peculiar/x509 parse CSR + verify()',
      target: 1,
      run: parseAndVerify,
    },
    { id: '@peculiar/x509 create CSR (existing key)', run: theirCreate },
    {
      id: 'generateCsr (existing key)',
      baseline: '@peculiar/x509 create CSR (existing key)',
      target: 1,
      run: ourCreate,
    },
  ];
}

/** Leaves the reusable validator is measured over. */
const LEAVES = 10_000;
const RSA = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

/**
 * Chain benchmarks (issue 22) on an OpenSSL-made RSA-2048 chain, against the machine's WebCrypto
 * floor measured in the same run:
 * - `assembleChain` on [root, leaf, intermediate] to the root ≥ 0.8× two fresh imports and verifies;
 * - the reusable validator over 10,000 leaves from one intermediate ≥ 0.5× verifying each leaf
 *   with the intermediate key imported once. Its link cache holds 1,000 links, fewer than the
 *   leaves it cycles through, so every leaf is new to it, as each upload is to a hosting platform.
 */
async function chainBenchmarks(): Promise<BenchCase[]> {
  const { rootPem, intermediatePem, leafPem, leaves, crls } = makeBenchPki(LEAVES);
  const decode = (pem: string) =>
    decodeCertificate((readPemBlocks(pem, ['CERTIFICATE'])[0] as { der: Uint8Array }).der);
  const [root, intermediate, leaf] = [rootPem, intermediatePem, leafPem].map(decode) as [
    ReturnType<typeof decode>,
    ReturnType<typeof decode>,
    ReturnType<typeof decode>,
  ];
  const importAndVerify = async (issuer: typeof root, child: typeof root) => {
    const key = await crypto.subtle.importKey('spki', bufferSource(issuer.spki), RSA, false, ['verify']);
    return crypto.subtle.verify(RSA, key, bufferSource(child.signature), bufferSource(child.tbs));
  };
  const intermediateKey = await crypto.subtle.importKey('spki', bufferSource(intermediate.spki), RSA, false, [
    'verify',
  ]);
  const decodedLeaves = leaves.map(decode);
  const validator = await createChainValidator({
    trustAnchors: [rootPem],
    intermediates: [intermediatePem],
    linkCacheSize: 1000,
  });
  const withCrls = await createChainValidator({
    trustAnchors: [rootPem],
    intermediates: [intermediatePem],
    crls,
    linkCacheSize: 1000,
  });
  let nextWithCrls = 0;
  let next = 0;
  let nextForFloor = 0;
  const bundle = [rootPem, leafPem, intermediatePem];
  return [
    {
      id: 'floor: 2 × (WebCrypto import RSA-2048 key + verify)',
      run: async () => {
        x509Sink += (await importAndVerify(root, intermediate)) ? 1 : 0;
        x509Sink += (await importAndVerify(intermediate, leaf)) ? 1 : 0;
      },
    },
    {
      id: 'assembleChain (3 RSA certificates, validated to a root)',
      baseline: 'floor: 2 × (WebCrypto import RSA-2048 key + verify)',
      target: 0.8,
      run: async () => {
        const result = await assembleChain(bundle, { trustAnchors: [rootPem], now: '2027-01-01' });
        x509Sink += result.trusted ? result.chain.length : -1e9;
      },
    },
    {
      id: `assembleChain with CRLs (the root's and the intermediate's, ${REVOKED_SERIALS.toLocaleString('en')} serials revoked)`,
      baseline: 'assembleChain (3 RSA certificates, validated to a root)',
      run: async () => {
        const result = await assembleChain(bundle, {
          trustAnchors: [rootPem],
          now: '2027-01-01',
          crls,
          requireRevocation: true,
        });
        x509Sink += result.trusted && result.revocation.every((status) => status.status === 'good') ? 1 : -1e9;
      },
    },
    {
      id: `floor: WebCrypto verify only, key imported once (${LEAVES.toLocaleString('en')} leaves)`,
      run: async () => {
        const child = decodedLeaves[nextForFloor++ % LEAVES] as typeof root;
        x509Sink += (await crypto.subtle.verify(
          RSA,
          intermediateKey,
          bufferSource(child.signature),
          bufferSource(child.tbs),
        ))
          ? 1
          : 0;
      },
    },
    {
      id: `createChainValidator (${LEAVES.toLocaleString('en')} leaves, one intermediate)`,
      baseline: `floor: WebCrypto verify only, key imported once (${LEAVES.toLocaleString('en')} leaves)`,
      target: 0.5,
      run: async () => {
        const result = await validator.assemble(leaves[next++ % LEAVES] as string, { now: '2027-01-01' });
        x509Sink += result.trusted ? 1 : -1e9;
      },
    },
    {
      id: `createChainValidator with its CRLs (${LEAVES.toLocaleString('en')} leaves, ${REVOKED_SERIALS.toLocaleString('en')} serials revoked)`,
      baseline: `createChainValidator (${LEAVES.toLocaleString('en')} leaves, one intermediate)`,
      run: async () => {
        const leaf = leaves[nextWithCrls++ % LEAVES] as string;
        const result = await withCrls.assemble(leaf, { now: '2027-01-01', requireRevocation: true });
        x509Sink += result.trusted ? 1 : -1e9;
      },
    },
  ];
}
