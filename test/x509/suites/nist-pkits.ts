import { readFileSync } from 'node:fs';

/**
 * NIST PKITS 1.0.1 as BoringSSL runs it (`pkits_testcases-inl.h`, test/fixtures/pki-suites): each
 * test names its certificates (trust anchor first, end entity last), its CRLs, the RFC 5280 §6.1.1
 * inputs it sets and whether the path must validate.
 */
export interface PkitsCase {
  /** `4.8.1`, with ` (Subpart n)` where a test has several. */
  readonly id: string;
  readonly name: string;
  /** DER, trust anchor first, end entity last. */
  readonly certificates: readonly Uint8Array[];
  readonly crls: readonly Uint8Array[];
  readonly shouldValidate: boolean;
  /** user-initial-policy-set; `undefined` means {anyPolicy}. */
  readonly initialPolicies?: readonly string[];
  readonly explicitPolicy: boolean;
  readonly inhibitMapping: boolean;
  readonly inhibitAnyPolicy: boolean;
}

const ROOT = new URL('../../fixtures/pki-suites/nist-pkits/', import.meta.url);
/** PKITS names its test policies; their OIDs are 2.16.840.1.101.3.2.1.48.n. */
const POLICY_OIDS: Readonly<Record<string, string>> = {
  anyPolicy: '2.5.29.32.0',
  ...Object.fromEntries(
    Array.from({ length: 10 }, (_, index) => [`NIST-test-policy-${index + 1}`, `2.16.840.1.101.3.2.1.48.${index + 1}`]),
  ),
};

const read = (directory: string, name: string, extension: string) =>
  new Uint8Array(readFileSync(new URL(`${directory}/${name}.${extension}`, ROOT)));

const strings = (list: string) => [...list.matchAll(/"([^"]*)"/g)].map((match) => match[1] as string);

/** Every PKITS test of the header, in its order. */
export function pkitsCases(): PkitsCase[] {
  const source = readFileSync(new URL('pkits_testcases-inl.h', ROOT), 'utf8');
  return source
    .split(/\n(?=\/\/ 4\.)/)
    .filter((block) => block.startsWith('// 4.'))
    .map((block) => {
      const title = /^\/\/ (4[\d.]+) (.*)$/m.exec(block) as RegExpExecArray;
      const subpart = /\(Subpart (\d+)\)/.exec(title[2] as string);
      const list = (name: string) => strings(new RegExp(`${name}\\[\\] = \\{([^}]*)\\}`).exec(block)?.[1] ?? '');
      const setting = (name: string) => new RegExp(`info\\.${name}\\(([^)]*)\\)`).exec(block)?.[1];
      const policySet = setting('SetInitialPolicySet');
      return {
        id: `${title[1]}${subpart === null ? '' : ` (Subpart ${subpart[1]})`}`,
        name: (title[2] as string).replace(/ \(Subpart \d+\)/, ''),
        certificates: list('certs').map((name) => read('certs', name, 'crt')),
        crls: list('crls').map((name) => read('crls', name, 'crl')),
        shouldValidate: /info\.should_validate = true/.test(block),
        ...(policySet === undefined
          ? {}
          : {
              initialPolicies: (strings(policySet)[0] as string)
                .split(',')
                .filter((policy) => policy !== '')
                .map((policy) => POLICY_OIDS[policy] as string),
            }),
        explicitPolicy: setting('SetInitialExplicitPolicy') === 'true',
        inhibitMapping: setting('SetInitialPolicyMappingInhibit') === 'true',
        inhibitAnyPolicy: setting('SetInitialInhibitAnyPolicy') === 'true',
      };
    });
}
