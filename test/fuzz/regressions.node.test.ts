import { describe, expect, it } from 'vitest';
import { inputOf, regressions } from './corpus.js';
import { outcomeOf, type TargetName } from './targets.js';

describe('fuzz regression corpus, in Node (where it was recorded)', () => {
  it.each(regressions.map((regression) => [regression.target, regression.outcome, regression] as const))(
    '%s → %s, as recorded',
    async (target, outcome, regression) => {
      expect(await outcomeOf(target as TargetName, inputOf(regression))).toBe(outcome);
    },
  );
});
