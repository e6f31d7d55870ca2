import {
  derBitString,
  derOctetString,
  derOid,
  derSequence,
  derSet,
  derString,
  derTlv,
} from '../../src/x509/der/writer.js';

/**
 * A small X.509 writer for tests: a certificate is a list of encoded TBSCertificate fields, so a
 * test can insert, drop, repeat or replace any of them before signing — the DER anomalies a strict
 * reader must refuse. Pure: the caller signs (node:crypto in Node, nothing in the browser tests,
 * where decoding fails before any signature matters).
 */

export const OIDS = {
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37',
  subjectAltName: '2.5.29.17',
  subjectKeyId: '2.5.29.14',
  authorityKeyId: '2.5.29.35',
  nameConstraints: '2.5.29.30',
  serverAuth: '1.3.6.1.5.5.7.3.1',
  O: '2.5.4.10',
  OU: '2.5.4.11',
  CN: '2.5.4.3',
  emailAddress: '1.2.840.113549.1.9.1',
} as const;

const PRINTABLE = 0x13;
const UTF8 = 0x0c;
const IA5 = 0x16;

/** One attribute of a name: `[oid, value]`, encoded as UTF8String unless `tag` says otherwise. */
export type Attribute = readonly [oid: string, value: string, tag?: number];

/** A Name from RDNs, each a list of attributes (several make a multi-valued RDN). */
export function name(...rdns: readonly (readonly Attribute[])[]): Uint8Array {
  return derSequence(
    ...rdns.map((rdn) =>
      derSet(...rdn.map(([oid, value, tag]) => derSequence(derOid(oid), derString(tag ?? UTF8, value)))),
    ),
  );
}

/** `O=…, CN=…`, one attribute per RDN, the ordinary way (PrintableString where it fits, e-mail as IA5String). */
export function simpleName(attributes: Partial<Record<'O' | 'OU' | 'CN' | 'emailAddress', string>>): Uint8Array {
  return name(
    ...Object.entries(attributes).map(([key, value]): Attribute[] => [
      [
        OIDS[key as keyof typeof OIDS],
        value,
        key === 'emailAddress' ? IA5 : /^[\w .-]*$/.test(value) ? PRINTABLE : UTF8,
      ],
    ]),
  );
}

export const ecdsaSha256 = () => derSequence(derOid(OIDS.ecdsaWithSha256));

/** `Extension ::= SEQUENCE { extnID, critical BOOLEAN DEFAULT FALSE, extnValue OCTET STRING }`. */
export function extension(oid: string, value: Uint8Array, critical = false): Uint8Array {
  return critical
    ? derSequence(derOid(oid), Uint8Array.of(0x01, 0x01, 0xff), derOctetString(value))
    : derSequence(derOid(oid), derOctetString(value));
}

export const utcTime = (text: string) => derString(0x17, text);
export const dnsName = (value: string) => derTlv(0x82, new TextEncoder().encode(value));
export const rfc822Name = (value: string) => derTlv(0x81, new TextEncoder().encode(value));

/** The fields of a v3 TBSCertificate, in order, each already encoded. */
export interface TbsParts {
  version: Uint8Array;
  serial: Uint8Array;
  signature: Uint8Array;
  issuer: Uint8Array;
  validity: Uint8Array;
  subject: Uint8Array;
  spki: Uint8Array;
  extensions: Uint8Array;
}

/** `[3] EXPLICIT Extensions`. */
export const extensionsField = (list: readonly Uint8Array[]) => derTlv(0xa3, derSequence(...list));

/** The default field list of a v3 certificate. */
export function tbsFields(parts: TbsParts): Uint8Array[] {
  return [
    parts.version,
    parts.serial,
    parts.signature,
    parts.issuer,
    parts.validity,
    parts.subject,
    parts.spki,
    parts.extensions,
  ];
}

/** `Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signatureValue BIT STRING }`. */
export function certificateDer(tbs: Uint8Array, algorithm: Uint8Array, signature: Uint8Array): Uint8Array {
  return derSequence(tbs, algorithm, derBitString(signature));
}

export const V3 = () => derTlv(0xa0, Uint8Array.of(0x02, 0x01, 0x02));
export const validity = (from: string, to: string) => derSequence(utcTime(from), utcTime(to));
