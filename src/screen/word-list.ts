import type { WordMatchMode } from '../policy/vocabulary.js';
import type { ScreenForm } from './create-screen.js';
import { leetFold, skeleton } from './skeleton.js';
import { compileWordMatcher, type WordMatcher, type WordOccurrence } from './word-matcher.js';

/** A word list compiled for every form a label is read in. */
export interface WordList {
  readonly words: readonly string[];
  /** Whether some word is spelled differently as a skeleton / folded skeleton (`amazon` → `arnazon`). */
  readonly respelled: { readonly skeleton: boolean; readonly folded: boolean };
  /** Occurrences of listed words in `text`, read as the given form. */
  find(text: string, form: ScreenForm): WordOccurrence[];
}

/** Which spelling of the words each form of a label is compared with. */
type Spelling = 'plain' | 'skeleton' | 'folded';
const SPELLING: Readonly<Record<ScreenForm, Spelling>> = {
  ascii: 'plain',
  unicode: 'plain',
  skeleton: 'skeleton',
  folded: 'folded',
};
const SPELL: Readonly<Record<Spelling, (word: string) => string>> = {
  plain: (word) => word,
  skeleton,
  folded: (word) => leetFold(skeleton(word)),
};

/**
 * Compiles words for screening: substring words into one automaton per spelling (the words as
 * listed, their confusable skeletons, their leet-folded skeletons — `amazon` is `arnazon` in the
 * skeleton form, on both sides), whole-label and token words into hash sets. Indices in the
 * occurrences refer to `words`.
 *
 * @example
 * compileWordList(['bank'], { bank: 'token' }).find('my-bank24', 'ascii') // => [{ word: 0, start: 3, end: 7 }]
 */
export function compileWordList(words: readonly string[], modes: Readonly<Record<string, WordMatchMode>>): WordList {
  const modeOf = (word: string): WordMatchMode =>
    Object.hasOwn(modes, word) ? (modes[word] as WordMatchMode) : 'substring';
  const compiled = {} as Record<
    Spelling,
    { matcher: WordMatcher; spelled: readonly string[]; exact: Map<string, number[]> }
  >;
  for (const spelling of ['plain', 'skeleton', 'folded'] as const) {
    const spelled = words.map(SPELL[spelling]);
    const substring = spelled.map((word, i) => (modeOf(words[i] as string) === 'substring' ? word : ''));
    const exact = new Map<string, number[]>();
    spelled.forEach((word, i) => {
      if (modeOf(words[i] as string) !== 'substring') exact.set(word, [...(exact.get(word) ?? []), i]);
    });
    compiled[spelling] = { matcher: compileWordMatcher(substring), spelled, exact };
  }
  const differs = (a: Spelling, b: Spelling) => compiled[a].spelled.some((word, i) => word !== compiled[b].spelled[i]);
  return {
    words,
    respelled: { skeleton: differs('skeleton', 'plain'), folded: differs('folded', 'skeleton') },
    find(text: string, form: ScreenForm): WordOccurrence[] {
      const { matcher, exact } = compiled[SPELLING[form]];
      const found = matcher.find(text);
      if (exact.size === 0) return found;
      for (const index of exact.get(text) ?? [])
        if (modeOf(words[index] as string) === 'label') found.push({ word: index, start: 0, end: text.length });
      let offset = 0;
      for (const token of text.split(/[-0-9]+/)) {
        const start = text.indexOf(token, offset);
        offset = start + token.length;
        for (const index of exact.get(token) ?? [])
          if (modeOf(words[index] as string) === 'token') found.push({ word: index, start, end: offset });
      }
      return found;
    },
  };
}
