/**
 * `table[key]` when `key` is a string naming one of the table's own entries, else `undefined`:
 * a caller's key never reaches a prototype member (`'constructor'`, `'__proto__'`) and is never
 * converted to text (an object key could run the caller's code or recurse without end).
 *
 * @example
 * ownEntry({ en: 'English' }, 'en')          // => 'English'
 * ownEntry({ en: 'English' }, 'constructor') // => undefined
 * ownEntry({ en: 'English' }, ['en'])        // => undefined
 */
export function ownEntry<V>(table: Readonly<Record<string, V>>, key: unknown): V | undefined {
  return typeof key === 'string' && Object.hasOwn(table, key) ? table[key] : undefined;
}
