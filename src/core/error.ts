import { type IssueCode, type RenamedCode, type RuleId, renamedCodes } from './codes.js';
import { createIssue, describeReceived, describeType, type Issue } from './issue.js';
import { ownEntry } from './own-entry.js';

/** The brand every `CertkitError` carries: shared by the ESM and CommonJS builds (`Symbol.for`). */
const BRAND = Symbol.for('certkit.CertkitError');

/**
 * The one error class certkit throws. It carries the machine `code`, `rule` and `params` of the
 * first issue and every issue that caused it; render them for people in English or Chinese with
 * `formatIssue` from `certkit/messages`. The `message` is a short English sentence for logs —
 * `Invalid now: received "yesterday" (time.invalid)` — not UI text.
 *
 * Recognised across the two builds: `isCertkitError` reads a brand, so an error thrown by the ESM
 * build is a `CertkitError` for code that loaded the CommonJS one (`instanceof` cannot know).
 *
 * @example
 * try {
 *   normalizeDomain('a_b.example.com');
 * } catch (error) {
 *   if (error instanceof CertkitError) error.code; // => 'domain.character.invalid'
 * }
 */
export class CertkitError extends Error {
  override readonly name = 'CertkitError';
  readonly code: IssueCode;
  /** The rule of the first issue, `null` for a bad argument no rule governs. */
  readonly rule: RuleId | null;
  /** The params of the first issue. */
  readonly params: Issue['params'];
  readonly issues: readonly Issue[];

  constructor(issues: Issue | readonly [Issue, ...Issue[]]) {
    const list: readonly Issue[] = Array.isArray(issues) ? issues : [issues as Issue];
    const first = list[0] as Issue;
    if (list.length === 0 || !list.every(isIssueShaped)) {
      const params = {
        path: 'issues',
        expected: 'issue or non-empty list of issues',
        received: describeReceived(issues),
      };
      throw new CertkitError(createIssue('argument.invalid', null, params));
    }
    super(sentence(first));
    this.code = first.code;
    this.rule = first.rule;
    this.params = first.params;
    this.issues = list;
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/**
 * A short English sentence from the issue alone (the catalogs stay out of every bundle):
 * `Invalid now: received "yesterday" (time.invalid)`, or
 * `Domain label too long: "aaa…" (DOM-02, domain.label.too-long)`.
 */
/** An object with the fields `sentence` and the formatter read: a string code, an object of params. */
function isIssueShaped(value: unknown): value is Issue {
  const { code, params } = (typeof value === 'object' && value !== null ? value : {}) as Partial<Issue>;
  return typeof code === 'string' && typeof params === 'object' && params !== null;
}

function sentence({ code, rule, subject, params }: Issue): string {
  const { field = params.argument ?? params.path, received } = params;
  const where = rule === null ? code : `${text(rule)}, ${code}`;
  if (received !== undefined) return `Invalid ${text(field)}: received ${quoted(received)} (${where})`;
  const words = code.replace(/^x509\./, '').replace(/[.-]/g, ' ');
  return `${words[0]?.toUpperCase()}${words.slice(1)}${subject === undefined ? '' : `: ${quoted(subject)}`} (${where})`;
}

/** A value of a caller's own issue as text: strings as they are, anything else by its type. */
const text = (value: unknown): string => (typeof value === 'string' ? value : describeType(value));
const quoted = (value: unknown): string => (typeof value === 'string' ? JSON.stringify(value) : describeType(value));

/**
 * `true` when `error` is a {@link CertkitError}, optionally with the given code. A code renamed
 * in 0.2 (`renamedCodes`) still matches its new name, until 0.3.
 *
 * @example
 * isCertkitError(error, 'domain.empty')
 */
export function isCertkitError(error: unknown, code?: IssueCode | RenamedCode): error is CertkitError {
  // the brand, not `instanceof`: the class of the other build is another class
  if (typeof error !== 'object' || error === null || (error as Record<symbol, unknown>)[BRAND] !== true) return false;
  if (code === undefined) return true;
  const current: unknown = ownEntry(renamedCodes, code) ?? code;
  return (error as CertkitError).code === current;
}
