import { readFileSync } from 'node:fs';

/**
 * Chromium's `name_constraints_unittest.cc` (test/fixtures/pki-suites), read as data: every
 * `EXPECT_TRUE/EXPECT_FALSE/EXPECT_EQ(is_critical(), …)` line of a test becomes one expectation on
 * the constraints, names and SANs the test loaded before it. Parameterised tests (`TEST_P`) run
 * with the extension critical and not critical. Lines about Chromium's internals
 * (`constrained_name_types()`) are counted as not applicable.
 */
export type NameCheck =
  | { readonly kind: 'dns'; readonly name: string }
  | { readonly kind: 'ip'; readonly bytes: readonly number[] }
  | { readonly kind: 'directory'; readonly name: string }
  | { readonly kind: 'cert'; readonly subject: string | null; readonly san: string | null }
  | { readonly kind: 'parse' };

export interface NameConstraintExpectation {
  /** `Test/line`, with `critical` or `non-critical` for parameterised tests. */
  readonly id: string;
  /** The NAME CONSTRAINTS file, with the byte edits the test makes. */
  readonly constraints: { readonly file: string | null; readonly corrupt?: string };
  readonly critical: boolean;
  readonly check: NameCheck;
  /** For `parse`: whether the constraints parse. Otherwise: whether the names are permitted. */
  readonly expected: boolean;
}

const ROOT = new URL('../../fixtures/pki-suites/chromium-name-constraints/', import.meta.url);

/** The PEM block of `label` in a data file, as DER. */
export function dataBlock(file: string, label: string): Uint8Array {
  const text = readFileSync(new URL(`data/${file}`, ROOT), 'utf8');
  const match = new RegExp(`-----BEGIN ${label}-----([\\s\\S]+?)-----END ${label}-----`).exec(text);
  if (match === null) throw new Error(`${file}: no ${label} block`);
  return new Uint8Array(Buffer.from((match[1] as string).replace(/\s+/g, ''), 'base64'));
}

const EXPECT = /^EXPECT_(TRUE|FALSE|EQ)\((.*)\)$/;

/** Every expectation of the C++ file, and the lines not applicable here with their count. */
export function chromiumNameConstraintExpectations(): {
  expectations: NameConstraintExpectation[];
  notApplicable: number;
} {
  const source = readFileSync(new URL('name_constraints_unittest.cc', ROOT), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/[^\n]*/g, '')
    .replace(/\s+/g, ' ');
  const expectations: NameConstraintExpectation[] = [];
  let notApplicable = 0;
  const tests = source.split(/(?=TEST(?:_P)?\()/).filter((block) => block.startsWith('TEST'));
  for (const block of tests) {
    const header = /^TEST(_P)?\(\s*\w+\s*,\s*(\w+)\s*\)/.exec(block);
    if (header === null) continue;
    const parameterised = header[1] === '_P';
    const test = header[2] as string;
    for (const critical of parameterised ? [true, false] : [true]) {
      const names = new Map<string, string>();
      let constraints: { file: string | null; corrupt?: string } = { file: null };
      let san: string | null = null;
      let find: string | undefined;
      let line = 0;
      for (const raw of block.split(';')) {
        const statement = raw.replace(/^[\s{}]*(?:if \(!?is_critical\(\)\) \{|\} else \{)?\s*/, '').trim();
        const load = /Load(TestNameConstraint|TestName|TestSubjectAltName)\(\s*"([^"]+)",\s*&(\w+)/.exec(statement);
        if (load !== null) {
          const [, what, file, variable] = load as unknown as [string, string, string, string];
          if (what === 'TestNameConstraint') constraints = { file };
          else if (what === 'TestName') names.set(variable, file);
          else san = file;
          continue;
        }
        if (/std::string constraints_der = ""/.test(statement)) constraints = { file: null };
        const found = /\.find\("([^"]+)"\)/.exec(statement);
        if (found !== null) find = found[1];
        if (/\.replace\(replace_location, 1, 1, -1\)/.test(statement) && find !== undefined)
          constraints = { ...constraints, corrupt: find };
        const expect = EXPECT.exec(statement);
        if (expect === null) continue;
        line += 1;
        const [, verdict, body] = expect as unknown as [string, string, string];
        const id = `${test}#${line}${parameterised ? (critical ? ' critical' : ' non-critical') : ''}`;
        let expected = verdict === 'TRUE';
        let call = body;
        if (verdict === 'EQ') {
          const eq = /^(!?)is_critical\(\),\s*(.*)$/.exec(body);
          if (eq === null) {
            notApplicable += 1; // constrained_name_types(): Chromium's internal bitmask
            continue;
          }
          expected = eq[1] === '!' ? !critical : critical;
          call = eq[2] as string;
        }
        const check = readCheck(call, names, san);
        if (check === undefined) throw new Error(`${id}: cannot read ${call}`);
        expectations.push({ id, constraints, critical, check, expected });
      }
    }
  }
  return { expectations, notApplicable };
}

function readCheck(call: string, names: Map<string, string>, san: string | null): NameCheck | undefined {
  const dns = /IsPermittedDNSName\(\s*"([^"]*)"\s*\)/.exec(call);
  if (dns !== null) return { kind: 'dns', name: dns[1] as string };
  const ip = /IsPermittedIP\(\s*der::Input\(\s*IPAddress\(([^)]*)\)/.exec(call);
  if (ip !== null) return { kind: 'ip', bytes: (ip[1] as string).split(',').map((byte) => Number(byte.trim())) };
  const directory = /IsPermittedDirectoryName\(\s*SequenceValueFromString\((\w+)\)/.exec(call);
  if (directory !== null) return { kind: 'directory', name: names.get(directory[1] as string) as string };
  const cert =
    /IsPermittedCert\(\s*name_constraints\.get\(\),\s*(der::Input\(\)|SequenceValueFromString\((\w+)\)),\s*(san\.get\(\)|nullptr)/.exec(
      call,
    );
  if (cert !== null)
    return {
      kind: 'cert',
      subject: cert[2] === undefined ? null : (names.get(cert[2]) as string),
      san: cert[3] === 'nullptr' ? null : san,
    };
  if (/NameConstraints::Create/.test(call)) return { kind: 'parse' };
  return undefined;
}
