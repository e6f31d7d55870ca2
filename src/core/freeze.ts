/**
 * Freezes a plain-data tree in place and returns it, typed read-only (bytes, which cannot be
 * frozen, are left as they are). Used on every exported table and on policies, so
 * shared data cannot be changed by one caller under another's feet.
 *
 * @example
 * const frozen = deepFreeze({ a: [1] });
 * Object.isFrozen(frozen.a) // => true
 */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item !== 'object' || item === null || Object.isFrozen(item) || ArrayBuffer.isView(item)) continue;
    for (const child of Object.values(item)) stack.push(child);
    Object.freeze(item);
  }
  return value;
}
