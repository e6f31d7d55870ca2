import { describe, expect, it } from 'vitest';
import { derSequence, derTlv } from '../../src/x509/der/writer.js';
import { ariCertId } from '../../src/x509/index.js';
import leafPem from '../fixtures/pki/leaf.pem?raw';
import selfSignedPem from '../fixtures/pki/self-signed.pem?raw';
import {
  certificateDer,
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

/** A certificate (signature not checked here) with this serial INTEGER content and AKI keyIdentifier. */
async function certificateWith(serial: Uint8Array, keyId: Uint8Array | undefined): Promise<Uint8Array> {
  const { publicKey } = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
    'sign',
  ])) as CryptoKeyPair;
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', publicKey));
  const extensions = keyId === undefined ? [] : [extension(OIDS.authorityKeyId, derSequence(derTlv(0x80, keyId)))];
  const tbs = derSequence(
    ...tbsFields({
      version: V3(),
      serial: derTlv(0x02, serial),
      signature: ecdsaSha256(),
      issuer: simpleName({ CN: 'ARI test CA' }),
      validity: validity('260101000000Z', '260401000000Z'),
      subject: simpleName({ CN: 'ari.example' }),
      spki,
      extensions: extensionsField(extensions.length > 0 ? extensions : [extension('2.5.29.19', derSequence())]),
    }),
  );
  return certificateDer(tbs, ecdsaSha256(), Uint8Array.of(0x30, 0x06, 0x02, 0x01, 0x01, 0x02, 0x01, 0x01));
}

describe('ariCertId (RFC 9773 §4.1, STD-09)', () => {
  it("gives RFC 9773's example CertID: keyIdentifier 69:88:5B:…, serial 00:87:65:43:21 with its zero byte", async () => {
    const keyId = Uint8Array.of(
      0x69,
      0x88,
      0x5b,
      0x6b,
      0x87,
      0x46,
      0x40,
      0x41,
      0xe1,
      0xb3,
      0x7b,
      0x84,
      0x7b,
      0xa0,
      0xae,
      0x2c,
      0xde,
      0x01,
      0xc8,
      0xd4,
    );
    const der = await certificateWith(Uint8Array.of(0x00, 0x87, 0x65, 0x43, 0x21), keyId);
    expect(ariCertId(der)).toBe('aYhba4dGQEHhs3uEe6CuLN4ByNQ.AIdlQyE');
    // a serial without a sign byte stays as it is
    expect(ariCertId(await certificateWith(Uint8Array.of(0x12, 0x34), keyId))).toBe('aYhba4dGQEHhs3uEe6CuLN4ByNQ.EjQ');
  });

  it('reads PEM from the test PKI, and refuses a certificate without an Authority Key Identifier', async () => {
    expect(ariCertId(leafPem)).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    const withoutAki = await certificateWith(Uint8Array.of(0x01), undefined);
    expect(await codeOf(Promise.resolve().then(() => ariCertId(withoutAki)))).toBe('x509.ari.no-key-id');
    expect(await codeOf(Promise.resolve().then(() => ariCertId('not a certificate')))).toMatch(/^x509\.pem\./);
    expect(await codeOf(Promise.resolve().then(() => ariCertId(`${leafPem}${selfSignedPem}`)))).toBe(
      'x509.pem.multiple',
    );
  });
});
