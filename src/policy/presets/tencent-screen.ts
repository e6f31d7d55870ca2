import type { Policy } from '../schema.js';

/**
 * The vendor's sensitive-word list (SCREEN-01), the same in the 2023 and 2024 FAQs (FAQ-2023, FAQ-2024, FAQ-zh-2024), plus `pay`, which the prose names as an example ("sensitive words such as bank and
 * pay") although the table leaves it out. The list is CA-defined; brands with their own list go
 * in `brandWords`. `live` and `pw` are not hits when they are only the TLD (SCREEN-02).
 */
export const tencentScreen: Policy['screen'] = {
  words: [
    'bank',
    'banc',
    'alpha',
    'test',
    'example',
    'credit',
    'apple',
    'ebay',
    'trust',
    'root',
    'amazon',
    'android',
    'visa',
    'google',
    'discover',
    'financial',
    'wordpress',
    'pal',
    'hp',
    'lv',
    'free',
    'scp',
    'live',
    'pw',
    'pay',
  ],
  brandWords: {},
  matchModes: {},
  tldExceptions: ['live', 'pw'],
  leetFold: { DV: true, OV: false, EV: false },
};
