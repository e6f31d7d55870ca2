import 'reflect-metadata'; // @peculiar/x509 needs a global Reflect polyfill; certkit does not
import { X509Certificate as NodeX509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as peculiar from '@peculiar/x509';
import { assembleChain, generateCsr, generateKeyPair, parseCertificate, parseCsr } from '../src/x509/index.js';
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
  const bundle = [pki('root.pem'), pki('leaf.pem'), pki('ca1.pem')];
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
  const assemble = async () => {
    x509Sink += (await assembleChain(bundle, { trustAnchors: [bundle[0] as string], now: '2030-01-01' })).chain.length;
  };
  return [
    { id: '@peculiar/x509 X509Certificate + SHA-256 thumbprint', run: theirCertificate },
    { id: 'node:crypto X509Certificate + fingerprint256', run: nodeCertificate },
    {
      id: 'parseCertificate (SHA-1 + SHA-256 + key fingerprints)',
      baseline: '@peculiar/x509 X509Certificate + SHA-256 thumbprint',
      target: 1,
      run: ourCertificate,
    },
    {
      id: 'parseCertificate vs node:crypto',
      baseline: 'node:crypto X509Certificate + fingerprint256',
      run: ourCertificate,
    },
    { id: 'assembleChain (3 certificates, validated to a root)', run: assemble },
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
