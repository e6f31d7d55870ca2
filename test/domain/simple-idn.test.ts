import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inspectDomain, normalizeDomain } from '../../src/domain/index.js';
import { inspectThoroughly } from '../../src/domain/normalize.js';
import { simpleUnicodeToAscii } from '../../src/domain/simple-idn.js';

/** The platform's WHATWG URL parser: the reference the simple mapping must equal. */
const viaUrl = (name: string): string | null => {
  try {
    return new URL(`http://${name}/`).hostname;
  } catch {
    return null;
  }
};

/** The simple ranges, written out again here (not read from the code) as [first, last]. */
const RANGES: readonly [number, number][] = [
  [0xc0, 0xd6],
  [0xd8, 0xf6],
  [0xf8, 0xff],
  [0x391, 0x3a1],
  [0x3a3, 0x3a9],
  [0x3b1, 0x3c9],
  [0x400, 0x45f],
  [0x3041, 0x3096],
  [0x30a1, 0x30fa],
  [0x4e00, 0x9fa5],
  [0xac00, 0xd7a3],
];
const SIMPLE = RANGES.flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, i) => first + i));

describe("simpleUnicodeToAscii: the URL parser's answer without the URL parser (issue 22)", () => {
  it(`equals the URL parser for each of the ${SIMPLE.length} code points, alone and in a label`, () => {
    const wrong: string[] = [];
    for (const code of SIMPLE) {
      const character = String.fromCharCode(code);
      for (const name of [
        `${character}.cn`,
        `a${character}-b${character}.example.com`,
        `X${character}1.Example.COM.`,
      ]) {
        const simple = simpleUnicodeToAscii(name);
        if (simple === undefined || simple.ascii !== viaUrl(name)) wrong.push(`U+${code.toString(16)} in ${name}`);
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('equals the URL parser, or leaves the name to it, on any name of simple, ASCII and other characters', () => {
    const simple = fc.constantFrom(...SIMPLE.filter((_, i) => i % 37 === 0)).map((code) => String.fromCharCode(code));
    const others = fc.constantFrom(
      'ａ',
      '。',
      'İ',
      'ǅ',
      'ﬀ',
      '\u0301',
      '\u200d',
      'א',
      'ß',
      'ς',
      'ｘｎ--',
      '①',
      'ᄀ',
      '\u3000',
    );
    const ascii = fc.constantFrom('a', 'Z', '0', '9', '-', '.', 'xn--', '0x', '1');
    const name = fc
      .array(fc.oneof(simple, others, ascii), { minLength: 1, maxLength: 12 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(name, (input) => {
        const result = simpleUnicodeToAscii(input);
        if (result !== undefined) expect(result.ascii).toBe(viaUrl(input));
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves to the URL parser what only it knows', () => {
    for (const name of [
      'ｅｘａｍｐｌｅ.com',
      'bücher。de',
      'xn--bücher.de',
      'ü.xn--abc.de',
      'ü.123',
      'ü.0x1f',
      'ü..de',
      'ǅ.de',
    ])
      expect(simpleUnicodeToAscii(name), name).toBeUndefined();
  });

  it('gives normalizeDomain the same answers as the thorough path alone, issues included', () => {
    const label = fc
      .array(fc.constantFrom(...'aZ9-', ...'éÜßçøжЖΣσς食狮公司가나ひカ'), { minLength: 0, maxLength: 70 })
      .map((chars) => chars.join(''));
    const name = fc.array(label, { minLength: 1, maxLength: 4 }).map((labels) => labels.join('.'));
    fc.assert(
      fc.property(name, fc.boolean(), (input, wildcard) => {
        const full = wildcard ? `*.${input}` : input;
        const reference = referenceInspection(full);
        expect(inspectDomain(full)).toEqual(reference);
      }),
      { numRuns: 1500 },
    );
    expect(normalizeDomain('*.Bücher.DE')).toBe('*.xn--bcher-kva.de');
    expect(normalizeDomain('食狮.公司.cn')).toBe('xn--85x722f.xn--55qx5d.cn');
  });
});

/**
 * What inspecting a name gave before the simple mapping: its Unicode mapped by the URL parser,
 * then the A-labels checked as any ASCII name's are (punycode decoded and mapped back), the
 * input kept as the subject of an issue.
 */
function referenceInspection(input: string) {
  const wildcard = input.startsWith('*.');
  const body = wildcard ? input.slice(2) : input;
  if (!/[^ -~]/.test(body)) return inspectThoroughly(input, {}); // printable ASCII only
  const ascii = viaUrl(body);
  if (ascii === null) return inspectThoroughly(input, {});
  // the URL parser's A-labels, checked as an ASCII name would be (their punycode decoded again)
  const asAscii = inspectThoroughly(wildcard ? `*.${ascii}` : ascii, {});
  if (!asAscii.ok) return { ok: false, issue: { ...asAscii.issue, subject: input } };
  return asAscii;
}
