import { describe, expect, it } from 'vitest';
import { inputOf, regressions } from './corpus.js';
import { escaped, outcomeOf, type TargetName, targets } from './targets.js';

/**
 * The fuzzer's regression corpus (`npm run fuzz -- --write-regressions`): one input for each
 * outcome each target reached, kept so every refusal path it found runs in `npm test`, in Node
 * and in Chromium. Here: none escapes as anything but a CertkitError; the Node test next to this
 * one also holds each to the outcome recorded.
 */
describe('fuzz regression corpus', () => {
  it('covers every target', () => {
    expect(new Set(regressions.map((regression) => regression.target))).toEqual(new Set(Object.keys(targets)));
  });

  it.each(regressions.map((regression) => [regression.target, regression.outcome, regression] as const))(
    '%s → %s: a result or a CertkitError',
    async (target, _outcome, regression) => {
      expect(escaped(await outcomeOf(target as TargetName, inputOf(regression)))).toBe(false);
    },
  );
});
