import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/index.js';
import { derNull, derOid, derSequence, derTlv } from '../../src/x509/der/writer.js';
import { checkIssuanceStandards } from '../../src/x509/index.js';
import {
  certificateDer,
  dnsName,
  ecdsaSha256,
  extension,
  extensionsField,
  OIDS,
  simpleName,
  tbsFields,
  V3,
  validity,
} from './cert-builder.js';
import { codeOf } from './code-of.js';

/** STD-07 and STD-11 on certificates, at the day before and the day of each change. */

const SHA1_RSA = () => derSequence(derOid('1.2.840.113549.1.1.5'), derNull());
const ECDSA_SHA1 = () => derSequence(derOid('1.2.840.10045.4.1'));
/** RSASSA-PSS with SHA-1 spelled out: hashAlgorithm [0] sha1. */
const PSS_SHA1 = () =>
  derSequence(derOid('1.2.840.113549.1.1.10'), derSequence(derTlv(0xa0, derSequence(derOid('1.3.14.3.2.26')))));
const CLIENT_AUTH = '1.3.6.1.5.5.7.3.2';
const ANY_EKU = '2.5.29.37.0';

let spki: Uint8Array | undefined;
async function publicKey(): Promise<Uint8Array> {
  if (spki === undefined) {
    const pair = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
      'sign',
    ])) as CryptoKeyPair;
    spki = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey));
  }
  return spki;
}

interface Shape {
  /** `YYMMDD`: issued at 00:00:00 UTC that day. */
  readonly issued: string;
  readonly role?: 'subscriber' | 'subordinate' | 'root';
  readonly eku?: readonly string[];
  readonly algorithm?: () => Uint8Array;
  /** Leave basicConstraints out (a subscriber certificate may). */
  readonly noBasicConstraints?: boolean;
}

/** A certificate of this shape (its signature is not checked here). */
async function certificate(shape: Shape): Promise<Uint8Array> {
  const { issued, role = 'subscriber', eku, algorithm = ecdsaSha256 } = shape;
  const subject = simpleName({ CN: role === 'subscriber' ? 'www.example.com' : `${role} CA` });
  const basicConstraints = role === 'subscriber' ? derSequence() : derSequence(Uint8Array.of(0x01, 0x01, 0xff));
  const extensions = [
    extension(OIDS.subjectAltName, derSequence(dnsName('www.example.com'))), // never an empty extension list
    ...(shape.noBasicConstraints === true ? [] : [extension(OIDS.basicConstraints, basicConstraints, true)]),
    ...(eku === undefined ? [] : [extension(OIDS.extKeyUsage, derSequence(...eku.map((oid) => derOid(oid))))]),
  ];
  const tbs = derSequence(
    ...tbsFields({
      version: V3(),
      serial: derTlv(0x02, Uint8Array.of(0x01)),
      signature: algorithm(),
      issuer: role === 'root' ? subject : simpleName({ CN: 'Issuing CA' }),
      validity: validity(`${issued}000000Z`, '300101000000Z'),
      subject,
      spki: await publicKey(),
      extensions: extensionsField(extensions),
    }),
  );
  return certificateDer(tbs, algorithm(), Uint8Array.of(0x30, 0x06, 0x02, 0x01, 0x01, 0x02, 0x01, 0x01));
}

const codes = async (shape: Shape) =>
  checkIssuanceStandards(await certificate(shape)).issues.map((issue) => issue.code);

describe('STD-07: serverAuth as the only EKU (Chrome Root Program v1.8)', () => {
  it('subscriber certificates: from 2027-03-15, not the day before', async () => {
    for (const eku of [[OIDS.serverAuth, CLIENT_AUTH], [ANY_EKU], [CLIENT_AUTH]]) {
      expect(await codes({ issued: '270314', eku })).toEqual([]);
      expect(await codes({ issued: '270315', eku })).toEqual(['x509.standards.eku']);
    }
    // no EKU at all, and no basicConstraints either: still a subscriber certificate
    const bare = checkIssuanceStandards(await certificate({ issued: '270315', noBasicConstraints: true }));
    expect(bare).toMatchObject({
      role: 'subscriber',
      issues: [{ code: 'x509.standards.eku', params: { extendedKeyUsage: [] } }],
    });
    expect(await codes({ issued: '270315', eku: [OIDS.serverAuth] })).toEqual([]);
  });

  it('subordinate CAs: from 2026-06-15, not the day before; roots are not held to it', async () => {
    expect(await codes({ issued: '260614', role: 'subordinate' })).toEqual([]);
    expect(await codes({ issued: '260615', role: 'subordinate' })).toEqual(['x509.standards.eku']);
    expect(await codes({ issued: '260615', role: 'subordinate', eku: [OIDS.serverAuth] })).toEqual([]);
    expect(checkIssuanceStandards(await certificate({ issued: '270315', role: 'root' }))).toMatchObject({
      role: 'root',
      issues: [],
    });
    expect(checkIssuanceStandards(await certificate({ issued: '260614', role: 'subordinate' })).role).toBe(
      'subordinate',
    );
  });

  it('names the role, the date and what the certificate carries', async () => {
    const result = checkIssuanceStandards(await certificate({ issued: '270401', eku: [OIDS.serverAuth, CLIENT_AUTH] }));
    expect(result).toMatchObject({
      ok: false,
      role: 'subscriber',
      issuedAt: '2027-04-01T00:00:00.000Z',
      issues: [
        {
          code: 'x509.standards.eku',
          rule: 'STD-07',
          params: { role: 'subscriber', extendedKeyUsage: ['serverAuth', 'clientAuth'], since: '2027-03-15' },
        },
      ],
    });
  });
});

describe('STD-11: no SHA-1 signatures from 2026-09-15 (SC-097)', () => {
  it.each([
    ['RSA-SHA1', SHA1_RSA],
    ['ECDSA-SHA1', ECDSA_SHA1],
    ['RSA-PSS (SHA-1)', PSS_SHA1],
  ])('%s: refused from 2026-09-15, not the day before', async (name, algorithm) => {
    const eku = [OIDS.serverAuth];
    expect(await codes({ issued: '260914', eku, algorithm })).toEqual([]);
    const result = checkIssuanceStandards(await certificate({ issued: '260915', eku, algorithm }));
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'x509.standards.sha1',
        rule: 'STD-11',
        params: { algorithm: name, since: '2026-09-15' },
      }),
    ]);
    // roots too: the rule is about every certificate
    expect(await codes({ issued: '260915', role: 'root', algorithm })).toEqual(['x509.standards.sha1']);
  });

  it('a SHA-256 certificate issued today passes both rules', async () => {
    expect(checkIssuanceStandards(await certificate({ issued: '261207', eku: [OIDS.serverAuth] }))).toMatchObject({
      ok: true,
      issues: [],
    });
  });
});

describe('checkIssuanceStandards input', () => {
  it('takes the dates from the policy, and refuses what is not one certificate', async () => {
    const later = definePolicy({ standards: { sha1RefusedFrom: '2030-01-01' } } as never, 'standards');
    const der = await certificate({ issued: '261001', eku: [OIDS.serverAuth], algorithm: SHA1_RSA });
    expect(checkIssuanceStandards(der, { policy: later }).ok).toBe(true);
    expect(await codeOf(Promise.resolve().then(() => checkIssuanceStandards('not a certificate')))).toMatch(
      /^x509\.pem\./,
    );
  });
});
