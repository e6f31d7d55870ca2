import type { Issue } from './issue.js';

/**
 * The shape every check returns: `ok` is `false` exactly when an issue has severity `error`;
 * warnings and notes ride along with an `ok` result. Extra fields (the normalised name, the final
 * domain list…) are added per check.
 *
 * @example
 * const result: Checked<{ domain?: string }> = validateDomain('Example.COM');
 * // => { ok: true, domain: 'example.com', issues: [] }
 */
export type Checked<T extends object = object> = {
  readonly ok: boolean;
  readonly issues: readonly Issue[];
} & T;
