import { type AsciiNameRules, FORBIDDEN_HOST_ASCII, scanAsciiName } from './ascii-name.js';
import { isValidALabel, unicodeToAscii } from './idn.js';
import { MAX_DOMAIN_INPUT_LENGTH } from './limits.js';

const HOST_RULES: AsciiNameRules = { wildcard: false, singleLabel: true, reservedHyphens: false };
const HOST_RULES_XN: AsciiNameRules = { wildcard: false, singleLabel: true, reservedHyphens: true };

/**
 * A host name as a client asks for it, in the A-label form certificates carry — or `undefined`
 * when it is not a valid host name. The lean, non-throwing cousin of `normalizeDomain` for
 * matching: no issues are built, single-label names are allowed, wildcards are not (a client
 * never asks for `*.example.com`), and IP literals are the caller's business.
 *
 * @example
 * asciiHostname('WWW.Bücher.de.') // => 'www.xn--bcher-kva.de'
 * asciiHostname('xn--a.com')       // => undefined (invalid punycode)
 */
export function asciiHostname(input: string): string | undefined {
  const fast = scanAsciiName(input, HOST_RULES);
  if (fast !== undefined) return fast;
  if (input.length > MAX_DOMAIN_INPUT_LENGTH || FORBIDDEN_HOST_ASCII.test(input) || !input.isWellFormed())
    return undefined;
  const hasUnicode = /[^a-zA-Z0-9.-]/.test(input); // only non-ASCII is left after FORBIDDEN_HOST_ASCII
  const ascii = hasUnicode ? unicodeToAscii(input) : input;
  const name = ascii === null ? undefined : scanAsciiName(ascii, HOST_RULES_XN);
  if (name === undefined) return undefined;
  // Labels with `--` in positions 3–4 must be valid A-labels (DOM-07).
  for (const label of name.split('.')) {
    if (label[2] === '-' && label[3] === '-' && !(label.startsWith('xn--') && isValidALabel(label))) return undefined;
  }
  return name;
}
