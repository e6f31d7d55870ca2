/**
 * A cache that holds at most `capacity` entries and forgets the least recently used one first:
 * what keeps a long-lived validator's memory bounded however many certificates pass through it.
 *
 * @example
 * const cache = createLru<string, number>(2);
 * cache.set('a', 1); cache.set('b', 2); cache.get('a'); cache.set('c', 3);
 * cache.get('b') // => undefined ('a' was used more recently, so 'b' went)
 */
export interface Lru<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): void;
  readonly size: number;
}

export function createLru<K, V>(capacity: number): Lru<K, V> {
  // a Map iterates in insertion order: re-inserting on use keeps the oldest first
  const entries = new Map<K, V>();
  return {
    get(key) {
      const value = entries.get(key);
      if (value !== undefined) {
        entries.delete(key);
        entries.set(key, value);
      }
      return value;
    },
    set(key, value) {
      entries.delete(key);
      entries.set(key, value);
      if (entries.size > capacity) entries.delete(entries.keys().next().value as K);
    },
    get size() {
      return entries.size;
    },
  };
}
