import { invalidArgument, objectArgument, stringsArgument } from '../core/argument.js';
import { ownEntry } from '../core/own-entry.js';
import type { WordMatchMode } from '../policy/vocabulary.js';
import { leetFold, skeleton } from './skeleton.js';
import type { ScreenForm } from './types.js';
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
  stringsArgument(words, 'words');
  objectArgument(modes, 'modes');
  const wordModes = words.map(
    (word): WordMatchMode => (Object.hasOwn(modes, word) ? (modes[word] as WordMatchMode) : 'substring'),
  );
  const compiled = {} as Record<Spelling, Compiled>;
  for (const spelling of ['plain', 'skeleton', 'folded'] as const) {
    const spelled = words.map(SPELL[spelling]);
    const labels = new Map<string, number[]>();
    const tokens = new Map<string, number[]>();
    spelled.forEach((word, i) => {
      const exact = wordModes[i] === 'label' ? labels : wordModes[i] === 'token' ? tokens : undefined;
      exact?.set(word, [...(exact.get(word) ?? []), i]);
    });
    const substring = spelled.map((word, i) => (wordModes[i] === 'substring' ? word : ''));
    compiled[spelling] = { matcher: compileWordMatcher(substring), spelled, labels, tokens };
  }
  const differs = (a: Spelling, b: Spelling) => compiled[a].spelled.some((word, i) => word !== compiled[b].spelled[i]);
  return {
    words,
    respelled: { skeleton: differs('skeleton', 'plain'), folded: differs('folded', 'skeleton') },
    find(text: string, form: ScreenForm): WordOccurrence[] {
      const spelling = ownEntry(SPELLING, form);
      if (spelling === undefined) throw invalidArgument('form', Object.keys(SPELLING).join(' | '), form);
      const { matcher, labels, tokens } = compiled[spelling];
      const found = matcher.find(text);
      for (const index of labels.get(text) ?? []) found.push({ word: index, start: 0, end: text.length });
      if (tokens.size === 0) return found;
      let offset = 0;
      for (const token of text.split(/[-0-9]+/)) {
        const start = text.indexOf(token, offset);
        offset = start + token.length;
        for (const index of tokens.get(token) ?? []) found.push({ word: index, start, end: offset });
      }
      return found;
    },
  };
}

/** One spelling of the list: the substring automaton, and whole-label and token words by text. */
interface Compiled {
  readonly matcher: WordMatcher;
  readonly spelled: readonly string[];
  readonly labels: ReadonlyMap<string, readonly number[]>;
  readonly tokens: ReadonlyMap<string, readonly number[]>;
}
