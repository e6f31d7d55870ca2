import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONFUSABLES_BY_PROTOTYPE } from '../../src/screen/confusables-data.js';
import { leetFold, skeleton } from '../../src/screen/index.js';
import { thrown } from '../thrown.js';

/**
 * The skeleton read straight from the generated table, character by character, the slow way:
 * NFD, combining marks dropped, each character replaced by its prototype, lower-cased. The
 * library's LDH fast path must give the same answer.
 */
function referenceSkeleton(text: string): string {
  const prototypeOf = new Map<string, string>();
  for (const [prototype, characters] of Object.entries(CONFUSABLES_BY_PROTOTYPE))
    for (const character of characters) prototypeOf.set(character, prototype);
  let result = '';
  for (const character of text.normalize('NFD').replace(/\p{M}/gu, ''))
    result += prototypeOf.get(character) ?? character;
  return result.toLowerCase();
}

const LDH = 'abcdefghijklmnopqrstuvwxyz0123456789-';
const ldhText = fc.string({ unit: fc.constantFrom(...LDH), maxLength: 24 });
/** Characters of the table, ASCII capitals and accents beside plain LDH. */
const tableCharacters = Object.values(CONFUSABLES_BY_PROTOTYPE).flatMap((characters) => [...characters]);
const mixedText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...LDH),
    fc.constantFrom(...tableCharacters),
    fc.constantFrom('A', 'M', 'é', 'ñ', '\u0301', '.', '_'),
  ),
  maxLength: 16,
});

describe('skeleton (UTS #39 §4, combining marks dropped)', () => {
  it.each([
    ['gооgle', 'google'], // Cyrillic о
    ['pаypаl', 'paypal'], // Cyrillic а
    ['paypál', 'paypal'], // the accent is dropped
    ['pa\u0301ypal', 'paypal'], // the same, already decomposed
    ['ｇｏｏｇｌｅ', 'google'], // full-width
    ['PAYPAL', 'paypal'],
    ['amazon', 'arnazon'], // m reads as rn, on both sides
    ['g00gle', 'google'], // 0 reads as o
    ['1inkedin', 'linkedin'], // 1 reads as l
    ['a-b-9', 'a-b-9'],
    ['', ''],
  ])('%s → %s', (text, expected) => {
    expect(skeleton(text)).toBe(expected);
    expect(referenceSkeleton(text)).toBe(expected);
  });

  it('property: the LDH fast path gives what the table gives', () => {
    fc.assert(fc.property(ldhText, (text) => skeleton(text) === referenceSkeleton(text)));
  });

  it('property: any text, table characters included, gives what the table gives', () => {
    fc.assert(fc.property(mixedText, (text) => skeleton(text) === referenceSkeleton(text)));
  });

  it('refuses what is not text', () => {
    expect(thrown(() => skeleton(42 as never)).code).toBe('argument.invalid');
    expect(thrown(() => leetFold(null as never)).code).toBe('argument.invalid');
  });
});

describe('leetFold', () => {
  it.each([
    ['0', 'o'],
    ['1', 'l'],
    ['3', 'e'],
    ['4', 'a'],
    ['5', 's'],
    ['7', 't'],
    ['$', 's'],
    ['g00gle-4pp1e', 'google-apple'],
    ['2689', '2689'], // digits that read as no letter stay
  ])('%s → %s', (text, expected) => {
    expect(leetFold(text)).toBe(expected);
  });

  it('property: only the leet characters change, one for one', () => {
    const leet = new Map(Object.entries({ 0: 'o', 1: 'l', 3: 'e', 4: 'a', 5: 's', 7: 't', $: 's' }));
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...`${LDH}$_.`), maxLength: 24 }), (text) => {
        const folded = leetFold(text);
        return folded.length === text.length && [...text].every((c, i) => folded[i] === (leet.get(c) ?? c));
      }),
    );
  });
});
