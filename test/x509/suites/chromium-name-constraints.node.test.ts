import { describe, expect, it } from 'vitest';
import type { DecodedCertificate } from '../../../src/x509/certificate/decode.js';
import { type DecodedExtensions, EXTENSION_DECODERS, extensionOid } from '../../../src/x509/certificate/extensions.js';
import { checkName, checkNameConstraints } from '../../../src/x509/chain/name-constraints.js';
import { readRoot } from '../../../src/x509/der/reader.js';
import { decodeName } from '../../../src/x509/names/distinguished-name.js';
import { decodeGeneralNames, type GeneralName } from '../../../src/x509/names/general-name.js';
import {
  chromiumNameConstraintExpectations,
  dataBlock,
  type NameConstraintExpectation,
} from './chromium-name-constraints.js';
import { SUITE_DIFFERENCES } from './differences.js';

const { expectations, notApplicable } = chromiumNameConstraintExpectations();
const NAME_CONSTRAINTS = EXTENSION_DECODERS[extensionOid('nameConstraints')] as (typeof EXTENSION_DECODERS)[string];
const EMPTY_NAME = decodeName(readRoot(new Uint8Array([0x30, 0]), 'name'), 'name');

/** The constraints as the test loads them (with its byte edit), decoded; `undefined` when they do not parse. */
function constraintsOf(expectation: NameConstraintExpectation): DecodedExtensions['nameConstraints'] {
  const { file, corrupt } = expectation.constraints;
  const bytes = file === null ? new Uint8Array() : dataBlock(file, 'NAME CONSTRAINTS').slice();
  if (corrupt !== undefined) bytes[Buffer.from(bytes).indexOf(corrupt, 0, 'latin1')] = 0xff;
  try {
    const into: DecodedExtensions = { other: [] };
    NAME_CONSTRAINTS.decode(readRoot(bytes, 'nameConstraints'), into, {});
    return into.nameConstraints;
  } catch {
    return undefined;
  }
}

/** A SAN or subject from the suite's data; `undefined` when it does not parse (certkit refuses the certificate). */
function decoded<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

const readName = (file: string) => decodeName(readRoot(dataBlock(file, 'NAME'), 'name'), 'name');

/**
 * certkit's answer: parses (for `parse`), or permitted. IsPermittedDNSName/IP/DirectoryName are
 * one name against the constraints of its form (`checkName`); IsPermittedCert is a certificate
 * with that subject and SAN (`checkNameConstraints`). What cannot be read is not permitted.
 */
function answer(expectation: NameConstraintExpectation): boolean {
  const constraints = constraintsOf(expectation);
  const { check, critical } = expectation;
  if (check.kind === 'parse') return constraints !== undefined;
  if (constraints === undefined) return false;
  const one = (name: GeneralName) => checkName(constraints, { name, fromSubject: false }, critical) === undefined;
  if (check.kind === 'dns') return one({ kind: 'dns', value: check.name });
  if (check.kind === 'ip') {
    const bytes = new Uint8Array(check.bytes);
    return one({ kind: 'ip', value: bytes.join('.'), bytes });
  }
  if (check.kind === 'directory') {
    const name = decoded(() => readName(check.name));
    return name !== undefined && one({ kind: 'directory', value: name.text, name });
  }
  const subject = check.subject === null ? EMPTY_NAME : decoded(() => readName(check.subject as string));
  const san =
    check.san === null
      ? []
      : decoded(() =>
          decodeGeneralNames(readRoot(dataBlock(check.san as string, 'SUBJECT ALTERNATIVE NAME'), 'san'), 'san'),
        );
  if (subject === undefined || san === undefined) return false;
  const certificate = { subject, decoded: { subjectAltName: san } } as unknown as DecodedCertificate;
  return checkNameConstraints(constraints, certificate, { remaining: 1e6 }, critical) === undefined;
}

describe('Chromium name_constraints_unittest expectations (test/fixtures/pki-suites)', () => {
  it('agrees on ≥ 96% of them, and differs only where differences.ts says why', () => {
    const misses = expectations.filter((expectation) => answer(expectation) !== expectation.expected);
    const passed = expectations.length - misses.length;
    console.log(
      `Chromium name constraints: ${passed}/${expectations.length} (${((passed / expectations.length) * 100).toFixed(1)}%), ${notApplicable} lines on Chromium internals not applicable`,
    );
    console.log(
      misses.map((m) => `${m.id} ${m.constraints.file} ${JSON.stringify(m.check)} expected ${m.expected}`).join('\n'),
    );
    expect(expectations.length).toBe(520);
    expect(misses.map((miss) => miss.id).sort()).toEqual(Object.keys(SUITE_DIFFERENCES.chromiumNameConstraints).sort());
    expect(passed / expectations.length).toBeGreaterThanOrEqual(0.96);
  });
});
