import { createHash, generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derOctetString, derSequence } from '../../src/x509/der/writer.js';
import { type CtLogList, checkCtPolicy } from '../../src/x509/index.js';
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

/**
 * STD-08 on certificates made here: a CA, three CT logs of two operators (P-256 keys), and leaves
 * whose embedded SCTs the logs sign over the precertificate exactly as RFC 6962 §3.2 has it (the
 * TBS without the SCT list, the issuer's key hash). Chrome's policy: 2 SCTs up to 180 days, 3
 * above, from 2 operators at least.
 */
const SCT_OID = '1.3.6.1.4.1.11129.2.4.2';
const key = () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { privateKey, spki: new Uint8Array(publicKey.export({ type: 'spki', format: 'der' })) };
};
const ca = key();
const leafKey = key();
const logs = { a1: key(), a2: key(), b1: key() };
const logId = (spki: Uint8Array) => new Uint8Array(createHash('sha256').update(spki).digest());
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const CA_NAME = simpleName({ O: 'certkit ct', CN: 'CT Test CA' });

const logList = (retiredB1?: string): CtLogList => ({
  operators: [
    {
      name: 'Operator A',
      logs: [
        {
          log_id: base64(logId(logs.a1.spki)),
          key: base64(logs.a1.spki),
          state: { usable: { timestamp: '2024-01-01T00:00:00Z' } },
        },
        {
          log_id: base64(logId(logs.a2.spki)),
          key: base64(logs.a2.spki),
          state: { readonly: { timestamp: '2024-01-01T00:00:00Z' } },
        },
      ],
    },
    {
      name: 'Operator B',
      logs: [
        {
          log_id: base64(logId(logs.b1.spki)),
          key: base64(logs.b1.spki),
          state:
            retiredB1 === undefined
              ? { qualified: { timestamp: '2024-01-01T00:00:00Z' } }
              : { retired: { timestamp: retiredB1 } },
        },
      ],
    },
  ],
});

const u = (value: number, width: number) =>
  Uint8Array.from({ length: width }, (_, index) => Number((BigInt(value) >> BigInt(8 * (width - 1 - index))) & 0xffn));
const cat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((part) => [...part]));

/** One v1 SCT by `log` over the precertificate TBS. */
function sct(
  log: { privateKey: KeyObject; spki: Uint8Array },
  precertTbs: Uint8Array,
  time: number,
  tamper = false,
): Uint8Array {
  const signed = cat(
    Uint8Array.of(0, 0),
    u(time, 8),
    Uint8Array.of(0, 1),
    logId(ca.spki),
    u(precertTbs.length, 3),
    precertTbs,
    u(0, 2),
  );
  const signature = new Uint8Array(sign('sha256', signed, log.privateKey));
  if (tamper) signature[signature.length - 1] = (signature[signature.length - 1] as number) ^ 1;
  const body = cat(
    Uint8Array.of(0),
    logId(log.spki),
    u(time, 8),
    u(0, 2),
    Uint8Array.of(4, 3),
    u(signature.length, 2),
    signature,
  );
  return cat(u(body.length, 2), body);
}

/** A leaf valid `days` days with SCTs from `from`, signed by the CA. */
function leaf(
  days: number,
  from: (keyof typeof logs)[],
  options: { tamper?: boolean; time?: number } = {},
): Uint8Array {
  const notBefore = Date.UTC(2026, 10, 1);
  const stamp = (time: number) => new Date(time).toISOString().replace(/[-:T]/g, '').slice(2, 14).concat('Z');
  const base = [
    extension(OIDS.subjectAltName, derSequence(dnsName('www.example.com'))),
    extension(OIDS.keyUsage, Uint8Array.of(0x03, 0x02, 0x07, 0x80), true),
  ];
  const fields = (extensions: Uint8Array[]) =>
    tbsFields({
      version: V3(),
      serial: Uint8Array.of(0x02, 0x01, 0x07),
      signature: ecdsaSha256(),
      issuer: CA_NAME,
      validity: validity(stamp(notBefore), stamp(notBefore + days * 86_400_000)),
      subject: simpleName({ CN: 'www.example.com' }),
      spki: leafKey.spki,
      extensions: extensionsField(extensions),
    });
  const precert = derSequence(...fields(base));
  const time = options.time ?? notBefore;
  const list = cat(
    ...from.map((name, index) => sct(logs[name], precert, time + index, options.tamper === true && index === 0)),
  );
  const sctExtension = extension(SCT_OID, derOctetString(cat(u(list.length, 2), list)));
  const tbs = derSequence(...fields([...base, sctExtension]));
  return certificateDer(tbs, ecdsaSha256(), new Uint8Array(sign('sha256', tbs, ca.privateKey)));
}

const caDer = certificateDer(
  derSequence(
    ...tbsFields({
      version: V3(),
      serial: Uint8Array.of(0x02, 0x01, 0x01),
      signature: ecdsaSha256(),
      issuer: CA_NAME,
      validity: validity('250101000000Z', '350101000000Z'),
      subject: CA_NAME,
      spki: ca.spki,
      extensions: extensionsField([
        extension(OIDS.basicConstraints, derSequence(Uint8Array.of(0x01, 0x01, 0xff)), true),
      ]),
    }),
  ),
  ecdsaSha256(),
  new Uint8Array(),
);

describe('checkCtPolicy on a real certificate', () => {
  it('verifies the Sectigo Tiger 2026h1 SCT embedded in the certificate of google.com (x509-limbo online::google.com)', async () => {
    const limbo = JSON.parse(readFileSync(new URL('../fixtures/limbo/limbo.json', import.meta.url), 'utf8')) as {
      testcases: { id: string; peer_certificate: string; untrusted_intermediates: string[] }[];
    };
    const google = limbo.testcases.find((testcase) => testcase.id === 'online::google.com');
    // the log's entry as Chrome's log_list.json publishes it (public data)
    const tiger = {
      log_id: 'FoMtq/CpJQ8P8DqlRf/Iv8gj0IdL9gQpJ/jnHzMT9fo=',
      key: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE73eDJyszDbzsWcgI0nbtU0+y11gQWjNjS/RSO5P4hOSFE+pPrDCtfNPHe6dq7/XQYwOFt9Feb8TwQW+mqXN5xg==',
      state: { qualified: { timestamp: '2025-07-09T13:00:00Z' } },
    };
    const verdict = await checkCtPolicy(google?.peer_certificate as string, {
      logList: { operators: [{ name: 'Sectigo', logs: [tiger] }] },
      issuer: google?.untrusted_intermediates[0] as string,
    });
    expect(verdict.scts.map((sct) => sct.status)).toEqual(['valid', 'unknown-log']);
    expect(verdict).toMatchObject({ allowed: false, valid: 1, required: 2 }); // the other log is not in this list
  });
});

describe('checkCtPolicy (STD-08, Chrome CT policy)', () => {
  it('takes 2 SCTs from 2 operators for a 90-day certificate, and wants 3 for a 365-day one', async () => {
    const short = await checkCtPolicy(leaf(90, ['a1', 'b1']), { logList: logList(), issuer: caDer });
    expect(short).toMatchObject({ allowed: true, required: 2, valid: 2, operators: 2 });
    expect(short.scts.map((verdict) => [verdict.operator, verdict.status])).toEqual([
      ['Operator A', 'valid'],
      ['Operator B', 'valid'],
    ]);
    const long = await checkCtPolicy(leaf(365, ['a1', 'b1']), { logList: logList(), issuer: caDer });
    expect(long).toMatchObject({ allowed: false, required: 3, valid: 2 });
    expect(long.issues[0]).toMatchObject({ code: 'x509.ct.not-compliant', rule: 'STD-08' });
    expect((await checkCtPolicy(leaf(365, ['a1', 'a2', 'b1']), { logList: logList(), issuer: caDer })).allowed).toBe(
      true,
    );
  });

  it('refuses SCTs all from one operator, a forged signature, an unknown log, another issuer', async () => {
    expect(await checkCtPolicy(leaf(90, ['a1', 'a2']), { logList: logList(), issuer: caDer })).toMatchObject({
      allowed: false,
      valid: 2,
      operators: 1,
    });
    const forged = await checkCtPolicy(leaf(90, ['a1', 'b1'], { tamper: true }), { logList: logList(), issuer: caDer });
    expect(forged.scts.map((verdict) => verdict.status)).toEqual(['bad-signature', 'valid']);
    expect(forged.allowed).toBe(false);
    const partial = { operators: [logList().operators[0] as CtLogList['operators'][number]] };
    const unknown = await checkCtPolicy(leaf(90, ['a1', 'b1']), { logList: partial, issuer: caDer });
    expect(unknown.scts[1]?.status).toBe('unknown-log');
    // the issuer key hash is signed: another issuer's key breaks every SCT
    const other = key();
    const otherCa = caDer.slice();
    otherCa.set(other.spki, Buffer.from(otherCa).indexOf(Buffer.from(ca.spki)));
    expect((await checkCtPolicy(leaf(90, ['a1', 'b1']), { logList: logList(), issuer: otherCa })).valid).toBe(0);
  });

  it('counts a retired log’s SCT only when made before it retired, and refuses a certificate without SCTs', async () => {
    const made = Date.UTC(2026, 10, 1);
    const before = await checkCtPolicy(leaf(90, ['a1', 'b1'], { time: made }), {
      logList: logList('2026-11-02T00:00:00Z'),
      issuer: caDer,
    });
    expect(before.allowed).toBe(true);
    const after = await checkCtPolicy(leaf(90, ['a1', 'b1'], { time: made }), {
      logList: logList('2026-10-01T00:00:00Z'),
      issuer: caDer,
    });
    expect(after.scts[1]?.status).toBe('log-not-usable');
    expect(after.allowed).toBe(false);
    const none = await checkCtPolicy(caDer, { logList: logList(), issuer: caDer });
    expect(none).toMatchObject({ allowed: false, valid: 0, scts: [] });
  });
});
