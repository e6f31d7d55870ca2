/**
 * `certkit/screen`: the sensitive-word security review CAs apply to DV certificates
 * (SCREEN-01…05), hardened against IDN look-alikes. Carries no Public Suffix List.
 *
 * @module certkit/screen
 */
export {
  createScreen,
  type Hit,
  type HitKind,
  type Screen,
  type ScreenForm,
  type ScreenOptions,
  type ScreenResult,
} from './create-screen.js';
export { leetFold, skeleton } from './skeleton.js';
export { compileWordList, type WordList } from './word-list.js';
export { compileWordMatcher, type WordMatcher, type WordOccurrence } from './word-matcher.js';
