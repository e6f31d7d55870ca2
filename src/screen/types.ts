import type { Issue } from '../core/issue.js';
import type { ValidationLevel } from '../policy/vocabulary.js';

/** The vocabulary of the screen (SCREEN-01…05), apart from the code that uses it. */

/** What a hit is: a sensitive word, an IP address, a bare host name, a refused TLD. */
export type HitKind = 'word' | 'ip' | 'hostname' | 'tld';
/** The form of the name a hit was found in. */
export type ScreenForm = 'ascii' | 'unicode' | 'skeleton' | 'folded';

/** Where a hit is: in which label, at which offsets, in which form. */
interface HitPlace {
  /** The label as it reads in `form`; offsets refer to it. */
  readonly label: string;
  /** 0 for the left-most label (a wildcard's `*` is not counted). */
  readonly labelIndex: number;
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  readonly form: ScreenForm;
}

/**
 * One reason the screen objects: what matched, where, in which form. Narrows on `kind`: a
 * `word` hit names the listed word, a `tld` hit the refused TLD.
 *
 * @example
 * if (hit.kind === 'word') hit.word; // string
 */
export type Hit =
  | (HitPlace & { readonly kind: 'word' | 'tld'; readonly word: string })
  | (HitPlace & { readonly kind: 'ip' | 'hostname'; readonly word?: undefined });

/**
 * The verdict: DV refuses on any hit, OV/EV send a hit to manual review (SCREEN-04). Narrows on
 * `verdict`: a `pass` has no hits and no issues.
 */
export type ScreenResult =
  | { readonly verdict: 'pass'; readonly hits: readonly []; readonly issues: readonly [] }
  | { readonly verdict: 'reject' | 'manual-review'; readonly hits: readonly Hit[]; readonly issues: readonly Issue[] };

/** Options of a screen call. */
export interface ScreenOptions {
  readonly validation: ValidationLevel;
  /** The certificate brand, for brand-specific word lists. */
  readonly brand?: string;
}

/** A compiled screen. */
export type Screen = (domain: unknown, options: ScreenOptions) => ScreenResult;
