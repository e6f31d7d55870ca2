import { optionsArgument } from '../core/argument.js';
import type { IssueCode, RuleId } from '../core/codes.js';
import { CertkitError } from '../core/error.js';
import { createIssue, describeType, type Issue, type IssueParams } from '../core/issue.js';
import { type AsciiNameRules, FORBIDDEN_NAME_ASCII, scanAsciiName } from './ascii-name.js';
import { isValidALabel, unicodeToAscii } from './idn.js';
import { parseIp } from './ip.js';
import { MAX_DOMAIN_INPUT_LENGTH, MAX_LABEL_OCTETS, MAX_NAME_OCTETS } from './limits.js';
import { simpleUnicodeToAscii } from './simple-idn.js';

/** Options of {@link normalizeDomain}. */
export interface NormalizeOptions {
  /** Accept `*.` as the whole left-most label (TYPE-03). Default `true`. */
  readonly allowWildcard?: boolean;
  /** Accept single-label host names such as `localhost`. Default `false`. */
  readonly allowSingleLabel?: boolean;
}

/** What {@link inspectDomain} found: the normalised name, or the first problem. */
export type DomainInspection =
  | { readonly ok: true; readonly name: string; readonly wildcard: boolean }
  | { readonly ok: false; readonly issue: Issue };

/** After FORBIDDEN_NAME_ASCII has passed, any character outside this set is non-ASCII. */
const NON_ASCII = /[^a-zA-Z0-9.*-]/;
const ALL_DIGITS = /^\d+$/;

/**
 * Normalises a domain name to the form certificates carry (DOM-07): lower-case A-labels, one
 * trailing dot dropped, Unicode mapped by UTS #46 — then checks it against the DNS rules.
 * Throws `CertkitError` with the code of the first failed check.
 *
 * Checks, in this order (like Let's Encrypt's `policy/pa.go`, the first failure is reported):
 * 1. `domain.type` — not a string (DOM-01)
 * 2. `domain.empty` (DOM-01)
 * 3. `domain.input-too-long` — over 1024 characters, refused before any other work (DOM-02)
 * 4. `domain.unicode.malformed` — lone surrogates (DOM-07)
 * 5. `domain.ip-address` — an IP literal is never a domain name (DOM-08)
 * 6. `domain.character.invalid` — `_`, spaces, `/`, `@`, NUL, … (DOM-01)
 * 7. `domain.wildcard.*` — `*` other than as the whole left-most label, or not allowed (TYPE-03)
 * 8. `domain.idn.invalid` — UTS #46 refuses the Unicode name (DOM-07)
 * 9. `domain.label.empty`, `domain.label.too-long` (> 63), `domain.label.hyphen-edge`,
 *    `domain.label.hyphen-reserved` (`ab--c`), `domain.idn.punycode` (bad `xn--`) (DOM-01/02/07)
 * 10. `domain.too-long` — over 253 characters (DOM-02)
 * 11. `domain.tld.numeric` — an all-digit top-level label (`1.2.3.999`) (DOM-01)
 * 12. `domain.single-label` — unless `allowSingleLabel` (DOM-01)
 *
 * @example
 * normalizeDomain('WWW.Example.COM.')  // => 'www.example.com'
 * normalizeDomain('食狮.公司.cn')        // => 'xn--85x722f.xn--55qx5d.cn'
 * normalizeDomain('*.Bücher.de')        // => '*.xn--bcher-kva.de'
 * normalizeDomain('a*.example.com')     // throws CertkitError code 'domain.wildcard.partial'
 */
export function normalizeDomain(input: unknown, options: NormalizeOptions = {}): string {
  optionsArgument(options);
  const inspection = inspectDomain(input, options);
  if (!inspection.ok) throw new CertkitError(inspection.issue);
  return inspection.name;
}

/**
 * The non-throwing form of {@link normalizeDomain}: the normalised name and whether it is a
 * wildcard, or the first issue found.
 *
 * @example
 * inspectDomain('*.example.com') // => { ok: true, name: '*.example.com', wildcard: true }
 * inspectDomain('-a.com')        // => { ok: false, issue: { code: 'domain.label.hyphen-edge', … } }
 */
export function inspectDomain(input: unknown, options: NormalizeOptions = {}): DomainInspection {
  optionsArgument(options);
  // The fast path for plain ASCII that is already valid; anything else gets every check below.
  const clean = typeof input === 'string' ? scanAsciiName(input, fastPathRules(options)) : undefined;
  if (clean !== undefined) return { ok: true, name: clean, wildcard: clean.startsWith('*.') };
  return inspectThoroughly(input, options);
}

/** The four fast-path rule sets, built once; `xn--` labels always take the thorough path. */
const FAST_PATH_RULES: readonly AsciiNameRules[] = [
  { wildcard: false, singleLabel: false, reservedHyphens: false },
  { wildcard: true, singleLabel: false, reservedHyphens: false },
  { wildcard: false, singleLabel: true, reservedHyphens: false },
  { wildcard: true, singleLabel: true, reservedHyphens: false },
];

/** The fast-path rules for these options; `primaryDomain` shares them. */
export function fastPathRules(options: NormalizeOptions): AsciiNameRules {
  const index = (options.allowWildcard === false ? 0 : 1) + (options.allowSingleLabel === true ? 2 : 0);
  return FAST_PATH_RULES[index] as AsciiNameRules;
}

/**
 * Every check, in the documented order; used for everything the fast path passes on. Exported
 * for the tests, which hold the fast path to the same answers (not part of `certkit/domain`).
 */
export function inspectThoroughly(input: unknown, options: NormalizeOptions): DomainInspection {
  if (typeof input !== 'string') return failure('domain.type', 'DOM-01', input, { received: describeType(input) });
  if (input === '') return failure('domain.empty', 'DOM-01', input);
  if (input.length > MAX_DOMAIN_INPUT_LENGTH) {
    return failure('domain.input-too-long', 'DOM-02', input, { length: input.length, limit: MAX_DOMAIN_INPUT_LENGTH });
  }
  if (!input.isWellFormed()) return failure('domain.unicode.malformed', 'DOM-07', input);
  const ip = looksNumericOrIpv6(input) ? parseIp(input) : null;
  if (ip !== null) return failure('domain.ip-address', 'DOM-08', input, { ip: ip.address });
  const forbidden = FORBIDDEN_NAME_ASCII.exec(input);
  if (forbidden !== null) return invalidCharacter(input, forbidden[0], forbidden.index);
  const wildcardIssue = checkWildcard(input, options.allowWildcard ?? true);
  if (wildcardIssue !== undefined) return { ok: false, issue: wildcardIssue };
  const wildcard = input.startsWith('*.');
  const body = wildcard ? input.slice(2) : input;
  const simple = NON_ASCII.test(body) ? simpleUnicodeToAscii(body) : { ascii: body.toLowerCase(), encoded: NONE };
  const mapped = simple ?? mapUnicode(input, body);
  if (!('ascii' in mapped)) return { ok: false, issue: mapped };
  const { ascii, encoded } = mapped;
  const name = ascii.endsWith('.') ? ascii.slice(0, -1) : ascii;
  return checkLabels(input, name, wildcard, options, encoded);
}

/** No label encoded here. */
const NONE: readonly number[] = [];

/**
 * UTS #46 by the URL parser for a name with non-ASCII characters outside the simple scripts
 * (`simpleUnicodeToAscii`), then the checks the mapping makes necessary:
 * full-width digits can turn into an IP (`１２７.０.０.１`), and compatibility characters into
 * ASCII that is not allowed in a host name (`＿` → `_`).
 */
function mapUnicode(input: string, body: string): { ascii: string; encoded: readonly number[] } | Issue {
  const ascii = unicodeToAscii(body);
  if (ascii === null) return issue('domain.idn.invalid', 'DOM-07', input);
  const ip = parseIp(ascii);
  if (ip !== null) return issue('domain.ip-address', 'DOM-08', input, { ip: ip.address });
  const invalid = /[^a-z0-9.-]/.exec(ascii);
  return invalid === null ? { ascii, encoded: NONE } : invalidCharacterIssue(input, invalid[0], -1);
}

/**
 * The DNS rules for each label and for the name. `encoded` are the indexes (in `ascii`, the
 * wildcard not counted) of A-labels `simpleUnicodeToAscii` just encoded: valid by construction,
 * so not decoded again.
 */
function checkLabels(
  input: string,
  ascii: string,
  wildcard: boolean,
  options: NormalizeOptions,
  encoded: readonly number[],
): DomainInspection {
  const labels = ascii.split('.');
  for (let index = 0; index < labels.length; index += 1) {
    const at = index + (wildcard ? 1 : 0);
    const labelIssue = checkLabel(input, labels[index] as string, at, encoded.includes(index));
    if (labelIssue !== undefined) return { ok: false, issue: labelIssue };
  }
  const name = wildcard ? `*.${ascii}` : ascii;
  if (name.length > MAX_NAME_OCTETS) {
    return failure('domain.too-long', 'DOM-02', input, { length: name.length, limit: MAX_NAME_OCTETS });
  }
  const tld = labels[labels.length - 1] as string;
  if (ALL_DIGITS.test(tld)) return failure('domain.tld.numeric', 'DOM-01', input, { tld });
  if (labels.length < 2 && !wildcard && options.allowSingleLabel !== true) {
    return failure('domain.single-label', 'DOM-01', input);
  }
  return { ok: true, name, wildcard };
}

/**
 * The per-label DNS rules; `index` counts labels from the left, the wildcard included. An A-label
 * just `encoded` from a valid Unicode label is not decoded again.
 */
function checkLabel(input: string, label: string, index: number, encoded: boolean): Issue | undefined {
  if (label === '') return issue('domain.label.empty', 'DOM-02', input, { index });
  if (label.length > MAX_LABEL_OCTETS) {
    return issue('domain.label.too-long', 'DOM-02', input, {
      ...labelAt(label, index),
      length: label.length,
      limit: MAX_LABEL_OCTETS,
    });
  }
  if (label.startsWith('-') || label.endsWith('-'))
    return issue('domain.label.hyphen-edge', 'DOM-02', input, labelAt(label, index));
  if (label[2] === '-' && label[3] === '-') {
    if (!label.startsWith('xn--')) return issue('domain.label.hyphen-reserved', 'DOM-01', input, labelAt(label, index));
    if (!encoded && !isValidALabel(label)) return issue('domain.idn.punycode', 'DOM-07', input, labelAt(label, index));
  }
  return undefined;
}

/** Where a label issue is: the label's index and the label (cut after 64 characters). */
function labelAt(label: string, index: number): { index: number; label: string } {
  return { index, label: label.slice(0, MAX_LABEL_OCTETS + 1) };
}

/**
 * TYPE-03: one `*`, as the whole left-most label, over a base of at least one label.
 * `a*.example.com` is partial, `*.*.example.com` multiple, `www.*.example.com` misplaced.
 */
function checkWildcard(input: string, allowWildcard: boolean): Issue | undefined {
  if (!input.includes('*')) return undefined;
  const labels = input.split('.');
  const starred = labels.flatMap((label, index) => (label.includes('*') ? [index] : []));
  if (starred.some((index) => labels[index] !== '*')) return issue('domain.wildcard.partial', 'TYPE-03', input);
  if (starred.length > 1) return issue('domain.wildcard.multiple', 'TYPE-03', input, { count: starred.length });
  if (starred[0] !== 0 || labels.length < 2) return issue('domain.wildcard.position', 'TYPE-03', input);
  if (!allowWildcard) return issue('domain.wildcard.not-allowed', 'TYPE-03', input);
  return undefined;
}

/** IP literals end in a digit (IPv4) or contain `:` (IPv6); skip the parse for everything else. */
function looksNumericOrIpv6(input: string): boolean {
  const last = input.charCodeAt(input.length - 1);
  return (last >= 48 && last <= 57) || input.includes(':');
}

function invalidCharacter(input: string, character: string, position: number): DomainInspection {
  return { ok: false, issue: invalidCharacterIssue(input, character, position) };
}

/** `position` is the index in the input, or -1 when the character appeared only after mapping. */
function invalidCharacterIssue(input: string, character: string, position: number): Issue {
  const code = character.codePointAt(0) ?? 0;
  const codePoint = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  // visible ASCII is shown as itself; spaces, controls and the rest by code point
  const printable = code >= 0x21 && code <= 0x7e ? character : codePoint;
  return issue('domain.character.invalid', 'DOM-01', input, { character: printable, codePoint, position });
}

function issue<C extends IssueCode>(
  code: C,
  rule: RuleId,
  subject: unknown,
  params: IssueParams[C] = {} as IssueParams[C],
): Issue {
  return createIssue(code, rule, params, { subject });
}

function failure<C extends IssueCode>(
  code: C,
  rule: RuleId,
  subject: unknown,
  params: IssueParams[C] = {} as IssueParams[C],
): DomainInspection {
  return { ok: false, issue: issue(code, rule, subject, params) };
}
