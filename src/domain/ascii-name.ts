import { MAX_LABEL_OCTETS, MAX_NAME_OCTETS } from './limits.js';

/** What {@link scanAsciiName} accepts beyond plain LDH labels. */
export interface AsciiNameRules {
  /** `*.` as the whole left-most label. */
  readonly wildcard: boolean;
  /** A name of one label (`localhost`); a wildcard's base may always be one label. */
  readonly singleLabel: boolean;
  /** Labels with `--` in positions 3–4 (`xn--…`), left for the caller to validate. */
  readonly reservedHyphens: boolean;
}

/** ASCII that can never be part of a name: anything but letters, digits, `-`, `.` and `*`. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
export const FORBIDDEN_NAME_ASCII = /[\u0000-\u0029\u002b\u002c\u002f\u003a-\u0040\u005b-\u0060\u007b-\u007f]/;
/** The same for host names a client asks for, where `*` is never allowed either. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
export const FORBIDDEN_HOST_ASCII = /[\u0000-\u002c\u002f\u003a-\u0040\u005b-\u0060\u007b-\u007f]/;

const STAR = 42;
const DOT = 46;
const HYPHEN = 45;

/**
 * One pass over a plain-ASCII name: letters, digits and hyphens in labels of 1–63 octets, no
 * hyphen at either end of a label, at most 253 octets, a top-level label that is not all digits,
 * one optional trailing dot. Returns the name lower-cased without its trailing dot, or `undefined`
 * for anything else — Unicode, `_`, spaces, empty labels, a misplaced `*` — without allocating
 * unless the name must be lower-cased or loses its trailing dot. Written for speed: it is the
 * path almost every name takes, in `normalizeDomain` and in `matchesHostname`.
 *
 * @example
 * scanAsciiName('WWW.Example.com.', { wildcard: false, singleLabel: false, reservedHyphens: false })
 * // => 'www.example.com'
 * scanAsciiName('a_b.example.com', { wildcard: false, singleLabel: false, reservedHyphens: false })
 * // => undefined
 */
export function scanAsciiName(input: string, rules: AsciiNameRules): string | undefined {
  const length = input.length;
  let start = 0;
  if (input.charCodeAt(0) === STAR) {
    if (!rules.wildcard || input.charCodeAt(1) !== DOT) return undefined;
    start = 2;
  }
  const end = input.charCodeAt(length - 1) === DOT ? length - 1 : length;
  if (end <= start || end > MAX_NAME_OCTETS) return undefined;
  let labels = 1;
  let labelStart = start;
  let upperCase = false;
  for (let i = start; i < end; i += 1) {
    const code = input.charCodeAt(i);
    if (code >= 97 && code <= 122) continue; // a-z, by far the most common
    if (code === DOT) {
      if (!validLabel(input, labelStart, i, rules.reservedHyphens)) return undefined;
      labels += 1;
      labelStart = i + 1;
    } else if (code >= 65 && code <= 90) {
      upperCase = true;
    } else if ((code < 48 || code > 57) && code !== HYPHEN) {
      return undefined;
    }
  }
  if (!validLabel(input, labelStart, end, rules.reservedHyphens) || allDigits(input, labelStart, end)) return undefined;
  if (labels < 2 && start === 0 && !rules.singleLabel) return undefined;
  const name = end === length ? input : input.slice(0, end);
  return upperCase ? name.toLowerCase() : name;
}

/** Length 1–63, no hyphen at either end, `--` in positions 3–4 only when allowed. */
function validLabel(input: string, start: number, end: number, reservedHyphens: boolean): boolean {
  const length = end - start;
  if (length === 0 || length > MAX_LABEL_OCTETS) return false;
  if (input.charCodeAt(start) === HYPHEN || input.charCodeAt(end - 1) === HYPHEN) return false;
  return reservedHyphens || input.charCodeAt(start + 2) !== HYPHEN || input.charCodeAt(start + 3) !== HYPHEN;
}

/** A top-level label of digits only (`1.2.3.999`) is no domain. */
function allDigits(input: string, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) {
    const code = input.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}
