import { describe, expect, it } from 'vitest';
import { readAlgorithm } from '../../src/x509/certificate/decode.js';
import { type DecodedExtensions, EXTENSION_DECODERS, extensionOid } from '../../src/x509/certificate/extensions.js';
import { readAny, readRoot } from '../../src/x509/der/reader.js';
import { derOid, derSequence, derTlv } from '../../src/x509/der/writer.js';
import { decodeName } from '../../src/x509/names/distinguished-name.js';
import { name } from './cert-builder.js';

/**
 * The laxness issue 16 lists, each refused as malformed DER (OpenSSL refuses or Chromium does;
 * stricter than OpenSSL is fine, looser never).
 */
const CN = '2.5.4.3';
const C = '2.5.4.6';
const readName = (der: Uint8Array) => decodeName(readRoot(der, 'name'), 'name');
const decode = (extension: string, value: Uint8Array) => {
  const into: DecodedExtensions = { other: [] };
  (EXTENSION_DECODERS[extensionOid(extension)] as (typeof EXTENSION_DECODERS)[string]).decode(
    readRoot(value, extension),
    into,
    { strictDefaults: true },
  );
  return into;
};
const integer = (...bytes: number[]) => derTlv(0x02, Uint8Array.from(bytes));

describe('names: string types as their alphabets allow', () => {
  it('refuses a common name that is an OCTET STRING, and keeps an unknown attribute’s as hex', () => {
    const octets = derSequence(derTlv(0x31, derSequence(derOid(CN), derTlv(0x04, Uint8Array.of(0x0a, 0x0b)))));
    expect(() => readName(octets)).toThrow('malformed DER');
    const unknown = derSequence(derTlv(0x31, derSequence(derOid('1.2.3.4'), derTlv(0x04, Uint8Array.of(0x0a)))));
    expect(readName(unknown).attributes[0]?.value).toBe('#04010a');
  });

  it('refuses a PrintableString outside its alphabet, an IA5String above 0x7F, a BMPString with a lone surrogate', () => {
    expect(() => readName(name([[C, 'U@', 0x13]]))).toThrow('malformed DER');
    expect(readName(name([[CN, 'AT&T (Test) CA*', 0x13]])).attributes[0]?.value).toBe('AT&T (Test) CA*');
    const ia5 = derSequence(derTlv(0x31, derSequence(derOid(CN), derTlv(0x16, Uint8Array.of(0x61, 0xe9)))));
    expect(() => readName(ia5)).toThrow('malformed DER');
    const lone = derSequence(
      derTlv(0x31, derSequence(derOid(CN), derTlv(0x1e, Uint8Array.of(0xd8, 0x00, 0x00, 0x41)))),
    );
    expect(() => readName(lone)).toThrow('malformed DER');
    const pair = derSequence(
      derTlv(0x31, derSequence(derOid(CN), derTlv(0x1e, Uint8Array.of(0xd8, 0x3d, 0xde, 0x00)))),
    );
    expect(readName(pair).attributes[0]?.value).toBe('😀');
  });
});

describe('extensions read whole', () => {
  it('refuses pathLenConstraint above 255 and keeps 255', () => {
    const ca = (...length: number[]) => derSequence(Uint8Array.of(0x01, 0x01, 0xff), integer(...length));
    expect(decode('basicConstraints', ca(0x00, 0xff)).basicConstraints).toEqual({ ca: true, pathLength: 255 });
    expect(() => decode('basicConstraints', ca(0x01, 0x00))).toThrow('malformed DER');
  });

  it('refuses a keyUsage with no bit set', () => {
    expect(() => decode('keyUsage', Uint8Array.of(0x03, 0x01, 0x00))).toThrow('malformed DER');
    expect(decode('keyUsage', Uint8Array.of(0x03, 0x02, 0x07, 0x80)).keyUsage).toEqual(['digitalSignature']);
  });

  it('refuses an empty policyConstraints, reads its skip counts', () => {
    expect(() => decode('policyConstraints', derSequence())).toThrow('malformed DER');
    const both = derSequence(derTlv(0x80, Uint8Array.of(0)), derTlv(0x81, Uint8Array.of(2)));
    expect(decode('policyConstraints', both).policyConstraints).toEqual({
      requireExplicitPolicy: 0,
      inhibitPolicyMapping: 2,
    });
    const reversed = derSequence(derTlv(0x81, Uint8Array.of(2)), derTlv(0x80, Uint8Array.of(0)));
    expect(() => decode('policyConstraints', reversed)).toThrow('malformed DER');
  });

  it('refuses a policy OID twice in certificatePolicies, and an empty qualifier list', () => {
    const policy = (oid: string, ...rest: Uint8Array[]) => derSequence(derOid(oid), ...rest);
    expect(decode('certificatePolicies', derSequence(policy('2.23.140.1.2.1'))).certificatePolicies).toEqual([
      { policy: '2.23.140.1.2.1', qualifiers: [] },
    ]);
    expect(() => decode('certificatePolicies', derSequence(policy('1.2.3'), policy('1.2.3')))).toThrow('malformed DER');
    expect(() => decode('certificatePolicies', derSequence(policy('1.2.3', derSequence())))).toThrow('malformed DER');
  });

  it('reads policyMappings pairs and inhibitAnyPolicy', () => {
    const mapping = derSequence(derSequence(derOid('1.2.3'), derOid('1.2.4')));
    expect(decode('policyMappings', mapping).policyMappings).toEqual([
      { issuerDomainPolicy: '1.2.3', subjectDomainPolicy: '1.2.4' },
    ]);
    expect(decode('inhibitAnyPolicy', integer(0x01)).inhibitAnyPolicy).toBe(1);
    expect(() => decode('inhibitAnyPolicy', integer(0xff))).toThrow('malformed DER');
  });
});

describe('DER forms and ANY values (found by the OpenSSL differential fuzz test)', () => {
  it('refuses a universal type in the constructed form but SEQUENCE and SET', () => {
    // a constructed NULL as signature parameters: OpenSSL cannot read the certificate
    expect(() => readRoot(Uint8Array.of(0x25, 0x00), 'x')).toThrow('malformed DER');
    for (const tag of [0x21, 0x22, 0x23, 0x24, 0x26, 0x2c, 0x33, 0x36])
      expect(() => readRoot(Uint8Array.of(tag, 0x00), 'x')).toThrow('malformed DER');
    expect(readRoot(Uint8Array.of(0x30, 0x00), 'x').tag).toBe(0x30);
    expect(readRoot(Uint8Array.of(0xa0, 0x00), 'x').tag).toBe(0xa0);
  });

  it('reads algorithm parameters whole: an empty OID inside is malformed', () => {
    const sha256Rsa = derOid('1.2.840.113549.1.1.11');
    expect(() => readAlgorithm(readRoot(derSequence(sha256Rsa, Uint8Array.of(0x06, 0x00)), 'a'))).toThrow(
      'malformed DER',
    );
    expect(() => readAny(readRoot(derSequence(Uint8Array.of(0x01, 0x02, 0x00, 0x00)), 'a'), 'a')).toThrow(
      'malformed DER',
    );
    expect(readAlgorithm(readRoot(derSequence(sha256Rsa, Uint8Array.of(0x05, 0x00)), 'a'))).toEqual({
      oid: '1.2.840.113549.1.1.11',
    });
    const pss = derSequence(derTlv(0xa0, derSequence(derOid('2.16.840.1.101.3.4.2.1'))));
    expect(readAlgorithm(readRoot(derSequence(derOid('1.2.840.113549.1.1.10'), pss), 'a')).parameters).toEqual(pss);
  });
});
