import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanAsciiName } from '../../src/domain/ascii-name.js';
import { asciiHostname } from '../../src/domain/hostname.js';
import { fastPathRules, inspectDomain, inspectThoroughly, type NormalizeOptions } from '../../src/domain/normalize.js';

/**
 * The plain-ASCII fast path (`scanAsciiName`) answers for almost every name, so it must give
 * exactly the thorough path's answer: the same name for every plain name the thorough path
 * accepts, and nothing for every name it refuses. Only `xn--`-style labels (`--` in positions
 * 3–4) are left to the thorough path on purpose.
 */
const OPTIONS: readonly NormalizeOptions[] = [
  {},
  { allowWildcard: false },
  { allowSingleLabel: true },
  { allowWildcard: false, allowSingleLabel: true },
];

const character = fc.constantFrom('a', 'z', 'A', 'Z', '0', '9', '-', '.', '*', '_', '`', '{', '@', '[', '/', ':');
const label = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: character, maxLength: 6 }) },
  fc.constantFrom(62, 63, 64).map((length) => 'a'.repeat(length)),
  fc.constantFrom('xn--bcher-kva', 'ab--cd', 'a-b', 'ab-c', 'abc-d', '-a', 'a-', '123', '1-2', '1a', 'A1'),
);
const name = fc
  .tuple(fc.constantFrom('', '*.', '*'), fc.array(label, { minLength: 1, maxLength: 6 }), fc.constantFrom('', '.'))
  .map(([prefix, labels, suffix]) => `${prefix}${labels.join('.')}${suffix}`);
/** Names around the 253-octet limit: four labels of 63 and a last one of 1–3 characters. */
const longName = fc.tuple(fc.integer({ min: 0, max: 3 }), fc.constantFrom('', '.', '*.')).map(([extra, edge]) => {
  const base = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(57 + extra)}.com`;
  return edge === '*.' ? `*.${base}` : `${base}${edge}`;
});

const reservedHyphens = (text: string) => text.split('.').some((part) => part.slice(2, 4) === '--');

describe('the fast path and the thorough path agree', () => {
  it.each(OPTIONS)('property, options %o: scanAsciiName gives what the thorough checks give', (options) => {
    fc.assert(
      fc.property(fc.oneof(name, longName), (text) => {
        const thorough = inspectThoroughly(text, options);
        const fast = scanAsciiName(text, fastPathRules(options));
        if (reservedHyphens(text)) expect(fast).toBeUndefined();
        else expect(fast).toBe(thorough.ok ? thorough.name : undefined);
        expect(inspectDomain(text, options)).toEqual(thorough);
      }),
      { numRuns: 600 },
    );
  });

  it.each([
    ['WWW.Example.COM.', {}, 'www.example.com'],
    ['*.example.com', {}, '*.example.com'],
    ['*.com', {}, '*.com'],
    ['localhost', { allowSingleLabel: true }, 'localhost'],
    [`${'a'.repeat(63)}.com`, {}, `${'a'.repeat(63)}.com`],
    ['a-b.c-d.com', {}, 'a-b.c-d.com'],
    ['a.b9', {}, 'a.b9'],
  ] as const)('%s is taken by the fast path', (text, options, expected) => {
    expect(scanAsciiName(text, fastPathRules(options))).toBe(expected);
  });

  it.each([
    ['*.example.com', { allowWildcard: false }],
    ['localhost', {}],
    ['*', {}],
    ['*.', {}],
    ['.com', {}],
    ['a..com', {}],
    ['a.com..', {}],
    ['1.2.3.4', {}],
    ['a.123', {}],
    [`${'a'.repeat(64)}.com`, {}],
    ['-a.com', {}],
    ['a-.com', {}],
    ['xn--bcher-kva.de', {}], // left to the thorough path
    ['', {}],
  ] as const)('%s is not taken by the fast path (options %o)', (text, options) => {
    expect(scanAsciiName(text, fastPathRules(options))).toBeUndefined();
  });
});

describe('asciiHostname agrees with inspectDomain for host names', () => {
  /** Beside the ASCII edges: characters UTS #46 maps (full-width, ideographic full stop, ß, ü). */
  const unicodeName = fc
    .array(
      fc.oneof(label, fc.constantFrom('bücher', 'ＡＢ', 'straße', 'a。b', '１２７', 'xn--', '食狮', 'ab-c', 'abc-d')),
      {
        minLength: 1,
        maxLength: 4,
      },
    )
    .map((labels) => labels.join('.'));

  it('property: the same name, or none, as inspectDomain with single labels allowed and no wildcard', () => {
    fc.assert(
      fc.property(fc.oneof(name, longName, unicodeName), (text) => {
        const inspection = inspectDomain(text, { allowSingleLabel: true, allowWildcard: false });
        expect(asciiHostname(text)).toBe(inspection.ok ? inspection.name : undefined);
      }),
      { numRuns: 1500 },
    );
  });

  it.each([
    ['a'.repeat(1025), undefined],
    ['WWW.Bücher.de.', 'www.xn--bcher-kva.de'],
    ['xn--bcher-kva.de', 'xn--bcher-kva.de'],
    ['ab--c.de', undefined],
    ['a-b--c.de', 'a-b--c.de'],
    ['xn--zz.de', undefined],
    ['bücher..de', undefined],
  ])('%s → %s', (text, expected) => {
    expect(asciiHostname(text)).toBe(expected);
  });
});
