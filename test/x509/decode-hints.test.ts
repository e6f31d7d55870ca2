import { describe, expect, it } from 'vitest';
import { decodeCertificate, frameCertificate } from '../../src/x509/certificate/decode.js';
import ca1Pem from '../fixtures/pki/ca1.pem?raw';
import leafPem from '../fixtures/pki/leaf.pem?raw';
import { derOf } from './der-of.js';

describe('decodeCertificate with hints (issue 22)', () => {
  const der = derOf(leafPem);
  const caDer = derOf(ca1Pem);

  it('decodes from the frame and the known issuer name to the same certificate as without them', () => {
    const caSubject = decodeCertificate(caDer).subject;
    const hinted = decodeCertificate(der, { frame: frameCertificate(der), issuerName: caSubject });
    expect(hinted.issuer).toBe(caSubject); // the leaf's issuer is the CA's subject, byte for byte
    const { issuer, ...rest } = decodeCertificate(der);
    const { issuer: hintedIssuer, ...hintedRest } = hinted;
    expect(hintedRest).toEqual(rest);
    expect({ ...hintedIssuer, der: [...hintedIssuer.der] }).toEqual({ ...issuer, der: [...issuer.der] });
  });

  it("ignores a frame and a name of other bytes: the certificate's own fields are read", () => {
    const plain = decodeCertificate(der);
    const otherName = decodeCertificate(der).subject; // the leaf's subject is not its issuer
    const hinted = decodeCertificate(der, { frame: frameCertificate(caDer), issuerName: otherName });
    expect(hinted).toEqual(plain);
    expect(hinted.issuer.text).toBe('O=certkit, CN=certkit Test CA 1');
  });
});
