import {
  array,
  boolean,
  int,
  maximum,
  maxLength,
  minimum,
  minLength,
  type output,
  regex,
  strictObject,
  string,
} from 'zod/mini';

/**
 * The policy: every number and table the rules use, as JSON-serialisable data (DESIGN,
 * "Policy as data"). Each area adds its own section as it lands; unknown keys are refused, so a
 * misspelt setting fails loudly instead of being ignored.
 */

/** A top-level domain as an A-label in lower case: `ru`, `pw`, `xn--p1ai`. */
const topLevelDomain = string().check(regex(/^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/));

/** DOM rules: the vendor's limits on top of the DNS ones. */
export const domainPolicySchema = strictObject({
  /** DOM-02: longest bound domain in characters (A-label form, wildcard included). Vendor: 64. */
  maxLength: int().check(minimum(4), maximum(253)),
  /** DOM-03: most labels a bound domain may have. Vendor: 100 (the DNS allows 127). */
  maxLevels: int().check(minimum(2), maximum(127)),
  /** DOM-04: TLDs that can never be bound (2024 edition: `ru`). */
  refusedTlds: array(topLevelDomain).check(maxLength(1000)),
  /** DOM-05: TLDs that fail the DV security review (`pw`). */
  dvRefusedTlds: array(topLevelDomain).check(maxLength(1000)),
  /** DOM-06: whether the PSL's private section (`github.io`, …) makes its own primary domains. */
  privateSuffixes: boolean(),
});

export const policySchema = strictObject({
  /** A short identifier: `tencent-2024`, or your own for a derived policy. */
  id: string().check(minLength(1), maxLength(64)),
  /** The source edition the numbers come from, e.g. `2024-03`. */
  edition: string().check(maxLength(64)),
  /** One line on where the numbers come from. */
  description: string().check(maxLength(500)),
  domain: domainPolicySchema,
});

/** Deeply read-only: presets are shared, so their type forbids writing to them. */
export type DeepReadonly<T> = T extends readonly (infer Item)[]
  ? readonly DeepReadonly<Item>[]
  : T extends object
    ? { readonly [Key in keyof T]: DeepReadonly<T[Key]> }
    : T;

/** A complete, validated policy. */
export type Policy = DeepReadonly<output<typeof policySchema>>;

/** The shape `definePolicy` takes: any subset of a policy, arrays replaced whole. */
export type PolicyOverrides = DeepPartial<output<typeof policySchema>>;

type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { readonly [Key in keyof T]?: DeepPartial<T[Key]> }
    : T;
