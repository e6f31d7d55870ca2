import { decode } from 'punycode/punycode.es6.js';

/**
 * Internationalised domain names (DOM-07). Unicode → A-labels uses the platform's WHATWG URL host
 * parser, which implements UTS #46 (non-transitional, so `faß.de` stays `xn--fa-hia.de`) in Node
 * and in every current browser, at no bundle cost. A-labels are checked here with the `punycode`
 * package so that invalid punycode is refused the same way on every platform.
 */

/**
 * Maps a name with non-ASCII characters to its A-label form, or `null` when UTS #46 refuses it.
 * The caller has already refused ASCII characters that are not letters, digits, `-` or `.`, so
 * the URL parser sees a host and nothing else.
 *
 * @example
 * unicodeToAscii('Bücher.example')     // => 'xn--bcher-kva.example'
 * unicodeToAscii('ＥＸＡＭＰＬＥ．ｃｏｍ') // => 'example.com' (UTS #46 width mapping)
 */
export function unicodeToAscii(name: string): string | null {
  try {
    return new URL(`http://${name}/`).hostname;
  } catch {
    return null;
  }
}

/**
 * `true` when an `xn--` label is a valid A-label: its punycode decodes, the result is not plain
 * ASCII, and UTS #46 maps it back to exactly this label (so upper-case, disallowed or unnormalised
 * code points hidden inside punycode are refused).
 *
 * @example
 * isValidALabel('xn--bcher-kva') // => true  ('bücher')
 * isValidALabel('xn--a')         // => false (decodes to nothing)
 * isValidALabel('xn--abc-')      // => false (decodes to ASCII 'abc')
 */
export function isValidALabel(label: string): boolean {
  let decoded: string;
  try {
    decoded = decode(label.slice(4));
  } catch {
    return false;
  }
  // An all-ASCII decoding (`xn--abc-`) maps back to itself, never to the label: no check of its own.
  return unicodeToAscii(decoded) === label;
}
