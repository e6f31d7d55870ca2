import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WordMatchMode } from '../../src/policy/vocabulary.js';
import { compileWordList, leetFold, skeleton } from '../../src/screen/index.js';
import { thrown } from '../thrown.js';

type Form = 'ascii' | 'unicode' | 'skeleton' | 'folded';
type Occurrence = { word: number; start: number; end: number };

/** How each form spells the words, as the screening docs describe it. */
const spell: Readonly<Record<Form, (word: string) => string>> = {
  ascii: (word) => word,
  unicode: (word) => word,
  skeleton: (word) => skeleton(word),
  folded: (word) => leetFold(skeleton(word)),
};

/**
 * The occurrences the slow way: a substring word wherever it occurs (overlaps too), a label word
 * when it is the whole text, a token word when it is a whole run between hyphens and digits.
 */
function naive(words: readonly string[], modes: Record<string, WordMatchMode>, text: string, form: Form) {
  const found: Occurrence[] = [];
  words.forEach((listed, word) => {
    const spelled = spell[form](listed);
    const mode = Object.hasOwn(modes, listed) ? modes[listed] : 'substring';
    if (mode === 'label' && text === spelled) found.push({ word, start: 0, end: text.length });
    if (mode === 'token')
      for (const run of text.matchAll(/[^-0-9]+/g))
        if (run[0] === spelled) found.push({ word, start: run.index, end: run.index + run[0].length });
    if (mode === 'substring' && spelled !== '')
      for (let start = 0; start + spelled.length <= text.length; start += 1)
        if (text.startsWith(spelled, start)) found.push({ word, start, end: start + spelled.length });
  });
  return found;
}

const byPosition = (a: Occurrence, b: Occurrence) => a.start - b.start || a.end - b.end || a.word - b.word;
const FORMS: readonly Form[] = ['ascii', 'unicode', 'skeleton', 'folded'];

describe('compileWordList — words in every mode and form', () => {
  it('a token word is a whole run between hyphens and digits; a label word the whole label', () => {
    const list = compileWordList(['bank', 'pay', 'mail'], { bank: 'token', pay: 'label' });
    expect(list.find('my-bank24', 'ascii')).toEqual([{ word: 0, start: 3, end: 7 }]);
    expect(list.find('mybank', 'ascii')).toEqual([]);
    expect(list.find('bank', 'ascii')).toEqual([{ word: 0, start: 0, end: 4 }]);
    expect(list.find('2bank-bank', 'ascii')).toEqual([
      { word: 0, start: 1, end: 5 },
      { word: 0, start: 6, end: 10 },
    ]);
    expect(list.find('pay', 'ascii')).toEqual([{ word: 1, start: 0, end: 3 }]);
    expect(list.find('pay-1', 'ascii')).toEqual([]);
    expect(list.find('gmail', 'ascii')).toEqual([{ word: 2, start: 1, end: 5 }]);
  });

  it('the skeleton and folded forms compare with the words spelled the same way', () => {
    const list = compileWordList(['amazon', 'apple'], { apple: 'label' });
    expect(list.find('arnazon', 'skeleton')).toEqual([{ word: 0, start: 0, end: 7 }]);
    expect(list.find('arnazon', 'ascii')).toEqual([]);
    expect(list.find('app1e', 'folded')).toEqual([]);
    expect(list.find('apple', 'folded')).toEqual([{ word: 1, start: 0, end: 5 }]);
    expect(list.respelled).toEqual({ skeleton: true, folded: false });
    expect(compileWordList(['bank'], {}).respelled).toEqual({ skeleton: false, folded: false });
    expect(compileWordList(['b0t'], {}).respelled).toEqual({ skeleton: true, folded: false });
    expect(compileWordList(['5ale'], {}).respelled).toEqual({ skeleton: false, folded: true });
  });

  it('a word listed twice, or in a mode map that names other words, is read per word', () => {
    const list = compileWordList(['bank', 'bank'], { bank: 'token', toString: 'label' } as never);
    expect(list.find('a-bank', 'ascii')).toEqual([
      { word: 0, start: 2, end: 6 },
      { word: 1, start: 2, end: 6 },
    ]);
    expect(compileWordList(['constructor'], {}).find('xconstructor', 'ascii')).toEqual([
      { word: 0, start: 1, end: 12 },
    ]);
  });

  it('property: finds exactly what the slow reading finds, in every form', () => {
    const unit = fc.constantFrom('a', 'b', 'm', 'o', '0', '1', '5', '-', 'о', 'é');
    const word = fc.string({ unit, minLength: 1, maxLength: 4 });
    const mode = fc.constantFrom<WordMatchMode>('substring', 'token', 'label');
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(word, mode), { maxLength: 6, selector: ([listed]) => listed }),
        fc.string({ unit, maxLength: 16 }),
        fc.constantFrom(...FORMS),
        (entries, text, form) => {
          const words = entries.map(([listed]) => listed);
          const modes = Object.fromEntries(entries);
          const found = compileWordList(words, modes).find(text, form);
          expect(found.sort(byPosition)).toEqual(naive(words, modes, text, form).sort(byPosition));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('refuses a form it does not know', () => {
    const error = thrown(() => compileWordList(['bank'], {}).find('bank', 'punycode' as never));
    expect(error.code).toBe('argument.invalid');
    expect(error.issues[0]?.params).toMatchObject({ path: 'form' });
  });
});
