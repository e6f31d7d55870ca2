import { encode } from 'punycode/punycode.es6.js';

/**
 * The scripts where UTS #46 (as the WHATWG URL parser applies it: non-transitional, no STD3
 * rules, no hyphen checks) is a case mapping and nothing else: every code point below is valid or
 * maps to one valid code point `delta` away, is its own NFC form, composes with nothing around it,
 * is left-to-right (no bidi rule applies), and is no joiner. `[first, last, delta]`, sorted.
 * `test/domain/simple-idn.test.ts` holds every code point of every range, upper and lower case, to
 * the platform's URL parser; a name with any other non-ASCII character takes the URL parser.
 */
const SIMPLE_RANGES: readonly (readonly [first: number, last: number, delta: number])[] = [
  [0x41, 0x5a, 0x20], // A–Z
  [0xc0, 0xd6, 0x20], // À–Ö
  [0xd8, 0xde, 0x20], // Ø–Þ
  [0xdf, 0xf6, 0], // ß–ö (ß stays: non-transitional)
  [0xf8, 0xff, 0], // ø–ÿ
  [0x391, 0x3a1, 0x20], // Greek capitals Α–Ρ
  [0x3a3, 0x3a9, 0x20], // Σ–Ω
  [0x3b1, 0x3c9, 0], // α–ω (final ς stays)
  [0x400, 0x40f, 0x50], // Ѐ–Џ
  [0x410, 0x42f, 0x20], // А–Я
  [0x430, 0x45f, 0], // а–џ
  [0x3041, 0x3096, 0], // Hiragana
  [0x30a1, 0x30fa, 0], // Katakana
  [0x4e00, 0x9fa5, 0], // CJK Unified Ideographs of Unicode 1.1
  [0xac00, 0xd7a3, 0], // Hangul syllables
];

/** The mapped code point, or -1 outside the simple ranges (binary search). */
function simpleMapping(code: number): number {
  let low = 0;
  let high = SIMPLE_RANGES.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [first, last, delta] = SIMPLE_RANGES[middle] as readonly [number, number, number];
    if (code < first) high = middle - 1;
    else if (code > last) low = middle + 1;
    else return code + delta;
  }
  return -1;
}

/** `0x…` or all digits: a last label the URL parser reads as an IPv4 number (and refuses). */
const NUMERIC_LABEL = /^(?:0x[0-9a-f]*|\d+)$/i;

/**
 * What `new URL('http://' + name).hostname` returns, computed here for names whose non-ASCII
 * characters all fall in {@link SIMPLE_RANGES} — Chinese, Japanese kana, Korean, Cyrillic, Greek
 * and Latin-1 letters, the names most consoles see — without a round trip through the parser.
 * `labels` lists the A-labels it encoded, which are valid by construction (their punycode decodes
 * to a valid label that maps to itself). `undefined` when the name needs the URL parser: another
 * character, an empty label, a Unicode label that starts with `xn--`, an ASCII `xn--` label beside
 * Unicode ones, or a numeric last label. The caller has refused ASCII other than letters, digits,
 * `-` and `.`.
 *
 * @example
 * simpleUnicodeToAscii('Bücher.Example')  // => { ascii: 'xn--bcher-kva.example', encoded: [0] }
 * simpleUnicodeToAscii('ｅｘａｍｐｌｅ.com') // => undefined (full-width forms need UTS #46's tables)
 */
export function simpleUnicodeToAscii(name: string): { ascii: string; encoded: number[] } | undefined {
  const labels = name.split('.');
  const trailingDot = labels.length > 1 && labels[labels.length - 1] === '';
  if (trailingDot) labels.pop();
  if (NUMERIC_LABEL.test(labels[labels.length - 1] as string)) return undefined;
  const encoded: number[] = [];
  for (let index = 0; index < labels.length; index += 1) {
    const label = labels[index] as string;
    if (label === '' || startsWithAcePrefix(label)) return undefined;
    if (!NON_ASCII.test(label)) {
      labels[index] = label.toLowerCase();
      continue;
    }
    const mapped = mapLabel(label);
    if (mapped === undefined) return undefined;
    labels[index] = `xn--${encode(mapped)}`;
    encoded.push(index);
  }
  const ascii = labels.join('.');
  return { ascii: trailingDot ? `${ascii}.` : ascii, encoded };
}

const NON_ASCII = /[^\0-\x7f]/;

/** The label with every character mapped; the label itself when none changes (most are lower case). */
function mapLabel(label: string): string | undefined {
  let mapped: string | undefined;
  for (let i = 0; i < label.length; i += 1) {
    const code = label.charCodeAt(i);
    const target = code < 0x80 && (code < 0x41 || code > 0x5a) ? code : simpleMapping(code);
    if (target < 0) return undefined;
    if (target !== code && mapped === undefined) mapped = label.slice(0, i);
    if (mapped !== undefined) mapped += String.fromCharCode(target);
  }
  return mapped ?? label;
}

/** `xn--` in any case: an A-label, or (in Unicode) a label UTS #46 refuses. */
function startsWithAcePrefix(label: string): boolean {
  return (
    label.length > 3 &&
    (label.charCodeAt(0) | 0x20) === 0x78 &&
    (label.charCodeAt(1) | 0x20) === 0x6e &&
    label.charCodeAt(2) === 0x2d &&
    label.charCodeAt(3) === 0x2d
  );
}
