import { definePolicy, presets } from '../src/policy/index.js';
import { compileWordList, createScreen, leetFold, type ScreenForm, skeleton } from '../src/screen/index.js';
import { benchHostnames } from './hostnames.js';
import type { BenchCase } from './types.js';

/** Results are counted into this, so no engine can skip the work as unused. */
export let screenSink = 0;

/** 10,000 pseudo-random words of 5–9 letters, deterministic (a linear congruential generator). */
function manyWords(count: number): string[] {
  let seed = 42;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed;
  };
  return Array.from({ length: count }, () =>
    Array.from({ length: 5 + (next() % 5) }, () => String.fromCharCode(97 + (next() % 26))).join(''),
  );
}

/**
 * Screening benchmarks (issue 4): screening with a 10,000-word list costs at most 1.5× the
 * default list (ratio ≥ 0.67); the compiled matcher is at least as fast as a naive
 * `words.some(w => form.includes(w))` over the same normalised forms.
 */
export function screenBenchmarks(): BenchCase[] {
  const domains = benchHostnames(1000);
  const defaultWords = presets['tencent-2024'].screen.words;
  const screenDefault = createScreen();
  const screenLarge = createScreen(definePolicy({ screen: { words: [...defaultWords, ...manyWords(10_000)] } }));
  const dv = { validation: 'DV' } as const;

  // The forms of every label, computed once, for the matcher-only comparison.
  const forms: [ScreenForm, string][] = domains.flatMap((domain) =>
    domain.split('.').flatMap((label): [ScreenForm, string][] => {
      const skeletal = skeleton(label);
      return [
        ['ascii', label],
        ['skeleton', skeletal],
        ['folded', leetFold(skeletal)],
      ];
    }),
  );
  const list = compileWordList(defaultWords, {});

  return [
    {
      id: 'screen, default list (26 words)',
      run: () => {
        for (const domain of domains) screenSink += screenDefault(domain, dv).hits.length;
      },
    },
    {
      id: 'screen, 10,026 words',
      baseline: 'screen, default list (26 words)',
      target: 0.67,
      run: () => {
        for (const domain of domains) screenSink += screenLarge(domain, dv).hits.length;
      },
    },
    {
      id: 'naive words.some(includes) over label forms',
      run: () => {
        for (const [, text] of forms) screenSink += defaultWords.some((word) => text.includes(word)) ? 1 : 0;
      },
    },
    {
      id: 'compiled word list over label forms',
      baseline: 'naive words.some(includes) over label forms',
      target: 1,
      run: () => {
        for (const [form, text] of forms) screenSink += list.find(text, form).length;
      },
    },
  ];
}
