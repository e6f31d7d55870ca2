import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DecodedCertificate } from '../../src/x509/certificate/decode.js';
import { signatureWeakness } from '../../src/x509/chain/algorithms.js';
import { DEFAULT_PATH_RULES, type KeyPurpose, resolvePathRules } from '../../src/x509/chain/path-rules.js';
import {
  leafKeyUsageProblem,
  purposeProblem,
  strictLeafIsCa,
  webPkiLeafEkuProblem,
} from '../../src/x509/chain/purpose.js';
import { serialText } from '../../src/x509/der/encoding.js';
import { derOid, derSequence, derTlv } from '../../src/x509/der/writer.js';

const SERVER_AUTH = '1.3.6.1.5.5.7.3.1';
const CLIENT_AUTH = '1.3.6.1.5.5.7.3.2';
const ANY_EKU = '2.5.29.37.0';
const CODE_SIGNING = '1.3.6.1.5.5.7.3.3';
const EMAIL = '1.3.6.1.5.5.7.3.4';
const TIME_STAMPING = '1.3.6.1.5.5.7.3.8';
const OCSP_SIGNING = '1.3.6.1.5.5.7.3.9';
const DOCUMENT_SIGNING = '1.3.6.1.5.5.7.3.36';
const RCS_MLS = '2.23.146.2.1.3';
const PSS = '1.2.840.113549.1.1.10';
const SHA1 = '1.3.14.3.2.26';
const SHA256 = '2.16.840.1.101.3.4.2.1';
const MGF1 = '1.2.840.113549.1.1.8';

/** RSASSA-PSS-params naming `hash` for the digest and MGF1 (RFC 4055), salt 32. */
const pssParameters = (hash: string) =>
  derSequence(
    derTlv(0xa0, derSequence(derOid(hash))),
    derTlv(0xa1, derSequence(derOid(MGF1), derSequence(derOid(hash)))),
    derTlv(0xa2, Uint8Array.of(0x02, 0x01, 0x20)),
  );
const signedWith = (oid: string, parameters?: Uint8Array) =>
  ({ signatureAlgorithm: { oid, ...(parameters === undefined ? {} : { parameters }) } }) as DecodedCertificate;

describe('the algorithm floor', () => {
  it('refuses RSASSA-PSS whose parameters name SHA-1, and the RFC 4055 default (SHA-1) too', () => {
    expect(signatureWeakness(signedWith(PSS, pssParameters(SHA1)), DEFAULT_PATH_RULES)).toBe('RSA-PSS (SHA-1)');
    expect(signatureWeakness(signedWith(PSS, derSequence()), DEFAULT_PATH_RULES)).toBe('RSA-PSS (SHA-1)');
    expect(signatureWeakness(signedWith(PSS, pssParameters(SHA256)), DEFAULT_PATH_RULES)).toBeUndefined();
    expect(signatureWeakness(signedWith(PSS, pssParameters(SHA1)), { allowSha1: true })).toBeUndefined();
  });

  it('refuses SHA-1 PKCS#1 and ECDSA unless allowed, and MD5 always', () => {
    expect(signatureWeakness(signedWith('1.2.840.113549.1.1.5'), DEFAULT_PATH_RULES)).toBe('RSA-SHA1');
    expect(signatureWeakness(signedWith('1.2.840.10045.4.1'), DEFAULT_PATH_RULES)).toBe('ECDSA-SHA1');
    expect(signatureWeakness(signedWith('1.2.840.113549.1.1.5'), { allowSha1: true })).toBeUndefined();
    expect(signatureWeakness(signedWith('1.2.840.113549.1.1.4'), { allowSha1: true })).toBe('RSA-MD5');
    expect(signatureWeakness(signedWith('1.2.840.113549.1.1.11'), DEFAULT_PATH_RULES)).toBeUndefined();
  });
});

describe('EKU for the purpose', () => {
  const rules = (purpose: KeyPurpose, strictEku: boolean | 'leaf' = false) => ({
    purpose,
    strictEku,
  });

  it('reads an EKU as Chromium does: the purpose or anyExtendedKeyUsage, strictly the purpose itself', () => {
    expect(purposeProblem([SERVER_AUTH], 'leaf', rules('serverAuth'))).toBeUndefined();
    expect(purposeProblem([CLIENT_AUTH], 'leaf', rules('serverAuth'))).toBe('eku-lacks-purpose');
    expect(purposeProblem([ANY_EKU], 'leaf', rules('serverAuth'))).toBeUndefined();
    expect(purposeProblem([ANY_EKU], 'leaf', rules('serverAuth', true))).toBe('eku-lacks-purpose');
    expect(purposeProblem(undefined, 'leaf', rules('serverAuth'))).toBeUndefined();
    expect(purposeProblem(undefined, 'leaf', rules('serverAuth', true))).toBe('eku-missing');
    expect(purposeProblem(undefined, 'intermediate', rules('serverAuth', true))).toBeUndefined();
    expect(purposeProblem([SERVER_AUTH, CODE_SIGNING], 'leaf', rules('serverAuth', true))).toBe('eku-prohibited-usage');
    expect(purposeProblem([SERVER_AUTH, CODE_SIGNING], 'intermediate', rules('serverAuth', true))).toBeUndefined();
    // 'leaf': strict for the leaf only
    expect(purposeProblem([ANY_EKU], 'intermediate', rules('clientAuth', 'leaf'))).toBeUndefined();
    expect(purposeProblem([ANY_EKU], 'leaf', rules('clientAuth', 'leaf'))).toBe('eku-lacks-purpose');
  });

  it('keeps code signing, OCSP signing and time stamping out of a strict or web-PKI TLS leaf', () => {
    for (const usage of [CODE_SIGNING, OCSP_SIGNING, TIME_STAMPING]) {
      expect(purposeProblem([SERVER_AUTH, usage], 'leaf', rules('serverAuth', true))).toBe('eku-prohibited-usage');
      expect(purposeProblem([SERVER_AUTH, usage], 'leaf', rules('serverAuth'))).toBeUndefined();
      expect(webPkiLeafEkuProblem([SERVER_AUTH, usage])).toBe('leaf-prohibited-extended-key-usage');
    }
    expect(webPkiLeafEkuProblem([SERVER_AUTH, CLIENT_AUTH])).toBeUndefined();
    expect(webPkiLeafEkuProblem([SERVER_AUTH, ANY_EKU])).toBe('leaf-any-extended-key-usage');
    expect(webPkiLeafEkuProblem(undefined)).toBeUndefined();
  });

  it('refuses a CA as the leaf under strict TLS EKUs in the rfc5280 profile (the web-pki profile has its own rule)', () => {
    const ca = { decoded: { basicConstraints: { ca: true, pathLength: null } } } as DecodedCertificate;
    const endEntity = { decoded: { basicConstraints: { ca: false, pathLength: null } } } as DecodedCertificate;
    const strict = { profile: 'rfc5280', purpose: 'serverAuth', strictEku: true } as const;
    expect(strictLeafIsCa(ca, strict)).toBe(true);
    expect(strictLeafIsCa(ca, { ...strict, strictEku: 'leaf' })).toBe(true);
    expect(strictLeafIsCa(ca, { ...strict, purpose: 'clientAuth' })).toBe(true);
    expect(strictLeafIsCa(endEntity, strict)).toBe(false);
    expect(strictLeafIsCa({ decoded: {} } as DecodedCertificate, strict)).toBe(false);
    expect(strictLeafIsCa(ca, { ...strict, strictEku: false })).toBe(false);
    expect(strictLeafIsCa(ca, { ...strict, profile: 'web-pki' })).toBe(false);
    expect(strictLeafIsCa(ca, { ...strict, purpose: 'any' })).toBe(false);
    expect(strictLeafIsCa(ca, { ...strict, purpose: 'c2paManifest' })).toBe(false);
  });

  it('holds a strict client-auth intermediate to an EKU of its own, not a strict server-auth one nor an anchor', () => {
    expect(purposeProblem(undefined, 'intermediate', rules('clientAuth', true))).toBe('eku-missing');
    expect(purposeProblem(undefined, 'intermediate', rules('clientAuth', 'leaf'))).toBeUndefined();
    expect(purposeProblem(undefined, 'intermediate', rules('clientAuth'))).toBeUndefined();
    expect(purposeProblem(undefined, 'anchor', rules('clientAuth', true))).toBeUndefined();
    expect(purposeProblem([CLIENT_AUTH], 'intermediate', rules('clientAuth', true))).toBeUndefined();
    expect(purposeProblem(undefined, 'intermediate', rules('serverAuth', true))).toBeUndefined();
  });

  it('reads RCS MLS as Chromium does: rcsMlsClient the only usage of the leaf and every CA', () => {
    const mls = rules('rcsMlsClientAuth');
    expect(purposeProblem([RCS_MLS], 'leaf', mls)).toBeUndefined();
    expect(purposeProblem([RCS_MLS], 'intermediate', mls)).toBeUndefined();
    expect(purposeProblem([RCS_MLS, CLIENT_AUTH], 'leaf', mls)).toBe('eku-not-only-purpose');
    expect(purposeProblem([CLIENT_AUTH], 'intermediate', mls)).toBe('eku-not-only-purpose');
    expect(purposeProblem([ANY_EKU], 'leaf', mls)).toBe('eku-not-only-purpose');
    expect(purposeProblem(undefined, 'leaf', mls)).toBe('eku-missing');
    expect(purposeProblem(undefined, 'intermediate', mls)).toBe('eku-missing');
    expect(purposeProblem(undefined, 'anchor', mls)).toBeUndefined();
    expect(purposeProblem([SERVER_AUTH], 'anchor', mls)).toBe('eku-not-only-purpose');
    expect(leafKeyUsageProblem(['digitalSignature'], 'rcsMlsClientAuth')).toBeUndefined();
    expect(leafKeyUsageProblem(['digitalSignature', 'keyEncipherment'], 'rcsMlsClientAuth')).toBe(
      'digitalSignature-only',
    );
    expect(leafKeyUsageProblem(['keyEncipherment'], 'rcsMlsClientAuth')).toBe('digitalSignature-only');
    expect(leafKeyUsageProblem(undefined, 'rcsMlsClientAuth')).toBe('digitalSignature-only');
  });

  it('reads the C2PA purposes from the leaf alone (C2PA 2.1 §14.5.1, Chromium)', () => {
    const manifest = rules('c2paManifest');
    const timestamping = rules('c2paTimestamping');
    expect(purposeProblem([EMAIL], 'leaf', manifest)).toBeUndefined();
    expect(purposeProblem([DOCUMENT_SIGNING, SERVER_AUTH], 'leaf', manifest)).toBeUndefined();
    expect(purposeProblem([SERVER_AUTH], 'leaf', manifest)).toBe('eku-lacks-purpose');
    expect(purposeProblem(undefined, 'leaf', manifest)).toBe('eku-missing');
    for (const prohibited of [ANY_EKU, TIME_STAMPING, OCSP_SIGNING])
      expect(purposeProblem([EMAIL, prohibited], 'leaf', manifest)).toBe('eku-prohibited-usage');
    expect(purposeProblem([TIME_STAMPING, SERVER_AUTH], 'leaf', timestamping)).toBeUndefined();
    expect(purposeProblem([EMAIL], 'leaf', timestamping)).toBe('eku-lacks-purpose');
    expect(purposeProblem([TIME_STAMPING, ANY_EKU], 'leaf', timestamping)).toBe('eku-prohibited-usage');
    expect(purposeProblem(undefined, 'leaf', timestamping)).toBe('eku-missing');
    // a CA's EKU is not read for C2PA
    expect(purposeProblem([RCS_MLS], 'intermediate', manifest)).toBeUndefined();
    expect(purposeProblem(undefined, 'intermediate', timestamping)).toBeUndefined();
    expect(leafKeyUsageProblem(['digitalSignature', 'nonRepudiation'], 'c2paManifest')).toBeUndefined();
    expect(leafKeyUsageProblem(['keyEncipherment'], 'c2paManifest')).toBe('digitalSignature');
    expect(leafKeyUsageProblem(undefined, 'c2paManifest')).toBe('digitalSignature');
    expect(leafKeyUsageProblem(undefined, 'c2paTimestamping')).toBeUndefined();
    expect(leafKeyUsageProblem(undefined, 'any')).toBeUndefined();
  });

  it('asks nothing of any EKU when the purpose is any', () => {
    const usages = fc.array(fc.constantFrom(SERVER_AUTH, CLIENT_AUTH, ANY_EKU, CODE_SIGNING, '1.2.3.4'), {
      maxLength: 4,
    });
    fc.assert(
      fc.property(
        fc.option(usages, { nil: undefined }),
        fc.constantFrom(true, false, 'leaf' as const),
        (eku, strict) => {
          expect(purposeProblem(eku, 'leaf', rules('any', strict))).toBeUndefined();
        },
      ),
    );
  });

  it('never accepts strictly what it refuses leniently', () => {
    const usages = fc.array(fc.constantFrom(SERVER_AUTH, CLIENT_AUTH, ANY_EKU, CODE_SIGNING), { maxLength: 4 });
    fc.assert(
      fc.property(
        fc.option(usages, { nil: undefined }),
        fc.constantFrom('leaf' as const, 'intermediate' as const, 'anchor' as const),
        (eku, role) => {
          if (purposeProblem(eku, role, rules('serverAuth')) !== undefined)
            expect(purposeProblem(eku, role, rules('serverAuth', true))).toBeDefined();
        },
      ),
    );
  });
});

describe('resolvePathRules', () => {
  it('fills in the public web’s defaults', () => {
    expect(resolvePathRules({})).toEqual(DEFAULT_PATH_RULES);
    expect(resolvePathRules({ anchorConstraints: false })).toMatchObject({
      anchorConstraints: false,
      anchorValidity: false,
    });
    expect(resolvePathRules({ anchorConstraints: false, anchorValidity: true }).anchorValidity).toBe(true);
  });

  it('refuses a choice outside its list, naming the field', () => {
    const path = (options: object) => {
      try {
        resolvePathRules(options as never);
      } catch (error) {
        return (error as { params: { path: string } }).params.path;
      }
      return 'accepted';
    };
    expect(() => resolvePathRules({ profile: 'web' as never })).toThrow(
      expect.objectContaining({ code: 'argument.invalid' }),
    );
    expect(path({ profile: 'web' })).toBe('options.profile');
    expect(path({ purpose: 'codeSigning' })).toBe('options.purpose');
    // the RCS and C2PA purposes are not TLS: the web-pki profile cannot judge them
    expect(path({ purpose: 'c2paManifest' })).toBe('options.purpose');
    expect(path({ purpose: 'rcsMlsClientAuth', profile: 'web-pki' })).toBe('options.purpose');
    expect(path({ purpose: 'c2paTimestamping', profile: 'rfc5280' })).toBe('accepted');
    expect(path({ purpose: 'clientAuth' })).toBe('accepted');
    expect(path({ strictEku: 'yes' })).toBe('options.strictEku');
    expect(path({ algorithms: { minRsaBits: 100 } })).toBe('options.algorithms.minRsaBits');
    expect(path({ algorithms: { allowSha1: 'no' } })).toBe('options.algorithms.allowSha1');
    expect(path({ algorithms: null })).toBe('options.algorithms');
    expect(path({ policies: { initial: ['not an oid'] } })).toBe('options.policies.initial[0]');
    expect(path({ policies: { requireExplicit: 1 } })).toBe('options.policies.requireExplicit');
  });
});

describe('serial numbers as OpenSSL prints them', () => {
  it('writes a negative serial as minus its magnitude, a positive one as is', () => {
    expect(serialText('ff', true)).toBe('-01');
    expect(serialText('ff', false)).toBe('ff');
    expect(serialText('80', true)).toBe('-80');
    expect(serialText('ff00', true)).toBe('-0100');
    expect(serialText('0123', false)).toBe('0123');
  });

  it('agrees with BigInt on every negative value of up to 20 bytes', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 159n), max: -1n }), (value) => {
        // the minimal two's complement bytes of value
        let bytes = (2n ** 168n + value).toString(16).padStart(42, '0');
        while (bytes.length > 2 && bytes.startsWith('ff') && Number.parseInt(bytes.slice(2, 4), 16) >= 0x80)
          bytes = bytes.slice(2);
        const magnitude = (-value).toString(16);
        expect(serialText(bytes, true)).toBe(`-${magnitude.length % 2 === 0 ? magnitude : `0${magnitude}`}`);
      }),
    );
  });
});
