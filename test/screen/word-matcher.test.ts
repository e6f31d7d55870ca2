import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileWordMatcher } from '../../src/screen/index.js';

/** Every occurrence of every word, the slow way. */
function naive(words: readonly string[], text: string) {
  const found: { word: number; start: number; end: number }[] = [];
  for (let end = 1; end <= text.length; end += 1) {
    words.forEach((word, index) => {
      if (word !== '' && end >= word.length && text.slice(end - word.length, end) === word) {
        found.push({ word: index, start: end - word.length, end });
      }
    });
  }
  return found;
}

const byPosition = (a: { end: number; word: number }, b: { end: number; word: number }) =>
  a.end - b.end || a.word - b.word;

describe('compileWordMatcher (Aho–Corasick)', () => {
  it('finds overlapping words, including words inside words', () => {
    const found = compileWordMatcher(['he', 'she', 'his', 'hers']).find('ushers');
    expect(found.sort(byPosition)).toEqual([
      { word: 0, start: 2, end: 4 },
      { word: 1, start: 1, end: 4 },
      { word: 3, start: 2, end: 6 },
    ]);
  });

  it('handles words outside the host-name alphabet (a brand may list Chinese words)', () => {
    expect(compileWordMatcher(['银行', 'bank']).find('中国银行-bank')).toEqual([
      { word: 0, start: 2, end: 4 },
      { word: 1, start: 5, end: 9 },
    ]);
  });

  it('ignores empty words and finds nothing in empty text', () => {
    expect(compileWordMatcher(['', 'a']).find('')).toEqual([]);
    expect(compileWordMatcher([]).find('anything')).toEqual([]);
  });

  /** The matcher finds what the naive search finds, for word lists and texts over `characters`. */
  const agreesWithNaive = (characters: readonly string[], sizes: { word: number; words: number; text: number }) => {
    const unit = fc.constantFrom(...characters);
    const word = fc.string({ unit, minLength: 1, maxLength: sizes.word });
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: sizes.words }),
        fc.string({ unit, maxLength: sizes.text }),
        (words, text) => {
          expect(compileWordMatcher(words).find(text).sort(byPosition)).toEqual(naive(words, text).sort(byPosition));
        },
      ),
      { numRuns: 500 },
    );
  };

  it('property: finds exactly the occurrences a naive search finds', () => {
    agreesWithNaive(['a', 'b', 'c', '-', '0', 'é', '银'], { word: 4, words: 12, text: 30 });
  });

  it('property: the same at the edges of the dense alphabet (a z 0 9 -) and just outside it', () => {
    // '`' and '{' sit beside a–z, '/' and ':' beside 0–9, ',' and '.' beside '-'
    const edges = ['a', 'z', '0', '9', '-', '`', '{', '/', ':', ',', '.', 'A', '\u007f', 'é'];
    agreesWithNaive(edges, { word: 3, words: 8, text: 24 });
  });

  it('a word outside the alphabet resets nothing it should not: "a.b" inside "xa.b", "a.b" not inside "a-b"', () => {
    expect(compileWordMatcher(['a.b', 'b']).find('xa.b')).toEqual([
      { word: 0, start: 1, end: 4 },
      { word: 1, start: 3, end: 4 },
    ]);
    expect(compileWordMatcher(['a.b']).find('a-b')).toEqual([]);
    expect(compileWordMatcher(['ab']).find('a.b')).toEqual([]);
  });
});
