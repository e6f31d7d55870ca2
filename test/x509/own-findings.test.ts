import { describe, expect, it } from 'vitest';
import { readCertificate } from '../../src/x509/certificate/parse.js';
import { ownFindings } from '../../src/x509/chain/own-findings.js';
import { DEFAULT_PATH_RULES, resolvePathRules } from '../../src/x509/chain/path-rules.js';
import { derOid, derSequence, derString, derTlv } from '../../src/x509/der/writer.js';
import { createSignatureVerifier } from '../../src/x509/keys/verifier.js';
import leafPem from '../fixtures/pki/leaf.pem?raw';
import {
  certificateDer,
  extension,
  extensionsField,
  OIDS,
  simpleName,
  tbsFields,
  V3,
  validity,
} from './cert-builder.js';
import { derOf } from './der-of.js';

const SHA1_WITH_RSA = () => derSequence(derOid('1.2.840.113549.1.1.5'), Uint8Array.of(0x05, 0x00));

const CLIENT_AUTH = '1.3.6.1.5.5.7.3.2';
const CPS = '1.3.6.1.5.5.7.2.1';

/** A critical certificatePolicies whose one policy has a qualifier of this id. */
const policiesWithQualifier = (qualifier: string) =>
  extension(
    '2.5.29.32',
    derSequence(
      derSequence(
        derOid('2.23.140.1.2.1'),
        derSequence(derSequence(derOid(qualifier), derString(0x16, 'https://cps.example'))),
      ),
    ),
    true,
  );

/**
 * A CA signed (not verifiably: only its own fields are judged here) with SHA-1, basicConstraints not
 * critical; `more` adds extensions and `modulusLength` sets its RSA key size.
 */
async function sha1Ca(more: readonly Uint8Array[] = [], modulusLength = 2048) {
  const { publicKey } = (await crypto.subtle.generateKey(
    { name: 'RSASSA-PKCS1-v1_5', modulusLength, publicExponent: Uint8Array.of(1, 0, 1), hash: 'SHA-256' },
    true,
    ['sign', 'verify'],
  )) as CryptoKeyPair;
  const tbs = derSequence(
    ...tbsFields({
      version: V3(),
      serial: derTlv(0x02, Uint8Array.of(0x01)),
      signature: SHA1_WITH_RSA(),
      issuer: simpleName({ CN: 'Findings Root' }),
      validity: validity('260101000000Z', '360101000000Z'),
      subject: simpleName({ CN: 'Findings CA' }),
      spki: new Uint8Array(await crypto.subtle.exportKey('spki', publicKey)),
      extensions: extensionsField([
        extension(OIDS.basicConstraints, derSequence(Uint8Array.of(0x01, 0x01, 0xff))),
        extension(OIDS.subjectKeyId, derTlv(0x04, Uint8Array.of(1, 2, 3, 4))),
        extension(OIDS.authorityKeyId, derSequence(derTlv(0x80, Uint8Array.of(5, 6, 7, 8)))),
        ...more,
      ]),
    }),
  );
  const der = certificateDer(tbs, SHA1_WITH_RSA(), new Uint8Array(256).fill(1));
  return readCertificate(der, createSignatureVerifier(crypto));
}

describe('ownFindings: what a certificate breaks by itself, judged once for a CA (issue 22)', () => {
  it('finds the SHA-1 signature and the non-critical CA flag, and answers each set of rules on its own', async () => {
    const ca = await sha1Ca();
    const strict = ownFindings(ca, 'intermediate', DEFAULT_PATH_RULES);
    expect(strict.map((finding) => finding.code).sort()).toEqual(['x509.chain.profile', 'x509.chain.weak-signature']);
    expect(strict.find((finding) => finding.code === 'x509.chain.profile')?.params).toEqual({
      problem: 'basic-constraints-not-critical',
      profile: 'web-pki',
    });
    const lenient = resolvePathRules({ profile: 'rfc5280', algorithms: { allowSha1: true } });
    expect(ownFindings(ca, 'intermediate', lenient)).toEqual([]);
    // asked again, each answer is the one remembered for its rules — never the other's
    expect(ownFindings(ca, 'intermediate', DEFAULT_PATH_RULES)).toBe(strict);
    expect(ownFindings(ca, 'intermediate', lenient)).toEqual([]);
    // an anchor's signature is not judged: another role, another answer
    expect(ownFindings(ca, 'anchor', DEFAULT_PATH_RULES).map((finding) => finding.code)).not.toContain(
      'x509.chain.weak-signature',
    );
  });

  it('names each rule a CA breaks with its params: key, algorithm, critical extensions, EKU', async () => {
    const ca = await sha1Ca(
      [
        extension('1.2.3.4', Uint8Array.of(0x05, 0x00), true), // an unknown extension, critical
        policiesWithQualifier('1.2.3.5'), // a qualifier certkit cannot read, in a critical extension
        extension(OIDS.extKeyUsage, derSequence(derOid(CLIENT_AUTH))),
      ],
      1024,
    );
    const own = (rules = DEFAULT_PATH_RULES) =>
      ownFindings(ca, 'intermediate', rules).filter((finding) => finding.code !== 'x509.chain.profile');
    expect(own()).toEqual([
      { code: 'x509.chain.weak-key', params: { key: 'RSA 1024' } },
      { code: 'x509.chain.weak-signature', params: { algorithm: 'RSA-SHA1' } },
      { code: 'x509.chain.critical-extension', params: { oid: '1.2.3.4' } },
      { code: 'x509.chain.critical-extension', params: { oid: '2.5.29.32' } },
      {
        code: 'x509.chain.extended-key-usage',
        params: { usages: [CLIENT_AUTH], purpose: 'serverAuth', problem: 'eku-lacks-purpose' },
      },
    ]);
    // what is remembered is frozen through, its lists included
    const eku = own().at(-1);
    expect(Object.isFrozen(eku?.code === 'x509.chain.extended-key-usage' ? eku.params.usages : undefined)).toBe(true);
    // for any purpose the EKU says nothing; for client auth it is what a CA needs
    const codes = (rules: Parameters<typeof resolvePathRules>[0]) =>
      own(resolvePathRules(rules)).map((finding) => finding.code);
    expect(codes({ purpose: 'any' })).not.toContain('x509.chain.extended-key-usage');
    expect(codes({ purpose: 'clientAuth', strictEku: true })).not.toContain('x509.chain.extended-key-usage');
    // an anchor without anchorConstraints binds by nothing it asserts
    const anchor = ownFindings(ca, 'anchor', resolvePathRules({ anchorConstraints: false })).map(
      (finding) => finding.code,
    );
    expect(anchor).toEqual(['x509.chain.weak-key']);
  });

  it.each([
    ['a CPS pointer', CPS],
    ['a user notice', '1.3.6.1.5.5.7.2.2'],
  ])("takes RFC 5280's own policy qualifiers in a critical certificatePolicies: %s", async (_kind, qualifier) => {
    const ca = await sha1Ca([policiesWithQualifier(qualifier)]);
    const codes = ownFindings(ca, 'intermediate', resolvePathRules({ algorithms: { allowSha1: true } })).map(
      (finding) => finding.code,
    );
    expect(codes).not.toContain('x509.chain.critical-extension');
  });

  it('keeps what it remembers read-only, and judges a leaf afresh each time', async () => {
    const ca = await sha1Ca();
    const findings = ownFindings(ca, 'intermediate', DEFAULT_PATH_RULES);
    expect(Object.isFrozen(findings)).toBe(true);
    expect(findings.every((finding) => Object.isFrozen(finding) && Object.isFrozen(finding.params))).toBe(true);
    const leaf = await readCertificate(derOf(leafPem), createSignatureVerifier(crypto));
    const first = ownFindings(leaf, 'leaf', DEFAULT_PATH_RULES);
    expect(ownFindings(leaf, 'leaf', DEFAULT_PATH_RULES)).not.toBe(first);
    expect(ownFindings(leaf, 'leaf', DEFAULT_PATH_RULES)).toEqual(first);
  });
});
