import { stringArgument } from '../core/argument.js';
import { CONFUSABLES_BY_PROTOTYPE } from './confusables-data.js';

let prototypeOf: Map<string, string> | undefined;

/** The confusables table as a map from character to prototype, built on first use. */
function prototypes(): Map<string, string> {
  if (prototypeOf === undefined) {
    prototypeOf = new Map();
    for (const [prototype, characters] of Object.entries(CONFUSABLES_BY_PROTOTYPE)) {
      for (const character of characters) prototypeOf.set(character, prototype);
    }
  }
  return prototypeOf;
}

const COMBINING_MARK = /\p{M}/gu;

/**
 * A confusable skeleton for screening (after UTS #39 §4): decompose (NFD), drop combining marks
 * (so `paypál` reads as `paypal` — a deliberate step beyond UTS #39, which keeps accents), map
 * every character confusable with an ASCII letter or digit to it (Cyrillic `о` → `o`, `ｇ` → `g`,
 * `0` → `o`, `m` → `rn`), lower-case. Apply it to both the text and the words, so `m` → `rn`
 * on both sides still lets `amazon` find `arnazon`.
 *
 * @example
 * skeleton('gооgle') // => 'google' (Cyrillic о)
 * skeleton('pаypаl') // => 'paypal'
 * skeleton('amazon') // => 'arnazon'
 */
export function skeleton(text: string): string {
  stringArgument(text, 'text');
  const map = prototypes();
  // Most labels are plain LDH: only a handful of ASCII characters have other prototypes.
  if (/^[a-z0-9-]*$/.test(text)) return text.replace(/[^a-ln-z2-9-]/g, (character) => map.get(character) ?? character);
  let result = '';
  for (const character of text.normalize('NFD').replace(COMBINING_MARK, '')) {
    result += map.get(character) ?? character;
  }
  return result.toLowerCase();
}

/** Digits and signs read as letters, for the optional "leet" form. */
const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'l', '3': 'e', '4': 'a', '5': 's', '7': 't', $: 's' };

/**
 * The "leet" fold: `0→o, 1→l, 3→e, 4→a, 5→s, 7→t, $→s`.
 *
 * @example
 * leetFold('g00gle-4pp1e') // => 'google-apple'
 */
export function leetFold(text: string): string {
  return stringArgument(text, 'text').replace(/[013457$]/g, (digit) => LEET[digit] as string);
}
