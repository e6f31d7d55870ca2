import { CertkitError } from '../core/error.js';
import { createIssue, describeType, type Issue } from '../core/issue.js';
import { ownEntry } from '../core/own-entry.js';
import { freezePolicy } from './presets/freeze.js';
import { type PresetName, presets } from './presets/index.js';
import { type Policy, type PolicyOverrides, policySchema } from './schema.js';

/** Keys that could reach an object's prototype if merged; refused anywhere in overrides. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
/** Policies are shallow trees; anything deeper is a mistake (or a cycle). */
const MAX_DEPTH = 16;

/**
 * Derives a policy from a base (a preset name or a policy; default `'tencent-2024'`) and
 * overrides: objects merge key by key, arrays and values replace. The result is validated by
 * `policySchema` and frozen; neither input is changed.
 *
 * Throws `CertkitError`:
 * - `policy.unknown-preset` — `base` names no preset;
 * - `policy.forbidden-key` — `__proto__`, `constructor` or `prototype` anywhere in the overrides;
 * - `policy.invalid` — a key the schema does not know, a wrong type, a value out of range
 *   (one issue per problem, each with its `path`).
 *
 * @example
 * const strict = definePolicy({ domain: { refusedTlds: ['ru', 'su'] } });
 * strict.domain.refusedTlds // => ['ru', 'su']
 * strict.domain.maxLength   // => 64 (from tencent-2024)
 *
 * definePolicy({ domain: { maxLenght: 80 } }) // throws policy.invalid (unknown key)
 */
export function definePolicy(overrides: PolicyOverrides, base: Policy | PresetName = 'tencent-2024'): Policy {
  const basePolicy = resolveBase(base);
  assertPlainTree(overrides, 'overrides', 0);
  return parsePolicy(merge(basePolicy, renamedKeys(overrides)));
}

/**
 * Sections renamed since 0.1, read under their old names for one release: `validation` (the
 * DCV/CAA numbers) is now `dcv`. A policy that gives both is left for the schema to refuse.
 */
const RENAMED_SECTIONS: Readonly<Record<string, string>> = { validation: 'dcv' };

function renamedKeys(input: unknown): unknown {
  if (!isObject(input)) return input;
  let result: Record<string, unknown> | undefined;
  for (const [old, current] of Object.entries(RENAMED_SECTIONS)) {
    if (!Object.hasOwn(input, old) || Object.hasOwn(input, current)) continue;
    const { [old]: section, ...rest } = result ?? input;
    result = { ...rest, [current]: section };
  }
  return result ?? input;
}

/**
 * Validates a policy read from JSON and returns it frozen. The input is either a complete policy
 * or a policy file that extends a preset: `{ "extends": "tencent-2024", …overrides }`, which is
 * {@link definePolicy}`(overrides, 'tencent-2024')`. Throws `CertkitError` like `definePolicy`
 * (`policy.invalid` with path `policy.extends` when `extends` is not a preset name's text).
 *
 * @example
 * parsePolicy(JSON.parse(JSON.stringify(presets['tencent-2023']))) // => an equal, frozen policy
 * parsePolicy({ extends: 'tencent-2023', id: 'acme', domain: { refusedTlds: ['ru'] } }).domain.refusedTlds // => ['ru']
 */
export function parsePolicy(input: unknown): Policy {
  assertPlainTree(input, 'policy', 0);
  if (isObject(input) && Object.hasOwn(input, 'extends')) {
    const { extends: base, ...overrides } = input;
    if (typeof base !== 'string') throw invalid('policy.extends', 'invalid_type');
    return definePolicy(overrides as PolicyOverrides, base as PresetName);
  }
  const parsed = policySchema.safeParse(renamedKeys(input));
  if (parsed.success) return freezePolicy(parsed.data);
  const issues = parsed.error.issues.map((problem) =>
    createIssue('policy.invalid', null, {
      path: problem.path.map(String).join('.') || '(root)',
      problem: problem.code,
      keys: 'keys' in problem ? problem.keys.map(String) : [],
    }),
  );
  throw new CertkitError(issues as [Issue, ...Issue[]]);
}

function resolveBase(base: Policy | PresetName): Policy {
  if (typeof base !== 'string') return parsePolicy(base);
  const preset = ownEntry(presets, base);
  if (preset !== undefined) return preset;
  throw new CertkitError(
    createIssue('policy.unknown-preset', null, { preset: base, known: Object.keys(presets) }, { subject: base }),
  );
}

/** Plain objects and arrays of JSON values only, no forbidden keys, bounded depth. */
function assertPlainTree(value: unknown, path: string, depth: number): void {
  if (typeof value !== 'object' || value === null) return;
  if (depth > MAX_DEPTH) throw invalid(path, 'too_deep');
  const prototype = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && prototype !== Object.prototype && prototype !== null) {
    throw invalid(path, `not_plain_${describeType(value)}`);
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) {
      throw new CertkitError(createIssue('policy.forbidden-key', null, { path, key }, { subject: key }));
    }
    assertPlainTree((value as Record<string, unknown>)[key], `${path}.${key}`, depth + 1);
  }
}

/** Objects merge recursively; arrays, values and `null` replace; `undefined` leaves the base. */
function merge(base: unknown, override: unknown): unknown {
  if (override === undefined) return base;
  if (!isObject(base) || !isObject(override)) return override;
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) result[key] = merge(base[key], value);
  return result;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalid(path: string, problem: string): CertkitError {
  return new CertkitError(createIssue('policy.invalid', null, { path, problem, keys: [] }));
}
