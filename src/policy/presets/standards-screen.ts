import type { Policy } from '../schema.js';

/** No vendor word list under the public standards; IPs and host names are still screened. */
export const standardsScreen: Policy['screen'] = {
  words: [],
  brandWords: {},
  matchModes: {},
  tldExceptions: [],
  leetFold: { DV: true, OV: false, EV: false },
};
