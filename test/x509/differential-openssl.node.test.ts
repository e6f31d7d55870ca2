import { spawnSync } from 'node:child_process';
import { createHash, generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CertkitError } from '../../src/core/index.js';
import { derOctetString, derSequence, derTlv } from '../../src/x509/der/writer.js';
import { assembleChain, writePem } from '../../src/x509/index.js';
import {
  type Attribute,
  certificateDer,
  dnsName,
  ecdsaSha256,
  extension,
  extensionsField,
  name,
  OIDS,
  rfc822Name,
  simpleName,
  type TbsParts,
  tbsFields,
  V3,
  validity,
} from './cert-builder.js';

/**
 * Issue 13, item 6: certkit must never trust a chain OpenSSL refuses. A seed chain (root →
 * intermediate → leaf, P-256) is built here; each variant changes the leaf or the intermediate —
 * DER anomalies in the TBSCertificate, AlgorithmIdentifier, SubjectPublicKeyInfo and extensions,
 * and distinguished-name tricks under name and path-length constraints — and is re-signed, so only
 * the anomaly can make it fail. `assembleChain` (with the root as trust anchor) and
 * `openssl verify -purpose sslserver -verify_hostname` judge every variant; the test fails on any
 * variant certkit trusts and OpenSSL refuses. certkit refusing more is allowed (it is stricter
 * than OpenSSL on DER) and counted.
 */

const dir = mkdtempSync(join(tmpdir(), 'certkit-differential-'));
const NOW = '2027-01-01T00:00:00Z';
const HOST = 'www.example.com';

interface Party {
  readonly key: KeyObject;
  readonly spki: Uint8Array;
  readonly keyId: Uint8Array;
}

function party(): Party {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const spki = new Uint8Array(publicKey.export({ type: 'spki', format: 'der' }));
  return { key: privateKey, spki, keyId: new Uint8Array(createHash('sha1').update(spki).digest()) };
}

const rootKey = party();
const intKey = party();
const leafKey = party();

const ROOT_NAME = simpleName({ O: 'certkit differential', CN: 'Differential Root' });
const INT_NAME = simpleName({ O: 'certkit differential', CN: 'Differential CA' });

const ski = (who: Party) => extension(OIDS.subjectKeyId, derOctetString(who.keyId));
const aki = (issuer: Party) => extension(OIDS.authorityKeyId, derSequence(derTlv(0x80, issuer.keyId)));
const caConstraints = (pathLength?: number) =>
  extension(
    OIDS.basicConstraints,
    derSequence(
      Uint8Array.of(0x01, 0x01, 0xff),
      ...(pathLength === undefined ? [] : [Uint8Array.of(0x02, 0x01, pathLength)]),
    ),
    true,
  );
const caKeyUsage = () => extension(OIDS.keyUsage, Uint8Array.of(0x03, 0x02, 0x01, 0x06), true);

/** Signs the TBS made of `fields` with `signer` and wraps it as a certificate. */
function signed(fields: readonly Uint8Array[], signer: Party, outer = ecdsaSha256()): Uint8Array {
  const tbs = derSequence(...fields);
  return certificateDer(tbs, outer, new Uint8Array(sign('sha256', tbs, signer.key)));
}

function parts(
  subject: Uint8Array,
  issuer: Uint8Array,
  who: Party,
  extensions: Uint8Array[],
  serial: number,
): TbsParts {
  return {
    version: V3(),
    serial: Uint8Array.of(0x02, 0x01, serial),
    signature: ecdsaSha256(),
    issuer,
    validity: validity('250101000000Z', '350101000000Z'),
    subject,
    spki: who.spki,
    extensions: extensionsField(extensions),
  };
}

const rootDer = signed(
  tbsFields(parts(ROOT_NAME, ROOT_NAME, rootKey, [caConstraints(), caKeyUsage(), ski(rootKey)], 1)),
  rootKey,
);

function leafExtensions(): Uint8Array[] {
  return [
    extension(OIDS.subjectAltName, derSequence(dnsName(HOST))),
    extension(OIDS.keyUsage, Uint8Array.of(0x03, 0x02, 0x07, 0x80), true),
    extension(OIDS.extKeyUsage, derSequence(Uint8Array.of(0x06, 0x08, 0x2b, 0x06, 0x01, 0x05, 0x05, 0x07, 0x03, 0x01))),
    ski(leafKey),
    aki(intKey),
  ];
}
function intExtensions(): Uint8Array[] {
  return [caConstraints(0), caKeyUsage(), ski(intKey), aki(rootKey)];
}
const leafParts = (subject = simpleName({ CN: HOST }), extensions = leafExtensions()) =>
  parts(subject, INT_NAME, leafKey, extensions, 3);
const intParts = (extensions = intExtensions()) => parts(INT_NAME, ROOT_NAME, intKey, extensions, 2);

/** One variant: the certificates of the chain, leaf first (the root is the anchor). */
interface Variant {
  readonly id: string;
  readonly chain: readonly Uint8Array[];
}

const seedLeaf = signed(tbsFields(leafParts()), intKey);
const seedInt = signed(tbsFields(intParts()), rootKey);

/** Field-level anomalies of a TBSCertificate, each applied to the leaf and to the intermediate. */
const EXTRA_FIELDS: Record<string, Uint8Array> = {
  null: Uint8Array.of(0x05, 0x00),
  integer: Uint8Array.of(0x02, 0x01, 0x01),
  octets: Uint8Array.of(0x04, 0x00),
  boolean: Uint8Array.of(0x01, 0x01, 0xff),
  context4: Uint8Array.of(0xa4, 0x00),
  issuerUid: Uint8Array.of(0x81, 0x02, 0x00, 0x01),
  subjectUid: Uint8Array.of(0x82, 0x02, 0x00, 0x01),
};

function fieldVariants(label: string, base: () => TbsParts, build: (fields: Uint8Array[]) => Uint8Array[]): Variant[] {
  const variants: Variant[] = [];
  const fields = () => tbsFields(base());
  const count = fields().length;
  for (const [extraName, extra] of Object.entries(EXTRA_FIELDS))
    for (let at = 0; at <= count; at += 1) {
      const list = fields();
      list.splice(at, 0, extra);
      variants.push({ id: `${label}: ${extraName} inserted at ${at}`, chain: build(list) });
    }
  for (let at = 0; at < count; at += 1) {
    const dropped = fields();
    dropped.splice(at, 1);
    variants.push({ id: `${label}: field ${at} dropped`, chain: build(dropped) });
    const repeated = fields();
    repeated.splice(at, 0, repeated[at] as Uint8Array);
    variants.push({ id: `${label}: field ${at} repeated`, chain: build(repeated) });
  }
  const other = base();
  const secondBlock = extensionsField([
    extension(OIDS.nameConstraints, derSequence(derTlv(0xa0, derSequence(dnsName('evil.test')))), true),
  ]);
  variants.push({ id: `${label}: second extensions block`, chain: build([...fields(), secondBlock]) });
  variants.push({
    id: `${label}: INTEGER after extensions`,
    chain: build([...fields(), EXTRA_FIELDS.integer as Uint8Array]),
  });
  const versions: Record<string, Uint8Array> = {
    'explicit v1': derTlv(0xa0, Uint8Array.of(0x02, 0x01, 0x00)),
    v2: derTlv(0xa0, Uint8Array.of(0x02, 0x01, 0x01)),
    v4: derTlv(0xa0, Uint8Array.of(0x02, 0x01, 0x03)),
    'NULL inside the version': derTlv(0xa0, Uint8Array.of(0x02, 0x01, 0x02, 0x05, 0x00)),
    'long-form length': Uint8Array.of(0xa0, 0x81, 0x03, 0x02, 0x01, 0x02),
  };
  for (const [versionName, version] of Object.entries(versions))
    variants.push({ id: `${label}: version ${versionName}`, chain: build(tbsFields({ ...other, version })) });
  const algorithms: Record<string, Uint8Array> = {
    'extra field': derSequence(...[ecdsaSha256().subarray(2)], Uint8Array.of(0x02, 0x01, 0x00)),
    'NULL with content': derSequence(ecdsaSha256().subarray(2), Uint8Array.of(0x05, 0x01, 0x00)),
    'two NULLs': derSequence(ecdsaSha256().subarray(2), Uint8Array.of(0x05, 0x00, 0x05, 0x00)),
  };
  for (const [algorithmName, signature] of Object.entries(algorithms))
    variants.push({
      id: `${label}: signature algorithm ${algorithmName}`,
      chain: build(tbsFields({ ...other, signature })),
    });
  const spki = other.spki;
  const spkiChildren = spki.subarray(2);
  const spkis: Record<string, Uint8Array> = {
    'extra field': derSequence(spkiChildren, Uint8Array.of(0x05, 0x00)),
    'algorithm extra field': rebuiltSpki(spki, (algorithm) =>
      derSequence(algorithm.subarray(2), Uint8Array.of(0x05, 0x00)),
    ),
  };
  for (const [spkiName, value] of Object.entries(spkis))
    variants.push({
      id: `${label}: subjectPublicKeyInfo ${spkiName}`,
      chain: build(tbsFields({ ...other, spki: value })),
    });
  const serials: Record<string, Uint8Array> = {
    zero: Uint8Array.of(0x02, 0x01, 0x00),
    negative: Uint8Array.of(0x02, 0x01, 0xff),
    'non-minimal': Uint8Array.of(0x02, 0x02, 0x00, 0x05),
    'long-form length': Uint8Array.of(0x02, 0x81, 0x01, 0x05),
    '21 bytes': derTlv(
      0x02,
      Uint8Array.from({ length: 21 }, (_, i) => i + 1),
    ),
  };
  for (const [serialName, serial] of Object.entries(serials))
    variants.push({ id: `${label}: serial ${serialName}`, chain: build(tbsFields({ ...other, serial })) });
  return variants;
}

/** The SPKI with its AlgorithmIdentifier replaced (the key bits kept). */
function rebuiltSpki(spki: Uint8Array, change: (algorithm: Uint8Array) => Uint8Array): Uint8Array {
  const algorithmLength = (spki[3] as number) + 2;
  const algorithm = spki.subarray(2, 2 + algorithmLength);
  return derSequence(change(algorithm), spki.subarray(2 + algorithmLength));
}

/** Extension-level anomalies (applied inside a re-signed certificate). */
function extensionVariants(
  label: string,
  base: () => Uint8Array[],
  build: (extensions: Uint8Array[]) => Uint8Array[],
): Variant[] {
  const variants: Variant[] = [];
  const list = base();
  const keyUsageAt = list.findIndex((encoded) => contains(encoded, Uint8Array.of(0x06, 0x03, 0x55, 0x1d, 0x0f)));
  const replaceKeyUsage = (value: Uint8Array) => {
    const copy = base();
    copy[keyUsageAt] = extension(OIDS.keyUsage, value, true);
    return copy;
  };
  const keyUsages: Record<string, Uint8Array> = {
    'keyCertSign in the unused bits (03 02 03 04)': Uint8Array.of(0x03, 0x02, 0x03, 0x04),
    'a bit in the unused bits (03 02 07 04)': Uint8Array.of(0x03, 0x02, 0x07, 0x04),
    'unused bits count 8': Uint8Array.of(0x03, 0x02, 0x08, 0x00),
    'trailing byte in the value': Uint8Array.of(0x03, 0x02, 0x01, 0x06, 0x00),
  };
  for (const [usageName, value] of Object.entries(keyUsages))
    variants.push({ id: `${label}: keyUsage ${usageName}`, chain: build(replaceKeyUsage(value)) });
  for (let at = 0; at < list.length; at += 1) {
    const copy = base();
    copy.splice(at, 0, copy[at] as Uint8Array);
    variants.push({ id: `${label}: extension ${at} repeated`, chain: build(copy) });
    const falseCritical = base();
    falseCritical[at] = withExplicitFalse(falseCritical[at] as Uint8Array);
    variants.push({ id: `${label}: extension ${at} with explicit critical FALSE`, chain: build(falseCritical) });
    const trailing = base();
    trailing[at] = withTrailingByte(trailing[at] as Uint8Array);
    variants.push({ id: `${label}: extension ${at} with a byte after its value`, chain: build(trailing) });
  }
  variants.push({
    id: `${label}: unknown critical extension`,
    chain: build([...base(), extension('1.3.6.1.4.1.55738.666.1', Uint8Array.of(0x05, 0x00), true)]),
  });
  variants.push({ id: `${label}: empty extensions`, chain: build([]) });
  return variants;
}

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i += 1) {
    for (let j = 0; j < needle.length; j += 1) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** `SEQUENCE { oid, [critical,] OCTET STRING }` → the same with `BOOLEAN FALSE` in place of the criticality. */
function withExplicitFalse(encoded: Uint8Array): Uint8Array {
  const inner = encoded.subarray(2);
  const oidLength = (inner[1] as number) + 2;
  const oid = inner.subarray(0, oidLength);
  const rest = inner.subarray(oidLength);
  const value = rest[0] === 0x01 ? rest.subarray(3) : rest;
  return derSequence(oid, Uint8Array.of(0x01, 0x01, 0x00), value);
}

/** The extension with one zero byte appended inside its OCTET STRING. */
function withTrailingByte(encoded: Uint8Array): Uint8Array {
  const inner = encoded.subarray(2);
  const oidLength = (inner[1] as number) + 2;
  const rest = inner.subarray(oidLength);
  const critical = rest[0] === 0x01 ? rest.subarray(0, 3) : new Uint8Array(0);
  const octets = rest.subarray(critical.length);
  const value = octets.subarray(2);
  return derSequence(inner.subarray(0, oidLength), critical, derOctetString(Uint8Array.of(...value, 0x00)));
}

/** Name tricks: a constrained intermediate (dirName O=Good, DNS example.com, e-mail example.com) and leaves named around it. */
function nameVariants(): Variant[] {
  const constrained = () => [
    ...intExtensions(),
    extension(
      OIDS.nameConstraints,
      derSequence(
        derTlv(
          0xa0,
          derSequence(derTlv(0xa4, name([[OIDS.O, 'Good']]))),
          derSequence(dnsName('example.com')),
          derSequence(rfc822Name('example.com')),
        ),
      ),
      true,
    ),
  ];
  const int = signed(tbsFields(intParts(constrained())), rootKey);
  const subjects: Record<string, Attribute[][]> = {
    control: [[[OIDS.O, 'Good']], [[OIDS.CN, HOST]]],
    'O="Good/2.5.4.3=x"': [[[OIDS.O, 'Good/2.5.4.3=x']], [[OIDS.CN, HOST]]],
    'O="Good+2.5.4.11=b"': [[[OIDS.O, 'Good+2.5.4.11=b']], [[OIDS.CN, HOST]]],
    'O=Good + CN in one RDN': [
      [
        [OIDS.O, 'Good'],
        [OIDS.CN, HOST],
      ],
    ],
    'O=Other': [[[OIDS.O, 'Other']], [[OIDS.CN, HOST]]],
    'O="Good" as PrintableString': [[[OIDS.O, 'Good', 0x13]], [[OIDS.CN, HOST]]],
    'O="  good " (case and spaces)': [[[OIDS.O, '  good ']], [[OIDS.CN, HOST]]],
    'O="Goo\\u0064"': [[[OIDS.O, 'Goo\u0064']], [[OIDS.CN, HOST]]],
    'O="Good\\u0000"': [[[OIDS.O, 'Good\u0000']], [[OIDS.CN, HOST]]],
    'O="GOOD" Kelvin-free': [[[OIDS.O, 'GOOD']], [[OIDS.CN, HOST]]],
    'emailAddress outside': [[[OIDS.O, 'Good']], [[OIDS.CN, HOST]], [[OIDS.emailAddress, 'x@evil.test', 0x16]]],
    'emailAddress inside': [[[OIDS.O, 'Good']], [[OIDS.CN, HOST]], [[OIDS.emailAddress, 'x@example.com', 0x16]]],
    'emailAddress without @': [[[OIDS.O, 'Good']], [[OIDS.CN, HOST]], [[OIDS.emailAddress, 'example.com', 0x16]]],
  };
  const variants: Variant[] = Object.entries(subjects).map(([subjectName, rdns]) => ({
    id: `name constraints: leaf ${subjectName}`,
    chain: [signed(tbsFields(leafParts(name(...rdns))), intKey), int],
  }));
  // seeded random separators and look-alikes in the leaf's O value
  const pieces = ['Good', 'good', '/', '+', '=', ',', ' ', '2.5.4.3', 'x', '"', '\\', 'GOOD'];
  const values = fc.sample(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 5 }), {
    seed: 13,
    numRuns: 40,
  });
  values.forEach((value, index) => {
    variants.push({
      id: `name constraints: random O #${index} ${JSON.stringify(value.join(''))}`,
      chain: [signed(tbsFields(leafParts(name([[OIDS.O, value.join('')]], [[OIDS.CN, HOST]]))), intKey), int],
    });
  });
  return variants;
}

/** Path-length collisions: a pathLen-0 CA issues a CA whose name only looks like its own. */
function pathLengthVariants(): Variant[] {
  const names: Record<string, [Attribute[][], Attribute[][]]> = {
    'same name (self-issued, allowed)': [
      [[[OIDS.O, 'a']], [[OIDS.OU, 'b']]],
      [[[OIDS.O, 'a']], [[OIDS.OU, 'b']]],
    ],
    '{O=a+OU=b} issues O="a+2.5.4.11=b"': [
      [
        [
          [OIDS.O, 'a'],
          [OIDS.OU, 'b'],
        ],
      ],
      [[[OIDS.O, 'a+2.5.4.11=b']]],
    ],
    '[O=a][OU=b] issues O="a/2.5.4.11=b"': [[[[OIDS.O, 'a']], [[OIDS.OU, 'b']]], [[[OIDS.O, 'a/2.5.4.11=b']]]],
    '[O=a][OU=b] issues {O=a+OU=b}': [
      [[[OIDS.O, 'a']], [[OIDS.OU, 'b']]],
      [
        [
          [OIDS.O, 'a'],
          [OIDS.OU, 'b'],
        ],
      ],
    ],
    'O=a issues O=A (case only)': [[[[OIDS.O, 'a']]], [[[OIDS.O, 'A']]]],
    'O=a issues O="a " (space only)': [[[[OIDS.O, 'a']]], [[[OIDS.O, 'a ']]]],
    'O=a issues O="a\\u212A"': [[[[OIDS.O, 'ak']]], [[[OIDS.O, 'a\u212A']]]],
  };
  const second = party();
  return Object.entries(names).map(([label, [firstName, secondName]]) => {
    const first = name(...firstName);
    const secondCa = name(...secondName);
    const int1 = signed(tbsFields(parts(first, ROOT_NAME, intKey, intExtensions(), 4)), rootKey);
    const int2Extensions = [caConstraints(), caKeyUsage(), ski(second), aki(intKey)];
    const int2 = signed(tbsFields(parts(secondCa, first, second, int2Extensions, 5)), intKey);
    const leafExt = [...leafExtensions().slice(0, 4), aki(second)];
    const leaf = signed(tbsFields(parts(simpleName({ CN: HOST }), secondCa, leafKey, leafExt, 6)), second);
    return { id: `path length: ${label}`, chain: [leaf, int2, int1] };
  });
}

function allVariants(): Variant[] {
  const asLeaf = (fields: Uint8Array[]) => [signed(fields, intKey), seedInt];
  const asInt = (fields: Uint8Array[]) => [seedLeaf, signed(fields, rootKey)];
  return [
    { id: 'control: the seed chain', chain: [seedLeaf, seedInt] },
    ...fieldVariants('leaf', () => leafParts(), asLeaf),
    ...fieldVariants('intermediate', () => intParts(), asInt),
    ...extensionVariants('leaf', leafExtensions, (extensions) => asLeaf(tbsFields(leafParts(undefined, extensions)))),
    ...extensionVariants('intermediate', intExtensions, (extensions) => asInt(tbsFields(intParts(extensions)))),
    ...nameVariants(),
    ...pathLengthVariants(),
  ];
}

/** `openssl verify` on one chain: `true` when it prints OK. */
function opensslTrusts(variant: Variant, index: number): boolean {
  const [leaf, ...rest] = variant.chain.map((der) => writePem(der, 'CERTIFICATE'));
  const leafFile = join(dir, `leaf-${index}.pem`);
  const untrustedFile = join(dir, `untrusted-${index}.pem`);
  writeFileSync(leafFile, leaf as string);
  writeFileSync(untrustedFile, rest.join(''));
  const result = spawnSync(
    'openssl',
    [
      'verify',
      '-CAfile',
      join(dir, 'root.pem'),
      '-untrusted',
      untrustedFile,
      '-attime',
      String(Date.parse(NOW) / 1000),
      '-purpose',
      'sslserver',
      '-verify_hostname',
      HOST,
      leafFile,
    ],
    { encoding: 'utf8' },
  );
  return result.status === 0 && result.stdout.trim() === `${leafFile}: OK`;
}

async function certkitTrusts(variant: Variant): Promise<boolean> {
  try {
    const result = await assembleChain([...variant.chain], {
      trustAnchors: [rootDer],
      now: NOW,
      hostname: HOST,
    });
    return result.trusted && result.ok;
  } catch (error) {
    if (error instanceof CertkitError) return false;
    throw error; // anything else is a bug
  }
}

describe('differential against openssl verify (issue 13)', () => {
  it('trusts no variant that OpenSSL refuses', { timeout: 240_000 }, async () => {
    writeFileSync(join(dir, 'root.pem'), writePem(rootDer, 'CERTIFICATE'));
    const variants = allVariants();
    const tally = { both: 0, neither: 0, onlyOpenssl: 0, onlyCertkit: [] as string[] };
    for (const [index, variant] of variants.entries()) {
      const [ours, theirs] = [await certkitTrusts(variant), opensslTrusts(variant, index)];
      if (ours && theirs) tally.both += 1;
      else if (!ours && !theirs) tally.neither += 1;
      else if (theirs) tally.onlyOpenssl += 1;
      else tally.onlyCertkit.push(variant.id);
    }
    console.info(
      `differential: ${variants.length} variants — both trust ${tally.both}, both refuse ${tally.neither}, ` +
        `only OpenSSL trusts ${tally.onlyOpenssl} (certkit stricter), trusted but OpenSSL refuses ${tally.onlyCertkit.length}`,
    );
    expect(tally.onlyCertkit).toEqual([]);
    // not vacuous: the seed chain is trusted by both, and most anomalies are refused by both
    expect(await certkitTrusts(variants[0] as Variant)).toBe(true);
    expect(opensslTrusts(variants[0] as Variant, 0)).toBe(true);
    expect(variants.length).toBeGreaterThanOrEqual(250);
    expect(tally.neither).toBeGreaterThan(variants.length / 2);
  });
});
