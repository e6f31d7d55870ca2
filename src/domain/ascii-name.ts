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
  let lastLabelAllDigits = true;
  let upperCase = false;
  for (let i = start; i <= end; i += 1) {
    const code = i === end ? DOT : input.charCodeAt(i);
    if (code === DOT) {
      const labelLength = i - labelStart;
      if (labelLength === 0 || labelLength > MAX_LABEL_OCTETS) return undefined;
      if (input.charCodeAt(labelStart) === HYPHEN || input.charCodeAt(i - 1) === HYPHEN) return undefined;
      const reserved = input.charCodeAt(labelStart + 2) === HYPHEN && input.charCodeAt(labelStart + 3) === HYPHEN;
      if (reserved && !rules.reservedHyphens) return undefined;
      if (i < end) {
        labels += 1;
        labelStart = i + 1;
        lastLabelAllDigits = true;
      }
    } else if ((code >= 97 && code <= 122) || code === HYPHEN) {
      lastLabelAllDigits = false;
    } else if (code >= 65 && code <= 90) {
      lastLabelAllDigits = false;
      upperCase = true;
    } else if (code < 48 || code > 57) {
      return undefined;
    }
  }
  if (lastLabelAllDigits || (labels < 2 && start === 0 && !rules.singleLabel)) return undefined;
  const name = end === length ? input : input.slice(0, end);
  return upperCase ? name.toLowerCase() : name;
}
