import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, definePolicy } from '../../src/policy/index.js';
import { decodeCertificate } from '../../src/x509/certificate/decode.js';
import { readCertificates } from '../../src/x509/certificate/parse.js';
import { validatePath } from '../../src/x509/chain/validate.js';
import { readPemBlocks, scanPem } from '../../src/x509/der/pem.js';
import { children, DerError, encoded, readBitString, readNode, readNull, readTime } from '../../src/x509/der/reader.js';
import { derSequence, derString, derTlv } from '../../src/x509/der/writer.js';
import { assembleChain, importPrivateKey, parseCertificate, parseCsr, readPem } from '../../src/x509/index.js';
import { createSignatureVerifier } from '../../src/x509/keys/verifier.js';
import { comparisonValue, decodeName } from '../../src/x509/names/distinguished-name.js';
import ca1 from '../fixtures/pki/ca1.pem?raw';
import leafPem from '../fixtures/pki/leaf.pem?raw';
import root from '../fixtures/pki/root.pem?raw';
import cases from '../fixtures/security/dn-collision/cases.json';
import trustStore from '../fixtures/trust-store/ca-certificates.pem?raw';
import { name, OIDS } from './cert-builder.js';
import { codeOf } from './code-of.js';

// Issue 13: the security reproducers (test/fixtures/security, see its README) as regression tests.

const collisionFiles = import.meta.glob<string>('../fixtures/security/dn-collision/*/*.pem', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const pbkdf2Files = import.meta.glob<string>('../fixtures/security/pbkdf2/*.pem', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const collision = (testCase: string, file: string) =>
  collisionFiles[`../fixtures/security/dn-collision/${testCase}/${file}.pem`] as string;

describe('distinguished-name collisions (RFC 5280 §7.1 comparison)', () => {
  it.each(cases.map((testCase) => [testCase.case, testCase] as const))('%s', async (_, testCase) => {
    const [anchorFile, ...rest] = testCase.files;
    const result = await assembleChain(rest.map((file) => collision(testCase.case, file)).reverse(), {
      trustAnchors: [collision(testCase.case, anchorFile as string)],
      now: testCase.time,
      hostname: testCase.hostname,
    });
    expect(result.ok && result.trusted, testCase.note).toBe(testCase.expect === 'SUCCESS');
  });

  it('tells apart names whose joined text is the same', () => {
    const decode = (der: Uint8Array) => decodeName(readNode(der), 'name');
    const multi = decode(
      name([
        [OIDS.O, 'a'],
        [OIDS.OU, 'b'],
      ]),
    );
    const plus = decode(name([[OIDS.O, 'a+2.5.4.11=b']]));
    const twoRdns = decode(name([[OIDS.O, 'a']], [[OIDS.OU, 'b']]));
    const slash = decode(name([[OIDS.O, 'a/2.5.4.11=b']]));
    const keys = new Set([multi.key, plus.key, twoRdns.key, slash.key]);
    expect(keys.size).toBe(4);
    // and matches what RFC 5280 says is the same name: attribute order in an RDN, case, spaces, string type
    expect(
      decode(
        name([
          [OIDS.OU, 'b'],
          [OIDS.O, 'a'],
        ]),
      ).key,
    ).toBe(multi.key);
    expect(decode(name([[OIDS.O, '  A ', 0x13]], [[OIDS.OU, 'B']])).key).toBe(twoRdns.key);
  });

  it('keys are equal exactly when the RDNs compare equal (property)', () => {
    const value = fc.stringMatching(/^[ aA/+=,"\\b1.#]{0,6}$/);
    const attribute = fc.tuple(fc.constantFrom(OIDS.O, OIDS.OU, OIDS.CN), value);
    const rdns = fc.array(fc.array(attribute, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 });
    const canonical = (list: [string, string][][]) =>
      list.map((rdn) => rdn.map(([oid, text]) => `${oid}\u0000${comparisonValue(text)}`).sort());
    fc.assert(
      fc.property(rdns, rdns, (a, b) => {
        const keyA = decodeName(readNode(name(...a)), 'name').key;
        const keyB = decodeName(readNode(name(...b)), 'name').key;
        return (keyA === keyB) === (JSON.stringify(canonical(a)) === JSON.stringify(canonical(b)));
      }),
      { numRuns: 500 },
    );
  });

  it('folds only ASCII case and spaces, as OpenSSL and Chromium do', () => {
    expect(comparisonValue('  Example   CA ')).toBe('example ca');
    expect(comparisonValue('\u212A')).toBe('\u212A'); // the Kelvin sign is not "k"
    expect(comparisonValue('İ')).toBe('İ');
    expect(comparisonValue('a\tb')).toBe('a\tb');
  });
});

describe('the DER reader reads every structure whole', () => {
  const leafDer = readPem(leafPem, ['CERTIFICATE']).der;
  /** The leaf with its TBSCertificate fields changed (the signature no longer matters: decoding must fail first). */
  const withTbs = (change: (fields: Uint8Array[]) => Uint8Array[]) => {
    const certificate = readNode(leafDer);
    const [tbs, algorithm, signature] = children(certificate).map(encoded);
    const fields = children(readNode(tbs as Uint8Array)).map(encoded);
    return derSequence(derSequence(...change(fields)), algorithm as Uint8Array, signature as Uint8Array);
  };

  it.each([
    ['a NULL after the version', (fields: Uint8Array[]) => [fields[0], Uint8Array.of(5, 0), ...fields.slice(1)]],
    ['an INTEGER after the extensions', (fields: Uint8Array[]) => [...fields, Uint8Array.of(2, 1, 1)]],
    ['a second extensions block', (fields: Uint8Array[]) => [...fields, fields[fields.length - 1]]],
    [
      'no extensions wrapper but a raw SEQUENCE',
      (fields: Uint8Array[]) => [...fields.slice(0, -1), Uint8Array.of(0x30, 0)],
    ],
    [
      'the serial and algorithm swapped',
      (fields: Uint8Array[]) => [fields[0], fields[2], fields[1], ...fields.slice(3)],
    ],
    ['an explicit v1', (fields: Uint8Array[]) => [derTlv(0xa0, Uint8Array.of(2, 1, 0)), ...fields.slice(1, -1)]],
    ['a unique identifier in v1', (fields: Uint8Array[]) => [...fields.slice(1, -1), Uint8Array.of(0x81, 1, 0)]],
  ] as const)('refuses a TBSCertificate with %s', async (_, change) => {
    const der = withTbs((fields) => change(fields) as Uint8Array[]);
    expect(() => decodeCertificate(der)).toThrow(DerError);
    expect(await codeOf(parseCertificate(der))).toBe('x509.certificate.malformed');
  });

  it('reads the unchanged leaf (the control)', () => {
    expect(decodeCertificate(withTbs((fields) => fields)).version).toBe(3);
  });

  it('refuses set unused bits in a BIT STRING and content in a NULL', () => {
    expect(() => readBitString(readNode(Uint8Array.of(3, 2, 3, 4)))).toThrow(DerError); // keyCertSign in the unused bits
    expect(() => readBitString(readNode(Uint8Array.of(3, 2, 7, 4)))).toThrow(DerError);
    expect(readBitString(readNode(Uint8Array.of(3, 2, 1, 6))).unusedBits).toBe(1);
    expect(() => readNull(readNode(Uint8Array.of(5, 1, 0)))).toThrow(DerError);
    expect(readNull(readNode(Uint8Array.of(5, 0)))).toBeNull();
  });

  it('reads GeneralizedTime years 0000–0099 as themselves, not 1900–1999', () => {
    const time = (text: string) => readTime(readNode(derString(0x18, text)));
    expect(new Date(time('00010101000000Z')).toISOString()).toBe('0001-01-01T00:00:00.000Z');
    expect(new Date(time('00991231235959Z')).getUTCFullYear()).toBe(99);
    expect(new Date(time('19991231235959Z')).getUTCFullYear()).toBe(1999);
    expect(() => time('00010229000000Z')).toThrow(DerError); // year 1 is no leap year
  });
});

describe('total on mutated DER (property)', () => {
  const leafDer = readPem(leafPem, ['CERTIFICATE']).der;
  const edit = fc.oneof(
    fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), byte: fc.constant(0) }),
  );
  const mutate = (edits: readonly { kind: 'flip' | 'insert' | 'delete'; at: number; byte: number }[]) => {
    const bytes = [...leafDer];
    for (const { kind, at, byte } of edits) {
      const index = at % bytes.length;
      if (kind === 'flip') bytes[index] = byte;
      else if (kind === 'insert') bytes.splice(index, 0, byte);
      else bytes.splice(index, 1);
    }
    return Uint8Array.from(bytes);
  };

  it('parseCertificate either reads a mutant or throws CertkitError, and never trusts a changed one', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), async (edits) => {
        const der = mutate(edits);
        const parsed = await codeOf(parseCertificate(der));
        expect(parsed === undefined || parsed.startsWith('x509.')).toBe(true);
        if (parsed !== undefined || (der.length === leafDer.length && der.every((byte, i) => byte === leafDer[i])))
          return;
        // a mutant that still parses changed its signed bytes or its signature: never a trusted chain
        const result = await assembleChain([der, ca1], { trustAnchors: [root], now: '2030-06-01T00:00:00Z' });
        expect(result.trusted).toBe(false);
      }),
      { numRuns: 150, seed: 13 },
    );
  });
});

describe('linear time on adversarial PEM', () => {
  const adversarial = {
    'BEGIN without END (the reproducer)': '-----BEGIN A-----'.repeat(58_823),
    'dashes only': '-'.repeat(999_999),
    'open markers': '-----BEGIN '.repeat(90_000),
    'long labels': `-----BEGIN ${'A'.repeat(70)}`.repeat(12_000),
    'mismatched labels': '-----BEGIN A----------END B-----'.repeat(30_000),
    'END only': '-----END A-----'.repeat(60_000),
  };

  it.each(Object.entries(adversarial))('%s: refused, in a number of steps linear in the length', (_, text) => {
    expect(text.length).toBeLessThanOrEqual(DEFAULT_LIMITS.maxInputLength);
    expect(scanPem(text).steps).toBeLessThanOrEqual(8 * text.length + 8);
    expect(() => readPem(text, ['CERTIFICATE'])).toThrow(expect.objectContaining({ code: 'x509.pem.missing' }));
  });

  it('every PEM reader refuses the reproducer', async () => {
    const text = adversarial['BEGIN without END (the reproducer)'];
    expect(await codeOf(parseCertificate(text))).toBe('x509.pem.missing');
    expect(await codeOf(parseCsr(text))).toBe('x509.pem.missing');
    expect(await codeOf(importPrivateKey(text))).toBe('x509.pem.missing');
    expect(await codeOf(assembleChain(text, { now: '2026-01-01T00:00:00Z' }))).toBe('x509.pem.missing');
  });

  it('scans any mix of marker fragments in linear steps, and finds the blocks a regex would (property)', () => {
    const piece = fc.constantFrom('-----', '-----BEGIN ', '-----END ', 'A', 'B', '-----\n', 'QUFB', '\n', ' ', '-');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 200 }), (pieces) => {
        const text = pieces.join('');
        const { blocks, steps } = scanPem(text);
        const labelled = blocks.every((block) => /^[A-Z0-9 ]+$/.test(block.label));
        return steps <= 8 * text.length + 8 && labelled;
      }),
      { numRuns: 300 },
    );
    expect(scanPem('x-----BEGIN A-----\nQUFB\n-----END A-----y-----BEGIN B-----\n-----END B-----').blocks).toEqual([
      { label: 'A', body: '\nQUFB\n' },
      { label: 'B', body: '\n' },
    ]);
  });

  it('holds every input to the policy length, DER included', () => {
    const policy = definePolicy({ id: 'tight', limits: { maxInputLength: 1000 } });
    expect(() => readPemBlocks('x'.repeat(1001), ['CERTIFICATE'], policy.limits.maxInputLength)).toThrow(
      expect.objectContaining({ code: 'x509.pem.too-large' }),
    );
    expect(() => readPemBlocks(new Uint8Array(1001), ['CERTIFICATE'], 1000)).toThrow(
      expect.objectContaining({ code: 'x509.pem.too-large' }),
    );
  });
});

describe('work bounded by policy: PBKDF2 iterations', () => {
  const key = (count: number) => pbkdf2Files[`../fixtures/security/pbkdf2/pbkdf2-${count}.pem`] as string;

  it.each([10_000_000, 10_000_001])('a %d-iteration key is refused before any derivation', async (count) => {
    const error = await importPrivateKey(key(count), { password: 'wrong' }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      code: 'x509.limit.exceeded',
      issues: [{ params: { limit: 'maxPbkdf2Iterations', value: count, max: 2_000_000 } }],
    });
  });

  it('a key within the limit is worked on (the wrong password shows only after derivation)', async () => {
    expect(await codeOf(importPrivateKey(key(2048), { password: 'wrong' }))).toBe('x509.key.password');
  });

  it('the policy sets the limit', async () => {
    const policy = definePolicy({ id: 'tight', limits: { maxPbkdf2Iterations: 50_000 } });
    expect(await codeOf(importPrivateKey(key(100_000), { password: 'wrong', policy }))).toBe('x509.limit.exceeded');
    expect(await codeOf(importPrivateKey(key(2048), { password: 'wrong', policy }))).toBe('x509.key.password');
  });
});

describe('trust anchors judged as anchors (the Debian ca-certificates store)', () => {
  const NOW = Date.parse('2026-12-01T00:00:00Z');
  const roots = readPemBlocks(trustStore, ['CERTIFICATE']);

  it(`all ${roots.length} roots parse, and every unexpired one passes the anchor checks`, async () => {
    const verifier = createSignatureVerifier(globalThis.crypto);
    const [leaf] = await readCertificates([leafPem], verifier);
    const anchors = await readCertificates(
      roots.map((entry) => entry.der),
      verifier,
      DEFAULT_LIMITS,
      DEFAULT_LIMITS.maxTrustAnchors,
    );
    const unexpired = anchors.filter((anchor) => anchor.decoded.notAfter >= NOW);
    const refused = unexpired
      .map((anchor) => ({
        root: anchor.info.subjectText,
        issues: validatePath([leaf as (typeof anchors)[number], anchor], { now: NOW }).map(
          (issue) => `${issue.code} ${JSON.stringify(issue.params.problem ?? '')}`,
        ),
      }))
      .filter((entry) => entry.issues.length > 0);
    console.info(`trust store: ${roots.length} roots, ${unexpired.length} unexpired checked as anchors`);
    expect(roots.length).toBeGreaterThanOrEqual(100);
    expect(unexpired.length).toBeGreaterThanOrEqual(100);
    expect(refused).toEqual([]);
  });

  it('a chain still validates with the whole store beside its own root', async () => {
    const result = await assembleChain([leafPem, ca1], {
      trustAnchors: [...roots.map((entry) => entry.der), root],
      now: '2030-06-01T00:00:00Z',
    });
    expect(result.trusted).toBe(true);
  });
});
