import { readdirSync, readFileSync } from 'node:fs';

/**
 * Chromium's `verify_certificate_chain_unittest` cases (test/fixtures/pki-suites): each `.test`
 * file names a chain (target first, the last certificate's trust setting), a time, a key purpose
 * and the errors Chromium expects; no `ERROR:` line means the chain must be accepted.
 */
export interface ChromiumChainCase {
  /** `directory/file.test`. */
  readonly id: string;
  /** PEM blocks, target first. */
  readonly chain: readonly string[];
  readonly trust: string;
  /** Validation time, milliseconds since the epoch. */
  readonly now: number;
  readonly purpose: string;
  /** `STRONG` refuses SHA-1; otherwise the suite allows it (Chromium's `kWeakAllowSha1`). */
  readonly digestPolicy: string;
  readonly expectValid: boolean;
  readonly errors: string;
}

const ROOT = new URL('../../fixtures/pki-suites/chromium-verify-chain/', import.meta.url);
/** Chromium's test helpers read `DEFAULT` as 2021-10-05 12:00 UTC, the day the test certificates start. */
const DEFAULT_TIME = '211005120000Z';

function utcTime(value: string): number {
  const [year, month, day, hour, minute, second] = (value.match(/\d\d/g) ?? []).map(Number) as number[];
  return Date.UTC(
    (year as number) < 50 ? 2000 + (year as number) : 1900 + (year as number),
    (month as number) - 1,
    day,
    hour,
    minute,
    second,
  );
}

function readCase(directory: string, file: string): ChromiumChainCase {
  const text = readFileSync(new URL(`${directory}/${file}`, ROOT), 'utf8');
  const field = (key: string) => new RegExp(`^${key}: *(.*)$`, 'm').exec(text)?.[1]?.trim() ?? '';
  const errors = text.slice(text.indexOf('expected_errors:') + 'expected_errors:'.length).trim();
  const pem = readFileSync(new URL(`${directory}/${field('chain')}`, ROOT), 'utf8');
  const chain = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  const time = field('utc_time');
  return {
    id: `${directory}/${file}`,
    chain,
    trust: field('last_cert_trust'),
    now: utcTime(time === 'DEFAULT' ? DEFAULT_TIME : time),
    purpose: field('key_purpose'),
    digestPolicy: field('digest_policy'),
    expectValid: !/^ERROR:/m.test(errors),
    errors,
  };
}

/** Every case of the suite, in directory order. */
export function chromiumChainCases(): ChromiumChainCase[] {
  return readdirSync(ROOT, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'pkits_errors')
    .flatMap((entry) =>
      readdirSync(new URL(`${entry.name}/`, ROOT))
        .filter((file) => file.endsWith('.test'))
        .sort()
        .map((file) => readCase(entry.name, file)),
    );
}
