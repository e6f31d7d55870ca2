import { stringArgument, stringsArgument } from '../core/argument.js';

/**
 * A compiled multi-word substring matcher (Aho–Corasick): one pass over the text finds every
 * occurrence of every word, so screening costs the same with 25 words or 10,000.
 *
 * The automaton is a full DFA over the host-name alphabet (`a`–`z`, `0`–`9`, `-`), one typed-array
 * lookup per character. Words with other characters (a brand may list Chinese words) get
 * per-state maps with failure links for those characters.
 */

/** One occurrence: which word (index in the list), and where (`end` exclusive). */
export interface WordOccurrence {
  readonly word: number;
  readonly start: number;
  readonly end: number;
}

/** A compiled word list. */
export interface WordMatcher {
  /** Every occurrence of every word in `text`, by end position. */
  find(text: string): WordOccurrence[];
}

const ALPHABET_SIZE = 37; // a–z, 0–9, '-'
/** ASCII code → column in the DFA, or -1 outside the host-name alphabet. */
const COLUMN: Int8Array = /* @__PURE__ */ (() => {
  const columns = new Int8Array(128).fill(-1);
  for (let code = 97; code <= 122; code += 1) columns[code] = code - 97;
  for (let code = 48; code <= 57; code += 1) columns[code] = code - 48 + 26;
  columns[45] = 36;
  return columns;
})();

/**
 * Compiles a word list. Empty words are ignored; duplicates are reported once each.
 *
 * @example
 * const matcher = compileWordMatcher(['pal', 'pay', 'paypal']);
 * matcher.find('mypaypal') // => [{ word: 1, start: 2, end: 5 }, { word: 2, start: 2, end: 8 }, { word: 0, start: 5, end: 8 }]
 */
export function compileWordMatcher(words: readonly string[]): WordMatcher {
  stringsArgument(words, 'words');
  const { children, ownWords } = buildTrie(words);
  const { fail, outputs, order } = linkFailures(children, ownWords);
  const delta = denseTable(children, fail, order);
  const hasOtherCharacters = words.some((word) => /[^a-z0-9-]/.test(word));

  return {
    find(text: string): WordOccurrence[] {
      stringArgument(text, 'text');
      const found: WordOccurrence[] = [];
      let state = 0;
      for (let i = 0; i < text.length; i += 1) {
        const code = text.charCodeAt(i);
        const column = code < 128 ? (COLUMN[code] as number) : -1;
        if (column >= 0) state = delta[state * ALPHABET_SIZE + column] as number;
        else state = hasOtherCharacters ? transition(children, fail, state, code) : 0;
        const output = outputs[state];
        if (output === undefined) continue;
        for (const word of output) found.push({ word, start: i + 1 - (words[word] as string).length, end: i + 1 });
      }
      return found;
    },
  };
}

/** Step 1: the trie, a map of children per state, and the words ending at each state. */
function buildTrie(words: readonly string[]): { children: Map<number, number>[]; ownWords: number[][] } {
  const children: Map<number, number>[] = [new Map()];
  const ownWords: number[][] = [[]];
  words.forEach((word, index) => {
    if (word === '') return;
    let state = 0;
    for (let i = 0; i < word.length; i += 1) {
      const code = word.charCodeAt(i);
      let next = (children[state] as Map<number, number>).get(code);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        ownWords.push([]);
        (children[state] as Map<number, number>).set(code, next);
      }
      state = next;
    }
    (ownWords[state] as number[]).push(index);
  });
  return { children, ownWords };
}

/** Step 2: failure links and outputs, breadth first; `order` is that breadth-first order. */
function linkFailures(children: readonly Map<number, number>[], ownWords: readonly number[][]) {
  const fail = new Int32Array(children.length);
  const outputs: (readonly number[] | undefined)[] = new Array(children.length);
  const order: number[] = [...(children[0] as Map<number, number>).values()];
  for (let head = 0; head < order.length; head += 1) {
    const state = order[head] as number;
    const inherited = outputs[fail[state] as number] ?? [];
    const own = ownWords[state] as number[];
    outputs[state] = own.length + inherited.length === 0 ? undefined : [...own, ...inherited];
    for (const [code, child] of children[state] as Map<number, number>) {
      fail[child] = transition(children, fail, fail[state] as number, code);
      order.push(child);
    }
  }
  return { fail, outputs, order };
}

/** Step 3: the dense DFA over the host-name alphabet, filled in breadth-first order. */
function denseTable(children: readonly Map<number, number>[], fail: Int32Array, order: readonly number[]): Int32Array {
  const delta = new Int32Array(children.length * ALPHABET_SIZE);
  for (const state of [0, ...order]) {
    for (let code = 0; code < 128; code += 1) {
      const column = COLUMN[code] as number;
      if (column < 0) continue;
      const own = (children[state] as Map<number, number>).get(code);
      delta[state * ALPHABET_SIZE + column] =
        own ?? (state === 0 ? 0 : (delta[(fail[state] as number) * ALPHABET_SIZE + column] as number));
    }
  }
  return delta;
}

/** The goto function with failure links, for characters outside the dense alphabet. */
function transition(children: readonly Map<number, number>[], fail: Int32Array, from: number, code: number): number {
  for (let state = from; ; state = fail[state] as number) {
    const next = (children[state] as Map<number, number>).get(code);
    if (next !== undefined) return next;
    if (state === 0) return 0;
  }
}
