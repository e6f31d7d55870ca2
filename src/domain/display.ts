import { toUnicode } from 'punycode/punycode.es6.js';
import { normalizeDomain } from './normalize.js';

/**
 * The Unicode form of a domain name, for showing to people; certificates and comparisons use
 * the A-label form from `normalizeDomain`. The name is normalised first, so invalid input throws
 * `CertkitError` like `normalizeDomain` does (single-label names are accepted here).
 *
 * @example
 * domainToUnicode('xn--85x722f.xn--55qx5d.cn') // => '食狮.公司.cn'
 * domainToUnicode('*.XN--BCHER-KVA.de')       // => '*.bücher.de'
 */
export function domainToUnicode(input: unknown): string {
  return toUnicode(normalizeDomain(input, { allowSingleLabel: true }));
}
