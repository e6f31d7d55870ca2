import corpus from '../fixtures/fuzz/regressions.json';
import type { FuzzInput } from './targets.js';

/** One input of the fuzzer's regression corpus and the outcome recorded for it. */
export interface Regression {
  readonly target: string;
  readonly encoding: 'text' | 'base64';
  readonly input: string;
  readonly outcome: string;
}

export const regressions = corpus as readonly Regression[];

export const inputOf = (regression: Regression): FuzzInput =>
  regression.encoding === 'text'
    ? regression.input
    : Uint8Array.from(atob(regression.input), (character) => character.charCodeAt(0));
