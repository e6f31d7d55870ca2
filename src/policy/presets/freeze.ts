/**
 * Freezes a plain-data tree in place and returns it, typed read-only. Used on preset literals and
 * on policies built by `definePolicy`, so a shared policy cannot be changed by one caller under
 * another's feet.
 *
 * @example
 * const frozen = deepFreeze({ a: [1] });
 * Object.isFrozen(frozen.a) // => true
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
